// The acknowledge dialog's "until a chosen time" (issue 18 item 3) follows View → Time zone:
// the editor shows and takes times in the window's zone and names it, and 10:00 chosen in it
// is 10:00 of that zone — UTC, local (this test's TZ is America/St_Johns, -03:30 in December)
// and a server zone (Asia/Kathmandu, +05:45), none of which can be mistaken for another.
#include "gui/common/TimeDisplay.h"
#include "gui/events/AcknowledgeDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

using namespace opsdash;

class TestAcknowledgeDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("opsdash-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_acknowledgedialog"));
        QSettings{}.clear();
        QCOMPARE(qEnvironmentVariable("TZ"), QStringLiteral("America/St_Johns"));
    }

    void cleanup()
    {
        TimeDisplay::instance().setChoice(ZoneChoice::Utc);
        TimeDisplay::instance().setServerZone({});
    }

    void chosenTimeIsInTheWindowsZone_data()
    {
        QTest::addColumn<ZoneChoice>("choice");
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QTime>("inAnHour"); // the editor at first: now + 1 h, in the zone
        QTest::addColumn<QDateTime>("tenOClock"); // 10:00 chosen, as the instant stored
        const QDate day{2026, 12, 7};
        QTest::newRow("UTC") << ZoneChoice::Utc << QStringLiteral("UTC") << QTime{9, 0}
                             << QDateTime{day, QTime{10, 0}, Qt::UTC};
        QTest::newRow("local") << ZoneChoice::Local << QStringLiteral("local (NST)") << QTime{5, 30}
                               << QDateTime{day, QTime{13, 30}, Qt::UTC};
        QTest::newRow("server") << ZoneChoice::Server
                                << QStringLiteral("server (Asia/Kathmandu, +05:45)")
                                << QTime{14, 45} << QDateTime{day, QTime{4, 15}, Qt::UTC};
    }

    void chosenTimeIsInTheWindowsZone()
    {
        QFETCH(ZoneChoice, choice);
        QFETCH(QString, zoneName);
        QFETCH(QTime, inAnHour);
        QFETCH(QDateTime, tenOClock);
        TimeDisplay::instance().setServerZone(QStringLiteral("Asia/Kathmandu"));
        TimeDisplay::instance().setChoice(choice);
        const QDateTime now{QDate{2026, 12, 6}, QTime{8, 0}, Qt::UTC};
        AcknowledgeDialog dialog{
            Acknowledgement::Kind::Mute, QStringLiteral("pool.web.budget"), now};
        auto* edit = dialog.findChild<QDateTimeEdit*>(QStringLiteral("untilEdit"));
        auto* zone = dialog.findChild<QLabel*>(QStringLiteral("untilZone"));
        QVERIFY(edit != nullptr && zone != nullptr);
        QCOMPARE(zone->text(), zoneName);
        // Shown, the chosen time's row is whole: the dialog grows to its longest zone name.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A window manager may give a dialog no more than its minimum (openbox did, 420 px):
        // the minimum itself must hold every row.
        QVERIFY2(dialog.minimumWidth() >= dialog.layout()->minimumSize().width(),
            qPrintable(QStringLiteral("minimum %1 px, the rows need %2")
                           .arg(dialog.minimumWidth())
                           .arg(dialog.layout()->minimumSize().width())));
        for (const QWidget* part : {static_cast<QWidget*>(zone), static_cast<QWidget*>(edit),
                 dialog.findChild<QWidget*>(QStringLiteral("chosenTime"))}) {
            QVERIFY2(part->width() >= part->sizeHint().width(),
                qPrintable(QStringLiteral("%1: %2 px wide, needs %3")
                               .arg(part->objectName())
                               .arg(part->width())
                               .arg(part->sizeHint().width())));
        }
        QCOMPARE(edit->time(), inAnHour);
        QCOMPARE(edit->date(), QDate(2026, 12, 6));

        // The user picks tomorrow 10:00 in the editor.
        edit->setDate(QDate{2026, 12, 7});
        edit->setTime(QTime{10, 0});
        QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("chosenTime"))->isChecked());
        QCOMPARE(dialog.until(), tenOClock);
        QVERIFY(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                    ->button(QDialogButtonBox::Ok)
                    ->isEnabled());

        // A time given as an instant comes back as the same instant, shown in the zone.
        const QDateTime given{QDate{2026, 12, 6}, QTime{23, 59, 30}, Qt::UTC};
        dialog.chooseUntil(given);
        QCOMPARE(dialog.until(), given);
        QCOMPARE(edit->time(), TimeDisplay::zone().convert(given).time());
    }
};

QTEST_MAIN(TestAcknowledgeDialog)
#include "tst_acknowledgedialog.moc"
