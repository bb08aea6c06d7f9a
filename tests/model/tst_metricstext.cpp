// The Prometheus text format an application's /metrics page is read in (MetricsText):
// counters, gauges, histograms' _bucket/_sum/_count, labels with escapes, HELP/TYPE and
// other comments, NaN and ±Inf, timestamps; a size cap; every malformed line a named error
// with its line number.
#include "model/MetricsText.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace opsdash;
using MetricsText::ErrorKind;

class TestMetricsText final : public QObject
{
    Q_OBJECT

private slots:
    void goDatabaseSqlStatistics()
    {
        QFile file{
            QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fuzz/corpus/metrics_text/go-dbstats.txt")};
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto page = MetricsText::parse(file.readAll());
        QVERIFY2(page.ok(), qPrintable(page ? QString{} : page.error().toString()));
        QCOMPARE(page->samples.size(), 8);
        QCOMPARE(page->value(u"go_sql_max_open_connections").value_or(-1), 50.0);
        QCOMPARE(page->value(u"go_sql_wait_count_total").value_or(-1), 117.0);
        QCOMPARE(page->value(u"go_sql_wait_duration_seconds_total").value_or(-1), 3.25);
        QCOMPARE(page->types.value(QStringLiteral("go_sql_wait_count_total")),
            MetricsText::Type::Counter);
        QCOMPARE(
            page->types.value(QStringLiteral("go_sql_idle_connections")), MetricsText::Type::Gauge);
        QCOMPARE(page->find(u"go_sql_in_use_connections")->label(u"db_name"),
            QStringLiteral("scheduling"));
        QCOMPARE(page->help.value(QStringLiteral("go_sql_idle_connections")),
            QStringLiteral("The number of idle connections."));
        QVERIFY(!page->value(u"go_sql_no_such_series"));
    }

    void histogramsSummariesEscapesAndSpecialValues()
    {
        QFile file{
            QStringLiteral(OPSDASH_SOURCE_DIR "/tests/fuzz/corpus/metrics_text/histogram.txt")};
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto page = MetricsText::parse(file.readAll());
        QVERIFY2(page.ok(), qPrintable(page ? QString{} : page.error().toString()));

        const MetricsText::Sample* bucket
            = page->find(u"http_request_duration_seconds_bucket", u"le", u"+Inf");
        QVERIFY(bucket != nullptr);
        QCOMPARE(bucket->family, QStringLiteral("http_request_duration_seconds"));
        QCOMPARE(bucket->value, 144320.0);
        QCOMPARE(bucket->line, 6);
        QCOMPARE(page->find(u"http_request_duration_seconds_bucket")->timestampMs.value_or(0),
            qint64{1395066363000});
        QCOMPARE(page->find(u"http_request_duration_seconds_sum")->family,
            QStringLiteral("http_request_duration_seconds"));
        QCOMPARE(page->find(u"http_request_duration_seconds_count")->value, 144320.0);
        QCOMPARE(page->help.value(QStringLiteral("http_request_duration_seconds")),
            QStringLiteral("Request latency.\nIn seconds, with a \\ backslash."));

        QCOMPARE(page->find(u"rpc_duration_seconds_count")->family,
            QStringLiteral("rpc_duration_seconds"));
        QVERIFY(std::isnan(page->find(u"rpc_duration_seconds", u"quantile", u"0.99")->value));
        QCOMPARE(page->value(u"rpc_duration_seconds_sum").value_or(-1), 1.7560473e+07);

        const MetricsText::Sample* escaped = page->find(u"msdos_file_access_time_seconds");
        QCOMPARE(escaped->label(u"path"), QStringLiteral("C:\\DIR\\FILE.TXT"));
        QCOMPARE(escaped->label(u"error"), QStringLiteral("Cannot find file:\n\"FILE.TXT\""));
        QCOMPARE(escaped->value, 1.458255915e9);

        const MetricsText::Sample* weird = page->find(u"something_weird");
        QVERIFY(std::isinf(weird->value) && weird->value > 0);
        QCOMPARE(weird->timestampMs.value_or(0), qint64{-3982045});
        const double minusInf = page->find(u"untyped_metric")->value;
        QVERIFY(std::isinf(minusInf) && minusInf < 0);
        QCOMPARE(page->find(u"untyped_metric")->label(u"a"), QStringLiteral("1"));
        QVERIFY(!page->find(u"metric_without_timestamp_and_labels")->timestampMs);
    }

    void malformedLinesAreNamedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("line");

        const QByteArray ok = "# TYPE up gauge\nup 1\n";
        QTest::newRow("unterminated label value")
            << ok + "go_sql_open_connections{db_name=\"scheduling 50\n"
            << ErrorKind::BadLabelValue << 3;
        QTest::newRow("unknown escape in a label") << ok + "x{a=\"\\t\"} 1\n"
                                                   << ErrorKind::BadLabelValue << 3;
        QTest::newRow("label without a quoted value")
            << QByteArray{"x{a=1} 1\n"} << ErrorKind::BadLabelValue << 1;
        QTest::newRow("label name starting with a digit")
            << QByteArray{"x{1a=\"v\"} 1\n"} << ErrorKind::BadLabelName << 1;
        QTest::newRow("missing comma between labels")
            << QByteArray{"x{a=\"1\" b=\"2\"} 1\n"} << ErrorKind::BadLabelName << 1;
        QTest::newRow("duplicate label")
            << QByteArray{"\n\nx{a=\"1\",a=\"2\"} 1\n"} << ErrorKind::DuplicateLabel << 3;
        QTest::newRow("metric name with a dash") << ok + "go-sql 1\n"
                                                 << ErrorKind::BadMetricName << 3;
        QTest::newRow("value that is not a number") << ok + "up one\n" << ErrorKind::BadValue << 3;
        QTest::newRow("no value") << QByteArray{"up\n"} << ErrorKind::BadValue << 1;
        QTest::newRow("timestamp that is not an integer")
            << QByteArray{"up 1 12.5\n"} << ErrorKind::BadTimestamp << 1;
        QTest::newRow("something after the timestamp")
            << QByteArray{"up 1 12 13\n"} << ErrorKind::TrailingCharacters << 1;
        QTest::newRow("unknown type")
            << QByteArray{"# TYPE up meter\n"} << ErrorKind::BadTypeLine << 1;
        QTest::newRow("type without a name")
            << QByteArray{"# TYPE\n"} << ErrorKind::BadTypeLine << 1;
        QTest::newRow("second type for a family") << ok + "# TYPE up counter\n"
                                                  << ErrorKind::DuplicateType << 3;
        QTest::newRow("type after the family's samples")
            << QByteArray{"down 0\n# TYPE down gauge\n"} << ErrorKind::TypeAfterSamples << 2;
        QTest::newRow("help without a name")
            << QByteArray{"# HELP\n"} << ErrorKind::BadHelpLine << 1;
        QTest::newRow("histogram bucket without le")
            << QByteArray{"# TYPE h histogram\nh_bucket{a=\"1\"} 3\n"}
            << ErrorKind::MissingBucketBound << 2;
    }

