// JsonRead: the one way opsdash reads JSON. Syntax errors are placed at their line and
// column, and a value of the wrong type reads the same from every reader that uses it —
// the baseline loader, durations, the admin sessions payload and the canary's session body.
#include "model/BaselineLoader.h"
#include "model/Duration.h"
#include "model/JsonRead.h"
#include "sessions/AdminSessionsParser.h"
#include "sessions/CanaryCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace opsdash;

namespace {

QJsonObject defaultBaselineObject()
{
    QFile file{BaselineLoader::kDefaultResource};
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the built-in baseline");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument{object}.toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonRead : public QObject
{
    Q_OBJECT

private slots:
    void syntaxErrorsArePlacedAtTheirLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut short inside a number")
            << QByteArray{"{\n  \"a\": 1"} << 2 << 8 << "the input ends inside a number";
        QTest::newRow("cut short inside an object")
            << QByteArray{"{\"a\": []"} << 1 << 8 << "the input ends inside an object";
        QTest::newRow("missing comma on line 3")
            << QByteArray{"{\n  \"a\": 1\n  \"b\": 2\n}"} << 3 << 3 << "expected ',' or '}'";
        QTest::newRow("trailing comma in an object")
            << QByteArray{"{\"a\": 1,}"} << 1 << 9 << "expected a key in double quotes";
        QTest::newRow("columns count characters, not bytes")
            << QByteArray{"{\"ä\": tru}"} << 1 << 7 << "illegal value";
        QTest::newRow("a BOM is not a column")
            << QByteArray{"\xEF\xBB\xBF{\"a\" 1}"} << 1 << 6 << "expected ':'";
        QTest::newRow("garbage after the document")
            << QByteArray{"{}\n  x"} << 2 << 3 << "unexpected text after the end";
    }
    void syntaxErrorsArePlacedAtTheirLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const Result<QJsonDocument, JsonRead::SyntaxError> parsed = JsonRead::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().line, line);
        QCOMPARE(parsed.error().column, column);
        QVERIFY2(parsed.error().reason.startsWith(reason), qPrintable(parsed.error().reason));
        QCOMPARE(parsed.error().position(), QStringLiteral("%1:%2").arg(line).arg(column));
    }

    void validJsonIsTheDocument()
    {
        const Result<QJsonDocument, JsonRead::SyntaxError> parsed
            = JsonRead::parse(QByteArrayLiteral("{\"a\": [1, true]}"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().object().value(QStringLiteral("a")).toArray().size(), 2);
    }

    void everyReaderWordsAWrongTypeTheSameWay_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");

        const QString aString = JsonRead::typeError(JsonRead::Type::String, QJsonValue{5});
        QJsonObject baseline = defaultBaselineObject();
        baseline.insert(QStringLiteral("name"), 5);
        const Result<Baseline> loaded
            = BaselineLoader::parse(compact(baseline), QStringLiteral("b.json"));
        QTest::newRow("baseline: name a number")
            << (loaded.ok() ? QString{} : loaded.error().toString()) << aString;

        const Result<Duration> duration = Duration::fromJson(
            QJsonObject{{QStringLiteral("value"), 30}, {QStringLiteral("unit"), 5}});
        QTest::newRow("duration: unit a number")
            << (duration.ok() ? QString{} : duration.error().message) << aString;

        const Result<SessionSnapshot, SourceError> admin
            = AdminSessionsParser::parse(QByteArrayView{R"({"serverTime": 5, "sessions": []})"});
        QTest::newRow("admin sessions: serverTime a number")
            << (admin.ok() ? QString{} : admin.error().toString()) << aString;

        const Result<std::optional<QDateTime>, SourceError> canary
            = CanaryCheck::parseSessionBody(QByteArrayView{R"({"expires": 5})"});
        QTest::newRow("canary: expires a number")
            << (canary.ok() ? QString{} : canary.error().toString()) << aString;

        const QString anObject
            = JsonRead::typeError(JsonRead::Type::Object, QJsonValue{QJsonArray{}});
        const Result<SessionSnapshot, SourceError> array
            = AdminSessionsParser::parse(QByteArrayView{"[]"});
        QTest::newRow("admin sessions: an array at the top")
            << (array.ok() ? QString{} : array.error().toString()) << anObject;
        QJsonObject withArrayPool = defaultBaselineObject();
        withArrayPool.insert(QStringLiteral("server"), QJsonArray{});
        const Result<Baseline> serverArray
            = BaselineLoader::parse(compact(withArrayPool), QStringLiteral("b.json"));
        QTest::newRow("baseline: server an array")
            << (serverArray.ok() ? QString{} : serverArray.error().toString()) << anObject;
    }
    void everyReaderWordsAWrongTypeTheSameWay()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QVERIFY2(!message.isEmpty(), "the reader accepted a value of the wrong type");
        // The baseline loader may add where the value stands: " (line L, column C)".
        const QString wording{QString{message}.remove(
            QRegularExpression{QStringLiteral(R"( \(line \d+, column \d+\)$)")})};
        QVERIFY2(wording.endsWith(expected),
            qPrintable(QStringLiteral("%1\ndoes not end in\n%2").arg(message, expected)));
    }

    void theWordingNamesWhatItGot_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonValue>("got");
        QTest::addColumn<QString>("message");
        QTest::newRow("integer, got a fraction")
            << int(JsonRead::Type::Integer) << QJsonValue{150.5}
            << "expected an integer, got 150.5";
        QTest::newRow("boolean, got a string")
            << int(JsonRead::Type::Boolean) << QJsonValue{QStringLiteral("yes")}
            << "expected true or false, got a string";
        QTest::newRow("array, got null")
            << int(JsonRead::Type::Array) << QJsonValue{} << "expected an array, got null";
        QTest::newRow("object, got a boolean") << int(JsonRead::Type::Object) << QJsonValue{true}
                                               << "expected an object, got a boolean";
    }
    void theWordingNamesWhatItGot()
    {
        QFETCH(int, type);
        QFETCH(QJsonValue, got);
        QFETCH(QString, message);
        QCOMPARE(JsonRead::typeError(static_cast<JsonRead::Type>(type), got), message);
    }

    void aBaselineSyntaxErrorKeepsItsFileLineAndColumn()
    {
        const Result<Baseline> loaded
            = BaselineLoader::parse(QByteArrayLiteral("{\n  \"name\": \"x\"\n  \"pools\": []\n}"),
                QStringLiteral("mine.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().where, QStringLiteral("mine.json:3:3"));
        QVERIFY(loaded.error().message.startsWith(QStringLiteral("JSON syntax error: ")));
    }
};

QTEST_GUILESS_MAIN(TestJsonRead)
#include "tst_jsonread.moc"
