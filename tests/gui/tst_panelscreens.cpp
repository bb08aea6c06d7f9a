// Every panel as a user sees it, in light and dark, at 1280×720 and 1600×900: the real
// window fed scripted polls of 200 backends through its LiveTarget (history, chart, alerts),
// 200 login sessions, two release annotations, the drift checks of tests/fixtures/monorepo;
// plus the welcome page, the target dialog and the Mark release dialog. Written to
// $OPSDASH_SCREENS_DIR (default build/tests/screens) for looking at; the test asserts each picture
// has the panel's size and is not blank.
#include "../pg/SyntheticActivity.h"
#include "../sessions/DemoSessions.h"
#include "gui/chart/MarkReleaseDialog.h"
#include "gui/chart/ReleaseMarker.h"
#include "gui/common/Theme.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/targets/ProfileDialog.h"
#include "gui/window/MainWindow.h"
#include "gui/window/Snapshot.h"
#include "history/HistoryPaths.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "model/PoolAttributor.h"
#include "pg/ActivityMonitor.h"
#include "pg/ActivityQuery.h"
#include "pg/PgConnection.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace opsdash;

namespace {

QString screensDir()
{
    const QString dir = qEnvironmentVariableIsSet("OPSDASH_SCREENS_DIR")
        ? qEnvironmentVariable("OPSDASH_SCREENS_DIR")
        : QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/screens");
    QDir{}.mkpath(dir);
    return dir;
}

PgResult poll(int tick)
{
    const QByteArray names[]
        = {"postgres.js", "postgres.js", "postgres.js", "scheduling-service", ""};
    const QByteArray states[] = {"idle", "active", "idle", "idle in transaction", "idle"};
    QList<SyntheticRow> rows;
    // A morning's load: the web pool swings between ~70 and ~130 of its 150.
    const int count = 110 + static_cast<int>(40 * std::sin(tick / 90.0));
    for (int i = 0; i < count; ++i) {
        SyntheticRow row;
        row.pid = 10'000 + i;
        row.applicationName = names[i % 5];
        row.usename = i % 5 == 3 ? QByteArray{"scheduler"} : QByteArray{"app"};
        row.state = states[(i + tick) % 5];
        row.query = QByteArray{"SELECT o.id, o.total, o.status FROM orders o WHERE "
                               "o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 20"};
        rows << row;
    }
    return syntheticActivity(rows, 1'800'000'000'000 + tick * 1000);
}

bool notBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

void save(QWidget& widget, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QImage image = widget.grab().toImage();
    QVERIFY2(notBlank(image), qPrintable(name));
    const QString path = screensDir() + u'/' + name + QStringLiteral(".png");
    QVERIFY2(image.save(path), qPrintable(path));
}

} // namespace

