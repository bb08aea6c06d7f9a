// Opening things from the window never fails silently (issue 25, item 5): a drift row opens
// its file at the line through the editor command, or says why not with the location on the
// clipboard; Capture evidence proposes a folder beside the last one, else among the
// documents, never in the working folder.
#include "drift/MonorepoCopy.h"
#include "gui/common/ExternalOpen.h"
#include "gui/common/StartFolder.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/evidence/EvidenceDialog.h"
#include "model/SettingsKeys.h"
#include "support/DefaultBaseline.h"
#include "support/WriteSetting.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

QMessageBox* openFailedMessage()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String{"openFailed"} && widget->isVisible())
            return qobject_cast<QMessageBox*>(widget);
    }
    return nullptr;
}

void closeMessages()
{
    while (QMessageBox* box = openFailedMessage()) {
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

} // namespace

class TestOpenThings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openthings"));
        QSettings{}.clear();
        qunsetenv("VISUAL");
        // The working folder is never where a dialog starts: make it one that is easy to tell.
        QVERIFY(m_work.isValid());
        QVERIFY(QDir::setCurrent(m_work.path()));

        m_panel = std::make_unique<DriftPanel>(defaultBaseline(), m_repo);
        QSignalSpy verified{m_panel.get(), &DriftPanel::verified};
        QVERIFY(verified.wait(30000));
        m_panel->resize(1000, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        m_view = m_panel->findChild<QTableView*>(QStringLiteral("findingsView"));
        int row = 0;
        while (row < m_panel->model()->rowCount()
            && m_panel->model()->finding(row).checkId != QLatin1String{"pool.web.max"})
            ++row;
        QVERIFY(row < m_panel->model()->rowCount());
        m_row = row;
    }
    void cleanup() { closeMessages(); }

    void defaultEditorCommandComesFromVisual_data()
    {
        QTest::addColumn<QString>("visual");
        QTest::addColumn<QString>("command");
        QTest::newRow("none") << QString{} << QString{};
        QTest::newRow("VS Code goes to the line with -g")
            << QStringLiteral("code") << QStringLiteral("code -g {file}:{line}");
        QTest::newRow("vi and the rest take +line")
            << QStringLiteral("/usr/bin/vim") << QStringLiteral("/usr/bin/vim +{line} {file}");
        QTest::newRow("placeholders kept as given")
            << QStringLiteral("kate -l {line} {file}") << QStringLiteral("kate -l {line} {file}");
    }
    void defaultEditorCommandComesFromVisual()
    {
        QFETCH(QString, visual);
        QFETCH(QString, command);
        qputenv("VISUAL", visual.toUtf8());
        QCOMPARE(ExternalOpen::defaultEditorCommand(), command);
        QCOMPARE(ExternalOpen::editorCommand(), command); // nothing saved: the default
        qunsetenv("VISUAL");
    }

    void editorThatIsMissingIsNamedAndTheLocationCopied()
    {
        test::writeSetting(
            SettingsKeys::EditorCommand, QStringLiteral("opsdash-no-such-editor -g {file}:{line}"));
        QApplication::clipboard()->clear();
        pressReturnOnRow();
        QTRY_VERIFY(openFailedMessage() != nullptr);
        const QMessageBox* box = openFailedMessage();
        QVERIFY2(box->text().contains(QStringLiteral("“opsdash-no-such-editor” was not found")),
            qPrintable(box->text()));
        QVERIFY(box->informativeText().contains(QLatin1String{"copied to the clipboard"}));
        QVERIFY(!box->isModal()); // the window keeps working
        QCOMPARE(QApplication::clipboard()->text(), m_panel->locationAt(m_row));
        QVERIFY(m_panel->locationAt(m_row).endsWith(QLatin1String{"client.ts:13"}));
    }

    void editorCommandGetsTheFileAndLine()
    {
        QTemporaryDir temp;
        const QString script = temp.filePath(QStringLiteral("my editor"));
        const QString out = temp.filePath(QStringLiteral("args"));
        QFile file{script};
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1.tmp' && mv '%1.tmp' '%1'\n")
                .arg(out)
                .toUtf8());
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        // Quoted: a program path with a space is one word; the file path too, once replaced.
        test::writeSetting(
            SettingsKeys::EditorCommand, QStringLiteral("\"%1\" -g {file}:{line}").arg(script));
        pressReturnOnRow();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
        QFile args{out};
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(args.readAll()),
            QStringLiteral("-g\n%1\n").arg(m_panel->locationAt(m_row)));
        QVERIFY(openFailedMessage() == nullptr);
    }

    void desktopWithoutHandlerSaysWhy()
    {
        // No editor command and no $VISUAL: the desktop's handler, of which the offscreen
        // platform has none.
        test::writeSetting(SettingsKeys::EditorCommand, QString{});
        QApplication::clipboard()->clear();
        QVERIFY(!ExternalOpen::openFolder(m_panel.get(), m_repo));
        QTRY_VERIFY(openFailedMessage() != nullptr);
        QVERIFY2(openFailedMessage()->text().contains(QDir::toNativeSeparators(m_repo)),
            qPrintable(openFailedMessage()->text()));
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(m_repo));
    }

    void evidenceFolderStartsAmongDocumentsThenBesideTheLast()
    {
        const QDateTime at{QDate{2026, 11, 27}, QTime{8, 40, 5}, Qt::UTC};
        QSettings{}.remove(SettingsKeys::EvidenceFolder.name);
        const QString first = EvidenceCapture::defaultFolder(at);
        QCOMPARE(
            first, StartFolder::documents() + QStringLiteral("/opsdash-evidence/20261127T084005Z"));
        QVERIFY(QDir::isAbsolutePath(first));
        QVERIFY(!first.startsWith(m_work.path()));

        // Accepting the dialog remembers where the bundle went; the next one goes beside it.
        QTemporaryDir chosen;
        {
            EvidenceDialog dialog{first};
            auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("evidenceFolder"));
            QCOMPARE(folder->text(), QDir::toNativeSeparators(first));
            folder->setText(chosen.filePath(QStringLiteral("release-42")));
            dialog.accept();
        }
        QCOMPARE(EvidenceCapture::defaultFolder(at),
            chosen.filePath(QStringLiteral("20261127T084005Z")));

        // A remembered folder that is gone: back to the documents.
        const QString gone = chosen.path();
        chosen.remove();
        QVERIFY(!QFileInfo::exists(gone));
        QCOMPARE(EvidenceCapture::defaultFolder(at), first);
    }

private:
    void pressReturnOnRow()
    {
        m_view->setFocus();
        QTRY_VERIFY(m_view->hasFocus());
        m_view->setCurrentIndex(m_panel->model()->index(m_row, DriftModel::CheckColumn));
        QTest::keyClick(m_view, Qt::Key_Return);
    }

    QTemporaryDir m_work;
    const QString m_repo{QStringLiteral(OPSDASH_MONOREPO_FIXTURE)};
    std::unique_ptr<DriftPanel> m_panel;
    QTableView* m_view{nullptr};
    int m_row{-1};
};

QTEST_MAIN(TestOpenThings)
#include "tst_openthings.moc"