    void malformedLinesAreNamedWithTheirLine()
    {
        QFETCH(QByteArray, page);
        QFETCH(ErrorKind, kind);
        QFETCH(int, line);
        const auto parsed = MetricsText::parse(page);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, kind);
        QCOMPARE(parsed.error().line, line);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY2(parsed.error().toString().startsWith(
                     QStringLiteral("line %1: %2: ").arg(line).arg(MetricsText::kindName(kind))),
            qPrintable(parsed.error().toString()));
    }

    void commentsBlankLinesAndCarriageReturnsAreAccepted()
    {
        const auto page = MetricsText::parse(
            "# just a comment\r\n\r\n   \n#TYPE-less comment\nup{job=\"a\",} 1\r\n");
        QVERIFY(page.ok());
        QCOMPARE(page->samples.size(), 1);
        QCOMPARE(page->samples.first().line, 5);
        QCOMPARE(page->find(u"up")->label(u"job"), QStringLiteral("a"));
    }

    void aPageOverTheCapIsRefusedWhole()
    {
        const QByteArray text = QByteArray{"up 1\n"}.repeated(100);
        QVERIFY(MetricsText::parse(text, text.size()).ok());
        const auto refused = MetricsText::parse(text, text.size() - 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::TooLarge);
        QCOMPARE(refused.error().line, 0);
        QVERIFY(refused.error().toString().startsWith(QStringLiteral("too-large: ")));
        QVERIFY(MetricsText::DefaultMaxBytes >= 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestMetricsText)
#include "tst_metricstext.moc"
