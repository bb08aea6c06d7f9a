// Settings → Start with the desktop session (issue 18): the shipped XDG autostart entry copied
// to $XDG_CONFIG_HOME/autostart and removed again, written off the UI thread.
#include "gui/window/Autostart.h"
#include "gui/window/SettingsMenu.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

class TestAutostart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Read by QStandardPaths on each call: the entry goes under this folder.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void theShippedEntryStartsMinimized()
    {
        const QString entry = QString::fromUtf8(Autostart::entry());
        QVERIFY2(entry.startsWith(QStringLiteral("[Desktop Entry]\n")), qPrintable(entry));
        QVERIFY(entry.contains(QStringLiteral("\nExec=opsdash --minimized\n")));
        QVERIFY(!entry.contains(QStringLiteral("Hidden=true"))); // on once copied
        QCOMPARE(
            Autostart::entryPath(), m_config.filePath(QStringLiteral("autostart/opsdash.desktop")));
    }

    void toggleWritesAndRemovesTheEntry()
    {
        const QString path = m_config.filePath(QStringLiteral("autostart/opsdash.desktop"));
        QMenu menu;
        SettingsMenu settings{&menu, nullptr};
        auto* action = menu.findChild<QAction*>(QStringLiteral("actionAutostart"));
        QVERIFY(action != nullptr && menu.actions().contains(action));
        QVERIFY(action->isCheckable());
        QTRY_VERIFY(action->isEnabled()); // the worker has looked: off by default
        QVERIFY(!action->isChecked());
        QVERIFY(!QFile::exists(path));

        action->trigger();
        QTRY_VERIFY(action->isEnabled());
        QVERIFY(action->isChecked());
        QFile written{path};
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), Autostart::entry());
        written.close();

        // A new menu (the next start) sees the entry.
        {
            QMenu again;
            SettingsMenu second{&again, nullptr};
            auto* seen = again.findChild<QAction*>(QStringLiteral("actionAutostart"));
            QTRY_VERIFY(seen->isEnabled());
            QVERIFY(seen->isChecked());
        }

        action->trigger();
        QTRY_VERIFY(action->isEnabled());
        QVERIFY(!action->isChecked());
        QVERIFY(!QFile::exists(path));
    }

    void aFolderThatCannotBeWrittenSaysSo()
    {
        // autostart is a file here, not a folder: the entry cannot be made under it.
        QFile blocker{m_config.filePath(QStringLiteral("autostart"))};
        QVERIFY(QDir{m_config.filePath(QStringLiteral("autostart"))}.removeRecursively());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QMenu menu;
        SettingsMenu settings{&menu, nullptr};
        QSignalSpy notice{&settings, &SettingsMenu::notice};
        auto* action = menu.findChild<QAction*>(QStringLiteral("actionAutostart"));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QTRY_COMPARE(notice.count(), 1);
        QVERIFY2(notice.constFirst().constFirst().toString().contains(Autostart::entryPath()),
            qPrintable(notice.constFirst().constFirst().toString()));
        QTRY_VERIFY(action->isEnabled());
        QVERIFY(!action->isChecked()); // what is on disk
        QVERIFY(blocker.remove());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
