// A quiet start (issue 25, item 3): no modal dialog when the window opens a profile; a
// keychain out of reach (no Secret Service on this test's D-Bus address) becomes one
// notice in the status bar and the events, saying what it means; secrets given by the
// environment bring no notice at all.
#include "gui/window/MainWindow.h"
#include "live/AlertLog.h"
#include "secrets/ProfileStore.h"
#include "support/DefaultBaseline.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace opsdash;

namespace {

Profile profileWithThreeSecrets(const QString& name)
{
    // A password, a sessions token and a canary cookie: three keychain entries to read.
    Profile profile;
    profile.name = name;
    profile.style = Profile::ConnectionStyle::Conninfo;
    profile.conninfo = QStringLiteral("host=127.0.0.1 port=1 dbname=postgres connect_timeout=1");
    profile.adminUrl = QStringLiteral("http://127.0.0.1:1");
    profile.canaryUrl = QStringLiteral("http://127.0.0.1:1");
    profile.intervalSeconds = 1;
    return profile;
}

QList<Alert> notices(const QSignalSpy& raised)
{
    QList<Alert> found;
    for (const QList<QVariant>& arguments : raised) {
        const auto alert = arguments.at(0).value<Alert>();
        if (alert.kind == AlertKind::Notice)
            found << alert;
    }
    return found;
}

bool anyDialogShown()
{
    if (QApplication::activeModalWidget() != nullptr)
        return true;
    const QWidgetList windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget* widget) {
        return qobject_cast<const QDialog*>(widget) != nullptr && widget->isVisible();
    });
}

} // namespace

class TestQuietStart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quietstart"));
        QSettings{}.clear();
        qunsetenv("PGPASSWORD");
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
        qunsetenv("OPSDASH_CANARY_COOKIE");
        ProfileStore store;
        store.save(profileWithThreeSecrets(QStringLiteral("quiet")));
        store.sync();
    }

    void anUnreachableKeychainIsOneQuietNotice()
    {
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy raised{window.alertLog(), &AlertLog::raised};
        QVERIFY(window.openProfile(QStringLiteral("quiet")));
        // The profile opens once its (unreadable) secrets are read.
        QTRY_VERIFY_WITH_TIMEOUT(window.liveTarget() != nullptr, 30000);
        QTest::qWait(200); // anything queued behind it lands too

        const QList<Alert> told = notices(raised);
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().message.contains(QStringLiteral("this run only")),
            qPrintable(told.first().message));
        QVERIFY2(window.statusBar()->currentMessage() == told.first().message,
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!anyDialogShown());
    }

    void secretsFromTheEnvironmentBringNoNotice()
    {
        qputenv("PGPASSWORD", "from-the-environment");
        qputenv("OPSDASH_SESSIONS_TOKEN", "token-from-the-environment");
        qputenv("OPSDASH_CANARY_COOKIE", "cookie-from-the-environment");
        MainWindow window{defaultBaseline(), TargetOptions{}};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy raised{window.alertLog(), &AlertLog::raised};
        QVERIFY(window.openProfile(QStringLiteral("quiet")));
        QTRY_VERIFY_WITH_TIMEOUT(window.liveTarget() != nullptr, 30000);
        QTest::qWait(200);
        qunsetenv("PGPASSWORD");
        qunsetenv("OPSDASH_SESSIONS_TOKEN");
        qunsetenv("OPSDASH_CANARY_COOKIE");

        QVERIFY2(notices(raised).isEmpty(), qPrintable(notices(raised).value(0).message));
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!anyDialogShown());
    }
};

QTEST_MAIN(TestQuietStart)
#include "tst_quietstart.moc"
