// `opsdash serve` with a checkout for the source plane, over the fixture cluster: the
// source checks of `opsdash verify` in /metrics' stateset, run at start and on SIGHUP and
// not on every poll.
#include "PrivateFile.h"
#include "ServeHarness.h"
#include "drift/MonorepoCopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestServeSource final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_checkout.isValid());
        // Relative to the config file, as the docs say.
        QVERIFY(QFile::link(m_checkout.root(), path("checkout")));
        const QJsonObject target{{QStringLiteral("name"), QStringLiteral("app")},
            {QStringLiteral("conninfo"), qEnvironmentVariable("OPSDASH_TEST_PG_CONNINFO")},
            {QStringLiteral("history"), QStringLiteral("app.sqlite")},
            {QStringLiteral("checkout"), QStringLiteral("checkout")},
            {QStringLiteral("intervalSeconds"), 1}};
        QVERIFY(writeFile(path("serve.json"),
            QJsonDocument{QJsonObject{{QStringLiteral("targets"), QJsonArray{target}}}}.toJson()));
        m_port = freePort();
        QVERIFY(m_serve.start(QStringLiteral(OPSDASH_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--config"), path("serve.json"),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)}));
        QTRY_VERIFY2_WITH_TIMEOUT(
            get(m_port, "/healthz").status == 200, qPrintable(m_serve.log()), 30000);
    }

    void theSourceChecksAreInTheStateset()
    {
        const QByteArray metrics = get(m_port, "/metrics").body;
        QVERIFY2(metrics.contains(check("pool.web.max", "pass")), metrics.constData());
        QVERIFY(metrics.contains(check("session.maxAge", "pass")));
        QVERIFY(metrics.contains(check("tasks.progress", "pass")));
        QVERIFY(!metrics.contains(
            "plane=\"source\",opsdash_check=\"fail\"} 1\n")); // the fixture matches the sign-off
        // The server plane is still there beside it.
        QVERIFY(metrics.contains("check=\"server.capacity\",plane=\"server\""));
        QVERIFY2(m_serve.log().contains(
                     QStringLiteral("event=source.checked target=app checkout=%1 pass=")
                         .arg(path("checkout"))),
            qPrintable(m_serve.log()));
    }

    void notOnEveryPoll()
    {
        QTest::qWait(3000); // three polls
        QCOMPARE(m_serve.log().count(QLatin1String{"event=source.checked"}), 1);
        // A change in the checkout shows only after SIGHUP.
        const QString problem = m_checkout.apply(
            MonorepoEdit::replace(QStringLiteral("packages/database/src/client.ts"),
                QStringLiteral("max: 150,"), QStringLiteral("max: 100,")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTest::qWait(2000);
        QVERIFY(get(m_port, "/metrics").body.contains(check("pool.web.max", "pass")));
    }

    void sighupRunsThemAgain()
    {
        m_serve.signal(SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(
            get(m_port, "/metrics").body.contains(check("pool.web.max", "fail")), 10000);
        QCOMPARE(m_serve.log().count(QLatin1String{"event=source.checked"}), 2);
        // Logged with its counts: none failed at start, the changed size (and the docs that
        // still state the old one) after.
        const QStringList checked
            = m_serve.log().split(u'\n').filter(QStringLiteral("event=source.checked"));
        QVERIFY2(checked.at(0).contains(QLatin1String{" fail=0 "}), qPrintable(checked.at(0)));
        QVERIFY2(!checked.at(1).contains(QLatin1String{" fail=0 "}), qPrintable(checked.at(1)));
        // The target itself was kept: started and connected once.
        QCOMPARE(m_serve.log().count(QLatin1String{"event=target.start"}), 1);
        QCOMPARE(m_serve.log().count(QLatin1String{"event=target.up"}), 1);
    }

    void aCheckoutThatIsNotThereIsMissing()
    {
        QVERIFY(QFile::remove(path("checkout")));
        m_serve.signal(SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(
            get(m_port, "/metrics").body.contains(check("pool.web.max", "missing")), 10000);
        QVERIFY(m_serve.running());
    }

    void cleanupTestCase() { QCOMPARE(m_serve.stop(), 0); }

private:
    QString path(const char* name) const { return m_dir.filePath(QLatin1String{name}); }
    static QByteArray check(const char* id, const char* status)
    {
        return "opsdash_check{target=\"app\",check=\"" + QByteArray{id}
        + "\",plane=\"source\",opsdash_check=\"" + status + "\"} 1\n";
    }

    QTemporaryDir m_dir;
    MonorepoCopy m_checkout;
    Daemon m_serve;
    quint16 m_port{0};
};

QTEST_GUILESS_MAIN(TestServeSource)
#include "tst_servesource.moc"
