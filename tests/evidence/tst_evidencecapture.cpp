// The window's "Capture evidence" (Ctrl+E): the same five files as `opsdash evidence`,
// from the live window, into a folder that must be new; the action is busy (disabled)
// while the worker threads read the checkout and write the files.
#include "Sha256Sums.h"
#include "evidence/EvidenceReport.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/window/MainWindow.h"
#include "support/DefaultBaseline.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

class TestEvidenceCapture final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_evidencecapture"));
        QSettings{}.clear();
    }

    void ctrlEIsInTheFileMenu()
    {
        MainWindow window{defaultBaseline(), TargetOptions{}};
        auto* action = window.findChild<QAction*>(QStringLiteral("actionCaptureEvidence"));
        QVERIFY(action != nullptr);
        QCOMPARE(action->shortcut(), QKeySequence{Qt::CTRL | Qt::Key_E});
        auto* file = window.findChild<QMenu*>(QStringLiteral("menuFile"));
        QVERIFY(file != nullptr && file->actions().contains(action));
        QVERIFY(action->isEnabled());

        // As a user sees it: the File menu, opened.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        file->popup(window.mapToGlobal(QPoint{0, 20}));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        const QString png = QStringLiteral(OPSDASH_TEST_OUTPUT_DIR "/evidence-file-menu.png");
        QVERIFY2(file->grab().save(png), qPrintable(png));
        file->close();
    }

    void writesTheBundleFromTheWindow()
    {
        TargetOptions options;
        options.repoDir = QStringLiteral(OPSDASH_TEST_MONOREPO);
        MainWindow window{defaultBaseline(), options};
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTemporaryDir temp;
        const QString dir = temp.filePath(QStringLiteral("opsdash-evidence/20261127T084000Z"));
        EvidenceCapture* capture = window.evidenceCapture();
        QSignalSpy captured{capture, &EvidenceCapture::captured};
        capture->captureTo(dir);
        QVERIFY(capture->isBusy());
        QVERIFY(!capture->action()->isEnabled());
        QVERIFY(captured.wait(60000));
        QCOMPARE(captured.at(0).at(0).toString(), dir);
        QVERIFY2(
            captured.at(0).at(1).toString().isEmpty(), qPrintable(captured.at(0).at(1).toString()));
        QVERIFY(!capture->isBusy());
        QVERIFY(capture->action()->isEnabled());

        QCOMPARE(QDir{dir}.entryList(QDir::Files, QDir::Name),
            QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("dashboard.png"),
                QStringLiteral("report.json"), QStringLiteral("report.md"),
                QStringLiteral("report.pdf")}));
        const Sha256SumsCheck sums = checkSha256Sums(dir);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));

        QFile json{dir + QStringLiteral("/report.json")};
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        // The checkout was read on the worker; without a database the rest says why not.
        for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            const QString plane = finding.value(QStringLiteral("plane")).toString();
            const QString status = finding.value(QStringLiteral("status")).toString();
            if (plane == QLatin1String{"source"})
                QVERIFY2(status != QLatin1String{"not-checked"},
                    qPrintable(finding.value(QStringLiteral("check")).toString()));
            else
                QCOMPARE(status, QStringLiteral("not-checked"));
        }
        QVERIFY(report.value(QStringLiteral("sessions"))
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QLatin1String{"no session source given"}));

        // A second capture into the same folder is refused; the first bundle stays.
        capture->captureTo(dir);
        QVERIFY(captured.wait(60000));
        QVERIFY(captured.at(1).at(1).toString().contains(QLatin1String{"not empty"}));
        QCOMPARE(checkSha256Sums(dir).exitCode, 0);
    }

    void defaultFolderIsUnderDocumentsWithAUtcTimestamp()
    {
        const QString folder = EvidenceCapture::defaultFolder(
            QDateTime{QDate{2026, 11, 27}, QTime{8, 40, 5}, Qt::UTC});
        QVERIFY2(folder.endsWith(QLatin1String{"/opsdash-evidence/20261127T084005Z"}),
            qPrintable(folder));
    }
};

QTEST_MAIN(TestEvidenceCapture)
#include "tst_evidencecapture.moc"
