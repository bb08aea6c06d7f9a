// AlertLog: every alert lands in the target's history events table with its severity, and
// the last 24 h of events come back on start — one per outage, not one per attempt.
#include "history/HistoryStore.h"
#include "live/AlertLog.h"
#include "live/LiveTarget.h"
#include "support/DefaultBaseline.h"
#include "support/ScriptedActivity.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

QStringList kinds(const QList<Alert>& alerts)
{
    QStringList out;
    for (const Alert& alert : alerts)
        out << alert.kind + QLatin1Char{' '} + toString(alert.severity);
    return out;
}

} // namespace

class TestAlertLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Alert>();
        qRegisterMetaType<QList<Alert>>();
        QVERIFY(m_dir.isValid());
    }

    void severityRoundTripsThroughTheStoredKind_data()
    {
        QTest::addColumn<QString>("storedKind");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("severity");
        QTest::newRow("an alert's kind carries its severity")
            << "threshold.warning"
            << "threshold" << static_cast<int>(Severity::Warning);
        QTest::newRow("LiveTarget's disconnection is critical")
            << "disconnected"
            << "disconnected" << static_cast<int>(Severity::Critical);
        QTest::newRow("LiveTarget's reconnection is info")
            << "reconnected"
            << "reconnected" << static_cast<int>(Severity::Info);
        QTest::newRow("an unknown suffix stays part of the kind")
            << "release.v2"
            << "release.v2" << static_cast<int>(Severity::Info);
    }
    void severityRoundTripsThroughTheStoredKind()
    {
        QFETCH(QString, storedKind);
        QFETCH(QString, kind);
        QFETCH(int, severity);
        const Alert alert = AlertLog::fromHistoryEvent(
            HistoryEvent{scripted::Start, storedKind, QStringLiteral("m")});
        QCOMPARE(alert.kind, kind);
        QCOMPARE(static_cast<int>(alert.severity), severity);
        QVERIFY(AlertLog::fromHistoryEvent(AlertLog::toHistoryEvent(alert)) == alert);
    }

    void alertsArePersistedAndReadBackOnStart()
    {
        const QString path = m_dir.filePath(QStringLiteral("target.sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            LiveTarget target{defaultBaseline()};
            target.history().open(path);
            AlertLog log{defaultBaseline()};
            log.attach(target);
            QSignalSpy raised{&log, &AlertLog::raised};
            QSignalSpy status{&log, &AlertLog::statusChanged};
            for (const int web : {121, 119, 121, 119})
                log.addSample(scripted::counts({{QStringLiteral("web"), web}}, now.addSecs(-60)),
                    scripted::serverFacts());
            QCOMPARE(raised.size(), 1);
            QCOMPARE(status.size(), 1);
            QCOMPARE(toString(log.status()), toString(Severity::Warning));
            // How LiveTarget stores an outage: one event per failed attempt.
            for (int attempt = 0; attempt < 3; ++attempt) {
                target.history().recordEvent(HistoryEvent{now.addSecs(-50 + attempt),
                    QString{HistoryEventKind::Disconnected}, QStringLiteral("refused")});
            }
            target.history().recordEvent(HistoryEvent{
                now.addSecs(-40), QString{HistoryEventKind::Reconnected}, QStringLiteral("back")});
            log.record(Alert{now.addSecs(-30), Severity::Info, QString{AlertKind::Backend},
                QStringLiteral("4242"), QStringLiteral("cancel query sent: pid 4242")});
            // An event older than a day is not read back.
            log.record(Alert{now.addDays(-2), Severity::Critical, QString{AlertKind::Sessions}, {},
                QStringLiteral("old")});
            QSignalSpy flushed{&target.history(), &HistoryStore::flushed};
            target.history().flush();
            QVERIFY(flushed.wait(5000));
        }

        LiveTarget target{defaultBaseline()};
        target.history().open(path);
        AlertLog log{defaultBaseline()};
        log.attach(target);
        QSignalSpy restored{&log, &AlertLog::restored};
        log.restoreRecent();
        QVERIFY(restored.wait(5000));
        const auto alerts = restored.first().first().value<QList<Alert>>();
        QCOMPARE(kinds(alerts),
            (scripted::names({"threshold warning", "disconnected critical", "reconnected info",
                "backend info"})));
        QCOMPARE(alerts.first().message,
            QStringLiteral(
                "web: 121 of 150 connections (81 %) reached the warn threshold of 80 %"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAlertLog)
#include "tst_alertlog.moc"
