// The window's Capture evidence (Ctrl+E) signs with the key set in its dialog: the key is
// remembered in the settings (empty: unsigned); a signed bundle passes `--verify`'s check;
// a key that cannot sign keeps the unsigned bundle and says so in a non-modal message that
// names the key. A throwaway GnuPG home with a passphrase-less key made by the test.
#include "Sha256Sums.h"
#include "ThrowawayGnuPG.h"
#include "evidence/EvidenceBundle.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/evidence/EvidenceDialog.h"
#include "gui/window/MainWindow.h"
#include "model/SettingsKeys.h"
#include "support/DefaultBaseline.h"
#include "support/WriteSetting.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace opsdash;

namespace {

constexpr char kKey[] = "window@opsdash.invalid";
constexpr char kUnknownKey[] = "nobody@opsdash.invalid";

QLineEdit* keyField(EvidenceDialog& dialog)
{
    return dialog.findChild<QLineEdit*>(QStringLiteral("evidenceSigningKey"));
}

} // namespace

class TestEvidenceSigning final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_evidencesigning"));
        QSettings{}.clear();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty(),
            "gpg (gnupg, scripts/setup) is needed");
        QVERIFY(m_temp.isValid());
        m_gnupg = std::make_unique<ThrowawayGnuPG>(
            m_temp.filePath(QStringLiteral("gnupg")), QLatin1String{kKey});
        QVERIFY2(m_gnupg->ok(), qPrintable(m_gnupg->error()));
        // opsdash runs gpg with its own environment: this test's throwaway home.
        qputenv("GNUPGHOME", QFile::encodeName(m_gnupg->home()));
    }

    void cleanupTestCase() { m_gnupg.reset(); }

    void theDialogRemembersTheKey()
    {
        QSettings{}.clear();
        {
            EvidenceDialog dialog{m_temp.filePath(QStringLiteral("unused"))};
            QLineEdit* key = keyField(dialog);
            QVERIFY(key != nullptr);
            QVERIFY(key->text().isEmpty()); // nothing saved: unsigned
            key->setText(QStringLiteral("  %1 ").arg(QLatin1String{kKey}));
            dialog.accept();
        }
        QCOMPARE(EvidenceDialog::savedSigningKey(), QLatin1String{kKey});
        {
            // Shown next time; a cancelled change is not saved.
            EvidenceDialog dialog{m_temp.filePath(QStringLiteral("unused"))};
            QCOMPARE(keyField(dialog)->text(), QLatin1String{kKey});
            keyField(dialog)->setText(QLatin1String{kUnknownKey});
            dialog.reject();
        }
        QCOMPARE(EvidenceDialog::savedSigningKey(), QLatin1String{kKey});
        {
            // Emptied: bundles are unsigned again.
            EvidenceDialog dialog{m_temp.filePath(QStringLiteral("unused"))};
            keyField(dialog)->clear();
            dialog.accept();
        }
        QVERIFY(EvidenceDialog::savedSigningKey().isEmpty());
    }

    void ctrlESignsWithTheSavedKey()
    {
        test::writeSetting(SettingsKeys::EvidenceSigningKey, QLatin1String{kKey});
        MainWindow window{defaultBaseline(), TargetOptions{}};
        const QString dir = m_temp.filePath(QStringLiteral("signed"));
        const Captured result = capture(window, dir);
        QVERIFY2(result.finished && result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.signingFailed.size(), 0);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/SHA256SUMS.asc")));

        const Result<EvidenceBundle::Verification> verified = EvidenceBundle::verify(dir);
        QVERIFY2(verified, qPrintable(verified ? QString{} : verified.error().toString()));
        QVERIFY(verified->ok());
        QVERIFY(verified->signature->userId.contains(QLatin1String{kKey}));
        QProcess gpg;
        gpg.setWorkingDirectory(dir);
        gpg.start(QStringLiteral("gpg"),
            {QStringLiteral("--verify"), QStringLiteral("SHA256SUMS.asc"),
                QStringLiteral("SHA256SUMS")});
        QVERIFY(gpg.waitForFinished(60000));
        QVERIFY2(gpg.exitCode() == 0, gpg.readAllStandardError().constData());
    }

    void aKeyThatCannotSignKeepsTheUnsignedBundle()
    {
        test::writeSetting(SettingsKeys::EvidenceSigningKey, QLatin1String{kUnknownKey});
        MainWindow window{defaultBaseline(), TargetOptions{}};
        const QString dir = m_temp.filePath(QStringLiteral("unsigned"));
        const Captured result = capture(window, dir);
        // Nothing lost: the bundle is written, sealed, unsigned.
        QVERIFY2(result.finished && result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.signingFailed.size(), 1);
        QCOMPARE(result.signingFailed.at(0).at(0).toString(), dir);
        QCOMPARE(result.signingFailed.at(0).at(1).toString(), QLatin1String{kUnknownKey});
        QCOMPARE(QDir{dir}.entryList(QDir::Files, QDir::Name),
            QStringList({QStringLiteral("SHA256SUMS"), QStringLiteral("dashboard.png"),
                QStringLiteral("report.json"), QStringLiteral("report.md"),
                QStringLiteral("report.pdf")}));
        QCOMPARE(checkSha256Sums(dir).exitCode, 0);

        // Told without blocking the window, naming the key.
        auto* message = window.findChild<QMessageBox*>(QStringLiteral("evidenceNotSigned"));
        QVERIFY(message != nullptr);
        QVERIFY(message->isVisible());
        QCOMPARE(message->windowModality(), Qt::NonModal);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY2(message->text().contains(QLatin1String{kUnknownKey}), qPrintable(message->text()));
        QVERIFY2(
            message->text().contains(QDir::toNativeSeparators(dir)), qPrintable(message->text()));
        message->close();
    }

private:
    struct Captured
    {
        bool finished{false};
        QString error; // captured()'s
        QList<QList<QVariant>> signingFailed; // each signingFailed()'s arguments
    };

    // Ctrl+E's capture from the shown window into dir, waited for.
    static Captured capture(MainWindow& window, const QString& dir)
    {
        window.show();
        Captured result;
        if (!QTest::qWaitForWindowExposed(&window))
            return result;
        EvidenceCapture* capture = window.evidenceCapture();
        QSignalSpy captured{capture, &EvidenceCapture::captured};
        QSignalSpy failed{capture, &EvidenceCapture::signingFailed};
        capture->captureTo(dir);
        result.finished = captured.wait(120000);
        if (result.finished)
            result.error = captured.at(0).at(1).toString();
        for (const QList<QVariant>& arguments : failed)
            result.signingFailed << arguments;
        return result;
    }

    QTemporaryDir m_temp;
    std::unique_ptr<ThrowawayGnuPG> m_gnupg;
};

QTEST_MAIN(TestEvidenceSigning)
#include "tst_evidencesigning.moc"
