#include "EvidencePdf.h"

#include "evidence/EvidenceSet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>

namespace opsdash::EvidencePdf {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePdf)
};

constexpr qreal kFallbackDpi{96.0};
constexpr qreal kMarginMm{14.0};
constexpr qreal kBodyPt{8.5};
constexpr qreal kFooterPt{7.0};
constexpr int kMaxKeepPasses{20};
const QString kScreenshotUrl = QStringLiteral("dashboard.png");

qreal pixels(qreal points, qreal dpi)
{
    return points * dpi / 72.0;
}

QColor statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QColor{0x1b, 0x6e, 0x20};
    case CheckStatus::Fail:
        return QColor{0xb0, 0x00, 0x20};
    case CheckStatus::Unknown:
    case CheckStatus::Missing:
        return QColor{0xa0, 0x50, 0x00};
    case CheckStatus::NotChecked:
        return QColor{0x60, 0x60, 0x60};
    }
    return Qt::black;
}

// Writes the document block by block; every heading is marked (headingLevel) so the
// layout pass can keep it with what follows.
class Writer final
{
public:
    Writer(QTextDocument& document, qreal dpi)
        : m_cursor{&document}
        , m_dpi{dpi}
    {
        m_body.setFontPointSize(kBodyPt);
        m_body.setForeground(Qt::black);
        m_bold = m_body;
        m_bold.setFontWeight(QFont::Bold);
        m_mono = m_body;
        m_mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    }

    const QTextCharFormat& body() const { return m_body; }
    const QTextCharFormat& bold() const { return m_bold; }
    const QTextCharFormat& mono() const { return m_mono; }
    QTextCursor& cursor() { return m_cursor; }

    // The first block is the document's own; later ones are appended.
    void block(const QTextBlockFormat& format, const QTextCharFormat& charFormat)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void title(const QString& text, bool newPage = false)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(1);
        format.setBottomMargin(pixels(6, m_dpi));
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars = m_bold;
        chars.setFontPointSize(20);
        block(format, chars);
        m_cursor.insertText(text, chars);
    }

    void heading(const QString& text, bool newPage = false)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(2);
        format.setTopMargin(pixels(12, m_dpi));
        format.setBottomMargin(pixels(4, m_dpi));
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars = m_bold;
        chars.setFontPointSize(13);
        block(format, chars);
        m_cursor.insertText(text, chars);
    }

    void paragraph(const QString& text, const QTextCharFormat& chars, qreal topPt = 2)
    {
        QTextBlockFormat format;
        format.setTopMargin(pixels(topPt, m_dpi));
        block(format, chars);
        m_cursor.insertText(text, chars);
    }

    void bullet(const QString& text)
    {
        QTextBlockFormat format;
        format.setLeftMargin(pixels(12, m_dpi));
        format.setTextIndent(-pixels(8, m_dpi));
        block(format, m_body);
        m_cursor.insertText(QStringLiteral("•  ") + text, m_body);
    }

    // A table across the text width; header empty: no header row (and no borders).
    // cellFormat may restyle a body cell (row counts from 0 below the header).
    QTextTable* table(const QStringList& header, const QList<QStringList>& rows,
        const QList<qreal>& percentWidths,
        const std::function<QTextCharFormat(int row, int column)>& cellFormat = {})
    {
        const int columns = static_cast<int>(percentWidths.size());
        const int headerRows = header.isEmpty() ? 0 : 1;
        QTextTableFormat format;
        format.setWidth(QTextLength{QTextLength::PercentageLength, 100});
        QList<QTextLength> widths;
        for (const qreal width : percentWidths)
            widths << QTextLength{QTextLength::PercentageLength, width};
        format.setColumnWidthConstraints(widths);
        format.setHeaderRowCount(headerRows);
        format.setCellSpacing(0);
        format.setCellPadding(pixels(2.5, m_dpi));
        format.setBorderCollapse(true);
        format.setBorder(headerRows > 0 ? 0.6 : 0);
        format.setBorderBrush(QColor{0xa0, 0xa0, 0xa0});
        format.setTopMargin(pixels(3, m_dpi));
        QTextBlockFormat anchor;
        block(anchor, m_body);
        QTextTable* table
            = m_cursor.insertTable(static_cast<int>(rows.size()) + headerRows, columns, format);
        for (int column = 0; column < headerRows * columns; ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextTableCellFormat background;
            background.setBackground(QColor{0xe8, 0xe8, 0xe8});
            cell.setFormat(background);
            cell.firstCursorPosition().insertText(header.value(column), m_bold);
        }
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextCharFormat chars = cellFormat
                    ? cellFormat(row, column)
                    : (headerRows > 0 || column > 0 ? m_body : m_bold);
                table->cellAt(row + headerRows, column)
                    .firstCursorPosition()
                    .insertText(rows.at(row).value(column), chars);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
        return table;
    }

