// The evidence PDF as a reviewer reads it, through poppler's own tools: page 1 carries the
// verdict, both ends of the observation window and the screenshot; the checks table repeats
// its header on every page it spans; no heading ends a page; every page has its footer.
#include "evidence/EvidenceReport.h"
#include "gui/evidence/EvidencePdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdash;

namespace {

const QByteArray kJsonSha256{"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"};

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

Finding finding(const QString& id, CheckStatus status, const QString& evidence = {})
{
    Finding finding;
    finding.checkId = id;
    finding.plane = Plane::Source;
    finding.status = status;
    finding.expected = QStringLiteral("86400 s (24 h)");
    finding.actual = QStringLiteral("3600 s");
    finding.evidence
        = evidence.isEmpty() ? QStringLiteral("apps/web/src/server/auth.ts:17") : evidence;
    return finding;
}

EvidenceReport report(int checks)
{
    EvidenceReport report;
    report.start = QDateTime{QDate{2026, 12, 5}, QTime{22, 11, 30}, Qt::UTC};
    report.end = report.start.addSecs(35);
    report.windowFrom = report.start.addSecs(1);
    report.windowTo = report.start.addSecs(33);
    report.samples = 17;
    report.intervalSeconds = 2;
    report.hostName = QStringLiteral("reviewer-desk");
    report.opsdashVersion = QStringLiteral("0.1.0");
    report.target = QStringLiteral("db.example:5432/app");
    report.repoDir = QStringLiteral("/srv/checkouts/monorepo");
    report.baselinePath = QStringLiteral("/etc/opsdash/baseline.json");
    report.baselineSha256 = QString::fromLatin1(kJsonSha256);
    report.screenshot = QStringLiteral("dashboard.png");
    report.findings << finding(QStringLiteral("server.capacity"), CheckStatus::Fail);
    for (int i = 1; i < checks; ++i)
        report.findings << finding(QStringLiteral("check.%1").arg(i, 2, 10, QLatin1Char{'0'}),
            CheckStatus::Pass,
            i == 7 ? QStringLiteral("a/very/long/path/without/any/space/that/must/wrap/instead/of/"
                                    "being/cut/at/the/edge/of/its/cell/"
                                    "AndItsUnbreakableTailEndsHere.ts:99")
                   : QString{});
    report.pools << EvidenceReport::Pool{
        QStringLiteral("web"), QStringLiteral("CRUD"), 12, 40, 20.5, report.windowTo, 150};
    report.events << EvidenceReport::Event{
        report.start.addSecs(10), QStringLiteral("annotation"), QStringLiteral("release 14.2")};
    return report;
}

QImage screenshot()
{
    QImage image{1600, 1000, QImage::Format_RGB32};
    image.fill(QColor{0x20, 0x60, 0xa0});
    return image;
}

} // namespace

class TestEvidencePdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"pdftotext", "pdfimages", "pdfinfo"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String{tool}).isEmpty(),
                "poppler-utils (scripts/setup) is needed");
        QVERIFY(m_temp.isValid());
    }

    void pageOneHasTheVerdictTheWindowAndTheScreenshot()
    {
        const QString pdf = write(QStringLiteral("small.pdf"), report(20));
        const QString page1 = pageText(pdf, 1);
        QVERIFY2(
            page1.contains(QLatin1String{"1 check fails: server.capacity"}), qPrintable(page1));
        // Both ends, on the desktop's clock and on the server's.
        for (const char* end : {"2026-12-05 22:11:30 UTC", "2026-12-05 22:12:05 UTC",
                 "2026-12-05 22:11:31 UTC", "2026-12-05 22:12:03 UTC"})
            QVERIFY2(page1.contains(QLatin1String{end}), end);
        QVERIFY(page1.contains(QString::fromLatin1(kJsonSha256))); // the baseline's, whole
        QVERIFY(!page1.contains(QLatin1String{"check.01"})); // the checks start on page 2

        // pdfimages -list: "page num type width height …" — the screenshot on page 1.
        const QStringList images
            = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n');
        bool onPageOne = false;
        for (const QString& line : images) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() > 4 && fields.at(0) == QLatin1String{"1"}
                && fields.at(2) == QLatin1String{"image"} && fields.at(3) == QLatin1String{"1600"})
                onPageOne = true;
        }
        QVERIFY2(onPageOne, qPrintable(images.join(u'\n')));
    }

    void sixtyChecksRepeatTheTableHeaderOnEveryPage()
    {
        const QString pdf = write(QStringLiteral("sixty.pdf"), report(60));
        const int pages = pageCount(pdf);
        QVERIFY(pages >= 3);
        int tablePages = 0;
        for (int page = 2; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            if (!QRegularExpression{QStringLiteral("check\\.\\d\\d")}.match(text).hasMatch())
                continue;
            ++tablePages;
            QVERIFY2(QRegularExpression{QStringLiteral("Check\\s+Plane\\s+Status\\s+Expected\\s+"
                                                       "Observed\\s+Evidence")}
                         .match(text)
                         .hasMatch(),
                qPrintable(QStringLiteral("page %1:\n").arg(page) + text));
        }
        QVERIFY2(tablePages >= 2, "60 checks span more than one page");
        // Every row is there, and the long path wrapped rather than cut: its tail is printed.
        const QString all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (int i = 1; i < 60; ++i)
            QVERIFY(all.contains(QStringLiteral("check.%1").arg(i, 2, 10, QLatin1Char{'0'})));
        QVERIFY(all.contains(QLatin1String{"EndsHere.ts:99"}));
    }

    void everyPageHasItsFooter()
    {
        const QString pdf = write(QStringLiteral("footer.pdf"), report(60));
        const int pages = pageCount(pdf);
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(pdf, page);
            QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)),
                qPrintable(text));
            QVERIFY(text.contains(QLatin1String{"created 2026-12-05 22:12:05 UTC"}));
            QVERIFY(text.contains(QLatin1String{"report.json SHA-256 0123456789ab "})
                || text.contains(QLatin1String{"report.json SHA-256 0123456789ab\n"}));
        }
    }

    // Whatever the number of checks, a section heading is followed on its page by content.
    void noHeadingEndsAPage_data()
    {
        QTest::addColumn<int>("checks");
        // 20: the events heading fell at the foot of page 2 before headings were kept with
        // what follows them.
        for (const int checks : {20, 44})
            QTest::newRow(qPrintable(QStringLiteral("%1 checks").arg(checks))) << checks;
    }

    void noHeadingEndsAPage()
    {
        QFETCH(int, checks);
        const QString pdf = write(QStringLiteral("keep-%1.pdf").arg(checks), report(checks));
        const int pages = pageCount(pdf);
        for (int page = 1; page <= pages; ++page) {
            QStringList lines = pageText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            QVERIFY(!lines.isEmpty());
            lines.removeLast(); // the footer
            QVERIFY2(!lines.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(page)));
            const QString last = lines.last().trimmed();
            for (const char* heading : {"Checks", "Pools over the window", "Login sessions",
                     "Events in the window", "Verification notes for tasks.md"})
                QVERIFY2(last != QLatin1String{heading},
                    qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
        }
    }

private:
    QString write(const QString& name, const EvidenceReport& report)
    {
        const QString path = m_temp.filePath(name);
        QFile file{path};
        if (!file.open(QIODevice::WriteOnly)
            || file.write(EvidencePdf::render(report, screenshot(), kJsonSha256)) <= 0)
            return {};
        return path;
    }

    static QString pageText(const QString& pdf, int page)
    {
        return run(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    }

    static int pageCount(const QString& pdf)
    {
        const QRegularExpressionMatch match
            = QRegularExpression{QStringLiteral("Pages:\\s+(\\d+)")}.match(
                run(QStringLiteral("pdfinfo"), {pdf}));
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }

    QTemporaryDir m_temp;
};

QTEST_MAIN(TestEvidencePdf)
#include "tst_evidencepdf.moc"
