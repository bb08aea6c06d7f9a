// EventLog: serve's one line per event, as logfmt (values quoted only when they must be)
// and as JSON.
#include "serve/EventLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace opsdash;

class TestEventLog final : public QObject
{
    Q_OBJECT

private slots:
    void logfmtValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("bare") << QStringLiteral("prod") << QStringLiteral("prod");
        QTest::newRow("a host:port")
            << QStringLiteral("db:5432/app") << QStringLiteral("db:5432/app");
        QTest::newRow("spaces") << QStringLiteral("a b") << QStringLiteral("\"a b\"");
        QTest::newRow("equals") << QStringLiteral("k=v") << QStringLiteral("\"k=v\"");
        QTest::newRow("quote and backslash")
            << QStringLiteral("say \"hi\" \\o") << QStringLiteral("\"say \\\"hi\\\" \\\\o\"");
        QTest::newRow("a line feed stays on the line")
            << QStringLiteral("one\ntwo") << QStringLiteral("\"one\\ntwo\"");
        QTest::newRow("empty") << QString{} << QStringLiteral("\"\"");
    }
    void logfmtValues()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(EventLog::logfmtValue(value), written);
    }

    void oneLinePerEvent()
    {
        const EventLog::Fields fields{{QStringLiteral("target"), QStringLiteral("prod")},
            {QStringLiteral("reason"), QStringLiteral("connection refused\nretrying")}};
        QCOMPARE(EventLog::format(EventLog::Format::KeyValue, EventLog::Level::Warning,
                     QStringLiteral("target.down"), fields),
            QStringLiteral("level=warning event=target.down target=prod reason=\"connection "
                           "refused\\nretrying\""));
        const QString json = EventLog::format(EventLog::Format::Json, EventLog::Level::Warning,
            QStringLiteral("target.down"), fields);
        QVERIFY(!json.contains(u'\n'));
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(object.value(QStringLiteral("event")).toString(), QStringLiteral("target.down"));
        QCOMPARE(object.value(QStringLiteral("reason")).toString(),
            QStringLiteral("connection refused\nretrying"));
    }

    void writesWithTheTime()
    {
        QString text;
        QTextStream stream{&text};
        EventLog log{EventLog::Format::KeyValue, &stream};
        log.info(QStringLiteral("serve.start"), {{QStringLiteral("targets"), QStringLiteral("2")}});
        QVERIFY2(
            QRegularExpression{
                QStringLiteral(
                    "^time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z level=info "
                    "event=serve.start targets=2\\n$")}
                .match(text)
                .hasMatch(),
            qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