private:
    QTextCursor m_cursor;
    qreal m_dpi;
    bool m_first{true};
    QTextCharFormat m_body;
    QTextCharFormat m_bold;
    QTextCharFormat m_mono;
};

// The block that must share a page with a heading: the next block, or — when a table
// follows — its first body row (a repeated header row alone is no content).
QTextBlock followerOf(const QTextBlock& heading)
{
    QTextBlock next = heading.next();
    if (!next.isValid())
        return next;
    QTextCursor cursor{next};
    if (QTextTable* table = cursor.currentTable()) {
        const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
        return table->cellAt(row, 0).firstCursorPosition().block();
    }
    return next;
}

// QTextDocument has no "keep with next": a heading whose follower starts on a later page
// gets a page break before it, and the layout is measured again.
void keepHeadingsWithTheirContent(QTextDocument& document, qreal pageHeight)
{
    for (int pass = 0; pass < kMaxKeepPasses; ++pass) {
        document.pageCount(); // lays the document out
        QAbstractTextDocumentLayout* layout = document.documentLayout();
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0
                || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QTextBlock follower = followerOf(block);
            if (!follower.isValid())
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            const qreal followerBottom = layout->blockBoundingRect(follower).bottom();
            if (static_cast<int>(followerBottom / pageHeight)
                > static_cast<int>(top / pageHeight)) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor{block}.setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

// Where a target's section puts its page-1 layout, and how its headings are named.
struct Section
{
    QString title; // "opsdash evidence"; a target's name in a bundle of several
    bool newPage{false}; // a later target's section starts on a page of its own
    QString headingPrefix; // "prod · " before each heading in a bundle of several; or none
};

// A target's report: its facts, the verdict in large type and the screenshot on the
// section's first page, then the checks and the rest from the next page.
void writeReport(Writer& out, const EvidenceReport& report, const QImage& screenshot,
    qreal textWidth, qreal pageHeight, qreal dpi, const Section& section)
{
    QTextDocument& document = *out.cursor().document();
    const auto heading = [&section](const QString& text) {
        return section.headingPrefix + text;
    };

    // Page 1: what was checked, when, the verdict, and what the dashboard showed.
    out.title(section.title, section.newPage);
    const QList<QStringList> facts{
        {EvidenceReport::tr("Database target"),
            report.target.isEmpty() ? EvidenceReport::tr("none given") : report.target},
        {EvidenceReport::tr("Repository"),
            report.repoDir.isEmpty() ? EvidenceReport::tr("none given") : report.repoDir},
        {EvidenceReport::tr("Baseline"), report.baselinePath},
        {EvidenceReport::tr("Baseline SHA-256"), report.baselineSha256},
        {EvidenceReport::tr("Observed (UTC)"), report.windowLine()},
        {EvidenceReport::tr("Times"), report.timesLine()},
        {EvidenceReport::tr("Sessions source"),
            report.sessionsUrl.isEmpty() ? EvidenceReport::tr("none given") : report.sessionsUrl},
        {EvidenceReport::tr("Host"),
            report.hostName + QStringLiteral(" · opsdash ") + report.opsdashVersion},
    };
    out.table({}, facts, {22, 78}, [&out](int row, int column) {
        if (column == 0)
            return out.bold();
        return row == 3 ? out.mono() : out.body();
    });

    const EvidenceReport::Summary counts = report.summary();
    const bool passes = report.exitStatus() == 0;
    QTextCharFormat verdict = out.bold();
    verdict.setFontPointSize(18);
    verdict.setForeground(passes ? QColor{0x1b, 0x6e, 0x20} : QColor{0xb0, 0x00, 0x20});
    out.paragraph(report.verdict(), verdict, 10);
    out.paragraph(EvidenceReport::tr("Summary: %1").arg(report.summaryLine())
            + QStringLiteral(" — ") + EvidenceReport::tr("exit status %1").arg(report.exitStatus()),
        out.body(), 4);
    if (counts.notChecked > 0)
        out.paragraph(EvidenceReport::tr(
                          "*not-checked* means opsdash did not evaluate the check; it is never "
                          "a pass. The reason is given in its row.")
                          .remove(u'*'),
            out.body());

    if (!screenshot.isNull()) {
        // Under the verdict at the page's width, or smaller if the section's first page
        // could not hold it.
        document.pageCount();
        const qreal used
            = std::fmod(document.documentLayout()->documentSize().height(), pageHeight);
        const qreal room = pageHeight - used - pixels(14, dpi);
        const qreal scale = std::min(
            textWidth / screenshot.width(), std::max(room, pageHeight / 4) / screenshot.height());
        const QString url = report.screenshot.isEmpty() ? kScreenshotUrl : report.screenshot;
        document.addResource(QTextDocument::ImageResource, QUrl{url}, screenshot);
        QTextImageFormat image;
        image.setName(url);
        image.setWidth(screenshot.width() * scale);
        image.setHeight(screenshot.height() * scale);
        QTextBlockFormat format;
        format.setTopMargin(pixels(8, dpi));
        out.block(format, out.body());
        out.cursor().insertImage(image);
    }

    // The checks, from page 2.
    out.heading(heading(EvidenceReport::tr("Checks")), true);
    QList<QStringList> rows;
    for (const Finding& finding : report.findings)
        rows << QStringList{finding.checkId, toString(finding.plane), toString(finding.status),
            finding.expected, EvidenceReport::observed(finding), finding.evidence};
    out.table({EvidenceReport::tr("Check"), EvidenceReport::tr("Plane"),
                  EvidenceReport::tr("Status"), EvidenceReport::tr("Expected"),
                  EvidenceReport::tr("Observed"), EvidenceReport::tr("Evidence")},
        rows, {21, 7, 10, 18, 25, 19}, [&](int row, int column) {
            if (column == 0)
                return out.bold();
            if (column != 2)
                return out.body();
            QTextCharFormat status = out.bold();
            status.setForeground(statusColor(report.findings.at(row).status));
            return status;
        });

    out.heading(heading(EvidenceReport::tr("Pools over the window")));
    if (report.pools.isEmpty()) {
        out.paragraph(EvidenceReport::tr("No pool was observed: no sample was taken."), out.body());
    } else {
        QList<QStringList> pools;
        for (const EvidenceReport::Pool& pool : report.pools)
            pools << EvidenceReport::poolCells(pool);
        out.table(
            {EvidenceReport::tr("Pool"), EvidenceReport::tr("Now"), EvidenceReport::tr("Peak"),
                EvidenceReport::tr("Average"), EvidenceReport::tr("Budget"),
                EvidenceReport::tr("Peak of budget"), EvidenceReport::tr("Peak at (server)")},
            pools, {26, 8, 8, 10, 10, 14, 24});
    }
    if (report.capacity) {
        const EvidenceReport::Capacity& capacity = *report.capacity;
        out.bullet(EvidenceReport::tr("Usable slots: %1").arg(capacity.usableExplained));
        out.bullet(EvidenceReport::tr("Committed: %1").arg(capacity.committedExplained)
            + (capacity.committed > capacity.usable
                    ? EvidenceReport::tr(" — **over-committed by %1**")
                          .arg(capacity.committed - capacity.usable)
                          .remove(QStringLiteral("**"))
                    : QString{}));
        out.bullet(EvidenceReport::tr("Client sessions: %1 at the end, peak %2, of %3 usable")
                       .arg(capacity.clientSessions)
                       .arg(capacity.peakClientSessions)
                       .arg(capacity.usable));
    }

    out.heading(heading(EvidenceReport::tr("Login sessions")));
    const EvidenceReport::Sessions& sessions = report.sessions;
    if (!sessions.available) {
        out.paragraph(
            EvidenceReport::tr("No sessions summary: %1").arg(sessions.reason), out.body());
    } else {
        out.bullet(EvidenceReport::tr("Source: %1 (%2)").arg(sessions.source, sessions.sourceKind));
        out.bullet(
            EvidenceReport::tr("Server time: %1").arg(report.humanInZone(sessions.serverTime)));
        out.bullet(sessions.summaryLine);
        if (!sessions.soonestHash.isEmpty())
            out.bullet(EvidenceReport::tr("Soonest expiry: %1 (session %2)")
                           .arg(report.humanInZone(sessions.soonestExpiry),
                               sessions.soonestHash.left(12)));
    }

    out.heading(heading(EvidenceReport::tr("Events in the window")));
    if (report.events.isEmpty()) {
        out.paragraph(
            EvidenceReport::tr("None: no disconnection, reconnection or failed poll."), out.body());
    } else {
        QList<QStringList> events;
        for (const EvidenceReport::Event& event : report.events)
            events << QStringList{report.humanInZone(event.at), event.kind, event.message};
        out.table({EvidenceReport::tr("Time"), EvidenceReport::tr("Event"),
                      EvidenceReport::tr("Details")},
            events, {20, 14, 66});
    }
    if (!report.acknowledgements.isEmpty()) {
        QList<QStringList> rows;
        for (const Acknowledgement& acknowledgement : report.acknowledgements)
            rows << EvidenceReport::acknowledgementCells(acknowledgement);
        out.table({EvidenceReport::tr("Made"), EvidenceReport::tr("Kind"),
                      EvidenceReport::tr("Alert or check"), EvidenceReport::tr("Who"),
                      EvidenceReport::tr("Until"), EvidenceReport::tr("Note")},
            rows, {16, 10, 18, 10, 20, 26});
    }

    if (!report.backends.isEmpty()) {
        out.heading(heading(EvidenceReport::tr("Longest-lived client sessions at the end")));
        QList<QStringList> backends;
        for (const EvidenceReport::Backend& backend : report.backends)
            backends << EvidenceReport::backendCells(backend);
        out.table({QStringLiteral("pid"), EvidenceReport::tr("Pool"), EvidenceReport::tr("State"),
                      EvidenceReport::tr("Application"), EvidenceReport::tr("Age"),
                      report.includeQueries ? EvidenceReport::tr("Query (redacted)")
                                            : EvidenceReport::tr("Query fingerprint")},
            backends, {8, 12, 10, 20, 8, 42});
    }

    out.heading(heading(EvidenceReport::tr("Verification notes for tasks.md")));
    out.paragraph(
        EvidenceReport::tr("Ready to paste. A task is marked verified only when every check it "
                           "rests on passed in this window."),
        out.body());
    QTextBlockFormat notes;
    notes.setTopMargin(pixels(4, dpi));
    out.block(notes, out.body());
    out.cursor().insertMarkdown(report.verificationNotes());
}

// Lays the document written by `write` out on A4 portrait pages and paints it with the
// footer on every page.
QByteArray renderDocument(const QDateTime& end, const QString& opsdashVersion,
    const QByteArray& reportJsonSha256,
    const std::function<void(Writer&, qreal width, qreal pageHeight, qreal dpi)>& write)
{
    QByteArray bytes;
    QBuffer buffer{&bytes};
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer{&buffer};
        writer.setTitle(Text::tr("opsdash evidence %1").arg(end.toUTC().toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("opsdash %1").arg(opsdashVersion));
        writer.setPageLayout(QPageLayout{QPageSize{QPageSize::A4}, QPageLayout::Portrait,
            QMarginsF{kMarginMm, kMarginMm, kMarginMm, kMarginMm}, QPageLayout::Millimeter});

        // Laid out in the screen's logical units (as QTextDocument::print does), painted
        // scaled to the writer's resolution.
        const QScreen* screen = QGuiApplication::primaryScreen();
        const qreal dpi = screen != nullptr ? screen->logicalDotsPerInchX() : kFallbackDpi;
        const QRectF area = writer.pageLayout().paintRect(QPageLayout::Inch);
        const qreal width = area.width() * dpi;
        const qreal footerHeight = pixels(kFooterPt * 2.6, dpi);
        const qreal pageHeight = area.height() * dpi - footerHeight;

        QTextDocument document;
        document.setDocumentMargin(0);
        QFont font = document.defaultFont();
        font.setPointSizeF(kBodyPt);
        // No ligatures: "fi" stays two letters, so searching the PDF (and pdftotext) finds
        // "Verification" and every check id as typed.
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        // Long cells wrap, at a word boundary where there is one, anywhere else: never cut.
        QTextOption wrapping = document.defaultTextOption();
        wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(wrapping);
        document.setPageSize(QSizeF{width, pageHeight});

        Writer out{document, dpi};
        write(out, width, pageHeight, dpi);
        QTextCharFormat noLigatures;
        noLigatures.setFontStyleStrategy(QFont::PreferNoShaping);
        QTextCursor all{&document};
        all.select(QTextCursor::Document);
        all.mergeCharFormat(noLigatures);
        keepHeadingsWithTheirContent(document, pageHeight);

        const int pages = document.pageCount();
        const qreal scale = writer.resolution() / dpi;
        const QString created = EvidenceReport::human(end);
        QFont footerFont = font;
        footerFont.setPixelSize(static_cast<int>(pixels(kFooterPt, dpi)));
        QPainter painter{&writer};
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            const QRectF view{0, page * pageHeight, width, pageHeight};
            painter.save();
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF footer{0, pageHeight + footerHeight * 0.35, width, footerHeight * 0.65};
            painter.setPen(QPen{QColor{0x90, 0x90, 0x90}, 0.5});
            painter.drawLine(QPointF{0, footer.top()}, QPointF{width, footer.top()});
            painter.setPen(QColor{0x40, 0x40, 0x40});
            painter.setFont(footerFont);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                Text::tr("created %1 · report.json SHA-256 %2")
                    .arg(created, QString::fromLatin1(reportJsonSha256.left(12))));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                Text::tr("page %1 of %2").arg(page + 1).arg(pages));
            painter.restore();
        }
    }
    buffer.close();
    return bytes;
}

