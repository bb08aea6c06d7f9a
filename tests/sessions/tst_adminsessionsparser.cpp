// The admin endpoint's payload reader (pure; a fuzzer target): strict types, required
// fields, RFC 3339 timestamps with a zone, sane years and orders; ids only as hashes.
#include "sessions/AdminSessionsParser.h"
#include "sessions/TimeParsing.h"

#include <QTest>

using namespace opsdash;
using Kind = SourceError::Kind;

namespace {

QByteArray oneSession(const char* fields)
{
    return QByteArray{R"({"serverTime": "2025-03-01T12:00:00Z", "sessions": [{)"} + fields + "}]}";
}

const char* kFull
    = R"("id": "s1", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": "2025-03-02T11:00:00Z")";

} // namespace

class TestAdminSessionsParser final : public QObject
{
    Q_OBJECT

private slots:
    void rejectsWithANamedError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("where");

        auto row = [](const char* name, QByteArray json, Kind kind, const char* where) {
            QTest::newRow(name) << json << SourceError::kindName(kind)
                                << QString::fromLatin1(where);
        };
        row("empty body", "", Kind::InvalidJson, "");
        row("truncated JSON", "{\"serverTime\": \"2025", Kind::InvalidJson,
            ""); // (moc trips on this as a raw string)
        row("a bare string", R"("hello")", Kind::InvalidJson, "");
        row("an array at the top", "[]", Kind::WrongType, "$");
        row("no serverTime", R"({"sessions": []})", Kind::MissingField, "$");
        row("serverTime null", R"({"serverTime": null, "sessions": []})", Kind::WrongType,
            "$.serverTime");
        row("serverTime a date only", R"({"serverTime": "2025-03-01", "sessions": []})",
            Kind::WrongType, "$.serverTime");
        row("serverTime without zone", R"({"serverTime": "2025-03-01T12:00:00", "sessions": []})",
            Kind::WrongType, "$.serverTime");
        row("serverTime month 13", R"({"serverTime": "2025-13-01T12:00:00Z", "sessions": []})",
            Kind::WrongType, "$.serverTime");
        row("serverTime in 1999", R"({"serverTime": "1999-12-31T23:59:59Z", "sessions": []})",
            Kind::AbsurdDate, "$.serverTime");
        row("serverTime in 2201", R"({"serverTime": "2201-01-01T00:00:00Z", "sessions": []})",
            Kind::AbsurdDate, "$.serverTime");
        row("no sessions", R"({"serverTime": "2025-03-01T12:00:00Z"})", Kind::MissingField, "$");
        row("sessions null", R"({"serverTime": "2025-03-01T12:00:00Z", "sessions": null})",
            Kind::WrongType, "$.sessions");
        row("a session that is a string",
            R"({"serverTime": "2025-03-01T12:00:00Z", "sessions": ["x"]})", Kind::WrongType,
            "$.sessions[0]");
        row("empty id",
            oneSession(
                R"("id": "", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": "2025-03-02T11:00:00Z")"),
            Kind::WrongType, "$.sessions[0].id");
        row("numeric id",
            oneSession(
                R"("id": 12, "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": "2025-03-02T11:00:00Z")"),
            Kind::WrongType, "$.sessions[0].id");
        row("no user",
            oneSession(
                R"("id": "s", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": "2025-03-02T11:00:00Z")"),
            Kind::MissingField, "$.sessions[0]");
        row("no lastSeenAt",
            oneSession(
                R"("id": "s", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "expiresAt": "2025-03-02T11:00:00Z")"),
            Kind::MissingField, "$.sessions[0]");
        row("expiresAt a number",
            oneSession(
                R"("id": "s", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": 1740000000)"),
            Kind::WrongType, "$.sessions[0].expiresAt");
        row("expiresAt epoch zero",
            oneSession(
                R"("id": "s", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": "1970-01-01T00:00:00Z")"),
            Kind::AbsurdDate, "$.sessions[0].expiresAt");
        row("expires before created",
            oneSession(
                R"("id": "s", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T11:00:00Z", "expiresAt": "2025-03-01T09:00:00Z")"),
            Kind::AbsurdDate, "$.sessions[0].expiresAt");
        row("last seen before created",
            oneSession(
                R"("id": "s", "user": "ann", "createdAt": "2025-03-01T10:00:00Z", "lastSeenAt": "2025-03-01T09:00:00Z", "expiresAt": "2025-03-02T09:00:00Z")"),
            Kind::AbsurdDate, "$.sessions[0].lastSeenAt");
    }
    void rejectsWithANamedError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, kind);
        QFETCH(QString, where);
        const auto parsed = AdminSessionsParser::parse(json);
        QVERIFY(std::holds_alternative<SourceError>(parsed));
        const SourceError& error = std::get<SourceError>(parsed);
        QCOMPARE(error.kindName(), kind);
        QCOMPARE(error.where, where);
        QVERIFY(!error.message.isEmpty());
    }

    void readsAValidPayload()
    {
        const QByteArray json = oneSession(kFull);
        const auto parsed = AdminSessionsParser::parse(json);
        QVERIFY(std::holds_alternative<SessionSnapshot>(parsed));
        const SessionSnapshot& snapshot = std::get<SessionSnapshot>(parsed);
        QCOMPARE(snapshot.serverTime, QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(toString(snapshot.clock), toString(ServerClock::ResponseServerTime));
        QCOMPARE(snapshot.sessions.size(), 1);
        const SessionRecord& record = snapshot.sessions.front();
        QCOMPARE(record.user, QStringLiteral("ann"));
        QCOMPARE(record.hash, SessionRecord::shortHash("s1"));
        QCOMPARE(record.expiresAt, QDateTime(QDate(2025, 3, 2), QTime(11, 0), Qt::UTC));
        QCOMPARE(record.createdAt.value(), QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(record.lastSeenAt.value(), QDateTime(QDate(2025, 3, 1), QTime(11, 0), Qt::UTC));
    }

    void acceptsUnknownFieldsAndNoSessions()
    {
        const auto parsed = AdminSessionsParser::parse(
            R"({"serverTime": "2025-03-01T12:00:00Z", "sessions": [], "version": 2})");
        QVERIFY(std::holds_alternative<SessionSnapshot>(parsed));
        QVERIFY(std::get<SessionSnapshot>(parsed).sessions.isEmpty());
    }

    void hashMatchesPostgresLeftMd5()
    {
        // SELECT left(md5('abc'), 12) = '900150983cd2'
        QCOMPARE(SessionRecord::shortHash("abc"), QStringLiteral("900150983cd2"));
    }

    void isoTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime noon{QDate(2025, 3, 1), QTime(12, 0), Qt::UTC};
        QTest::newRow("Z") << "2025-03-01T12:00:00Z" << noon;
        QTest::newRow("lower-case t and z") << "2025-03-01t12:00:00z" << noon;
        QTest::newRow("positive offset") << "2025-03-01T13:30:00+01:30" << noon;
        QTest::newRow("negative offset") << "2025-03-01T07:00:00-05:00" << noon;
        QTest::newRow("milliseconds") << "2025-03-01T12:00:00.250Z" << noon.addMSecs(250);
        QTest::newRow("microseconds truncated")
            << "2025-03-01T12:00:00.123456Z" << noon.addMSecs(123);
        QTest::newRow("one fraction digit") << "2025-03-01T12:00:00.5Z" << noon.addMSecs(500);
        QTest::newRow("no zone") << "2025-03-01T12:00:00" << QDateTime{};
        QTest::newRow("space separator") << "2025-03-01 12:00:00Z" << QDateTime{};
        QTest::newRow("hour 24") << "2025-03-01T24:00:00Z" << QDateTime{};
        QTest::newRow("February 30") << "2025-02-30T12:00:00Z" << QDateTime{};
        QTest::newRow("offset hour 25") << "2025-03-01T12:00:00+25:00" << QDateTime{};
        QTest::newRow("trailing garbage") << "2025-03-01T12:00:00Zjunk" << QDateTime{};
    }
    void isoTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = parseIsoTimestamp(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }

    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("IMF-fixdate") << QByteArray{"Sun, 06 Nov 1994 08:49:37 GMT"}
                                     << QDateTime{QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC};
        QTest::newRow("wrong weekday")
            << QByteArray{"Mon, 06 Nov 1994 08:49:37 GMT"} << QDateTime{};
        QTest::newRow("RFC 850 form")
            << QByteArray{"Sunday, 06-Nov-94 08:49:37 GMT"} << QDateTime{};
        QTest::newRow("not GMT") << QByteArray{"Sun, 06 Nov 1994 08:49:37 CET"} << QDateTime{};
        QTest::newRow("empty") << QByteArray{} << QDateTime{};
    }
    void httpDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = parseHttpDate(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(*parsed, expected);
    }
};

QTEST_GUILESS_MAIN(TestAdminSessionsParser)
#include "tst_adminsessionsparser.moc"