class TestPanelScreens final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_panelscreens"));
        QSettings{}.clear();
        Theme::rememberSystemPalette();
    }

    void panels_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QSize>("size");
        for (const char* theme : {"light", "dark"}) {
            for (const QSize size : {QSize{1280, 720}, QSize{1600, 900}})
                QTest::addRow("%s %dx%d", theme, size.width(), size.height())
                    << QString::fromLatin1(theme) << size;
        }
    }
    void panels()
    {
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        render(theme, size, true);
    }

    // 4K at scale 1, and (run again with QT_SCALE_FACTOR=2, see tests/gui.cmake) 1920×1080
    // logical at device pixel ratio 2; 1280×720 beside them for comparison.
    void largeAndHighDpi_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QSize>("size");
        const bool scaled = qApp->devicePixelRatio() > 1.0;
        const QList<QSize> sizes = scaled ? QList<QSize>{QSize{1920, 1080}, QSize{1280, 720}}
                                          : QList<QSize>{QSize{3840, 2160}};
        for (const char* theme : {"light", "dark"}) {
            for (const QSize size : sizes)
                QTest::addRow("%s %dx%d", theme, size.width(), size.height())
                    << QString::fromLatin1(theme) << size;
        }
    }
    void largeAndHighDpi()
    {
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        render(theme, size, false);
    }
    void welcomeAndTargetDialog_data() { panels_data(); }
    void welcomeAndTargetDialog()
    {
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        Theme::apply(*Theme::fromName(theme));
        const QString suffix = u'-' + theme + u'-' + QString::number(size.width()) + u'x'
            + QString::number(size.height());
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.resize(size);
        window.showWelcomeIfNoTargets();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingWelcome());
        save(window, QStringLiteral("welcome") + suffix);

        if (size.width() != 1280)
            return; // a dialog's size does not follow the window's
        Profile profile;
        profile.name = QStringLiteral("production");
        profile.host = QStringLiteral("db.clinic.example");
        profile.database = QStringLiteral("app");
        profile.user = QStringLiteral("opsdash_monitor");
        profile.sslMode = QStringLiteral("verify-full");
        profile.adminUrl = QStringLiteral("https://app.clinic.example");
        profile.repoDir = QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/monorepo");
        ProfileDialog dialog{profile, {}, &window};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(dialog, QStringLiteral("profile-dialog-") + theme);
        dialog.close();

        MarkReleaseDialog mark{
            ReleaseMarker::proposedLabel(QDateTime::currentDateTimeUtc()), &window};
        mark.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mark));
        save(mark, QStringLiteral("mark-release-dialog-") + theme);
    }

private:
    void render(const QString& theme, const QSize& size, bool eachPanel)
    {
        Theme::apply(*Theme::fromName(theme));
        // "@2x" when the device pixel ratio is 2: the picture has twice the pixels.
        const qreal ratio = qApp->devicePixelRatio();
        const QString suffix = u'-' + theme + u'-' + QString::number(size.width()) + u'x'
            + QString::number(size.height())
            + (ratio > 1.0 ? QStringLiteral("@%1x").arg(ratio) : QString{});

        TargetOptions options;
        options.hasDatabase = true;
        options.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=screens connect_timeout=1");
        options.repoDir = QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fixtures/monorepo");
        // A fresh history file for each picture: only this run's polls and annotations.
        const QString history = HistoryPaths::defaultPathForTarget(
            PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters));
        for (const QString& end : {QString{}, QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(history + end);
        MainWindow window{defaultBaseline(), options};
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!eachPanel) {
            // No connection attempts: a failed one just before the grab greys the bars.
            window.findChild<QAction*>(QStringLiteral("actionConnect"))->setChecked(false);
        }

        // 15 minutes of polls ending now, through the real LiveTarget.
        const PoolAttributor attributor{defaultBaseline()};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int tick = 0; tick < 900; ++tick) {
            ActivitySample sample
                = ActivityQuery::parseActivity(poll(tick), attributor, 1, syntheticDatabases());
            sample.serverTime = now.addSecs(tick - 900);
            sample.receivedAt = sample.serverTime;
            emit window.monitor()->sampled(sample);
            if (tick % 50 == 0)
                QCoreApplication::processEvents();
        }
        auto* marker = window.findChild<ReleaseMarker*>();
        marker->mark(QStringLiteral("release 2.4.0"), now.addSecs(-600));
        marker->mark(QStringLiteral("hotfix 2.4.1"), now.addSecs(-240));
        window.liveSessions()->takeSnapshot(test::demoSnapshot(200, now));
        QTest::qWait(1500); // the history range and the drift run come back from their threads

        save(window, QStringLiteral("window") + suffix);
        if (!eachPanel)
            return;
        for (const QString& panel : Snapshot::panelNames()) {
            QWidget* widget = Snapshot::findPanel(window, panel);
            QVERIFY2(widget != nullptr, qPrintable(panel));
            save(*widget, panel + suffix);
        }
    }
};

QTEST_MAIN(TestPanelScreens)
#include "tst_panelscreens.moc"