// Page 1 of a bundle of several targets: the verdict over all and a line per target.
void writeOverview(Writer& out, const EvidenceSet& set)
{
    out.title(EvidenceSet::tr("opsdash evidence: %1 targets").arg(set.targets.size()));
    QTextCharFormat verdict = out.bold();
    verdict.setFontPointSize(18);
    verdict.setForeground(
        set.exitStatus() == 0 ? QColor{0x1b, 0x6e, 0x20} : QColor{0xb0, 0x00, 0x20});
    out.paragraph(set.verdict(), verdict, 10);
    out.paragraph(EvidenceReport::tr("Summary: %1").arg(set.summaryLine()) + QStringLiteral(" — ")
            + EvidenceReport::tr("exit status %1").arg(set.exitStatus()),
        out.body(), 4);
    QList<QStringList> rows;
    for (const EvidenceSet::Target& target : set.targets)
        rows << QStringList{target.name,
            target.report.target.isEmpty() ? EvidenceReport::tr("none given")
                                           : target.report.target,
            target.report.verdict(), target.report.summaryLine()};
    out.table({EvidenceSet::tr("Target"), EvidenceReport::tr("Database target"),
                  EvidenceSet::tr("Verdict"), EvidenceSet::tr("Summary")},
        rows, {16, 22, 34, 28},
        [&out](int, int column) { return column == 0 ? out.bold() : out.body(); });
    const EvidenceSet::Target& first = set.targets.first();
    out.paragraph(EvidenceReport::tr("Host") + QStringLiteral(": ") + first.report.hostName
            + QStringLiteral(" · opsdash ") + first.report.opsdashVersion,
        out.body(), 8);
    out.paragraph(EvidenceSet::tr("Each target follows with its own observation window, "
                                  "verdict, screenshot, checks, pools, sessions and events."),
        out.body());
}

} // namespace

QByteArray render(
    const EvidenceReport& report, const QImage& screenshot, const QByteArray& reportJsonSha256)
{
    return renderDocument(report.end, report.opsdashVersion, reportJsonSha256,
        [&](Writer& out, qreal width, qreal pageHeight, qreal dpi) {
            writeReport(out, report, screenshot, width, pageHeight, dpi,
                {EvidenceReport::tr("opsdash evidence"), false, {}});
        });
}

QByteArray render(
    const EvidenceSet& set, const QList<QImage>& screenshots, const QByteArray& reportJsonSha256)
{
    return renderDocument(set.end(), set.targets.first().report.opsdashVersion, reportJsonSha256,
        [&](Writer& out, qreal width, qreal pageHeight, qreal dpi) {
            writeOverview(out, set);
            for (qsizetype i = 0; i < set.targets.size(); ++i) {
                const EvidenceSet::Target& target = set.targets.at(i);
                writeReport(out, target.report, screenshots.value(i), width, pageHeight, dpi,
                    {EvidenceSet::tr("Target: %1").arg(target.name), true,
                        target.name + QStringLiteral(" · ")});
            }
        });
}

} // namespace opsdash::EvidencePdf
