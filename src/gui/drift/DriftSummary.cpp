#include "gui/drift/DriftSummary.h"

#include "gui/common/CheckStatusText.h"
#include "gui/common/LinkColour.h"
#include "gui/common/Palette.h"
#include "gui/common/TimeDisplay.h"
#include "gui/drift/DriftModel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdash {

namespace {

const QString CheckScheme = QStringLiteral("check:");

// "86400 s (24 h)" -> "86400 s": the value without what explains it, for a narrow line.
QString withoutAsides(const QString& text)
{
    static const QRegularExpression aside{QStringLiteral("\\s*\\([^()]*\\)")};
    return QString{text}.remove(aside).trimmed();
}

} // namespace

DriftSummary::DriftSummary(DriftModel* model, QWidget* parent)
    : QWidget{parent}
    , m_model{model}
{
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &DriftSummary::showStaleSince);
    auto* layout = new QVBoxLayout{this};
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(2);
    // Links reachable with Tab and opened with Enter, as well as by the mouse.
    const auto interaction = Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard;
    m_counts = new QLabel{this};
    m_counts->setObjectName(QStringLiteral("driftSummaryCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true); // German counts are longer than the column is wide
    m_counts->setTextInteractionFlags(interaction);
    m_counts->setToolTip(tr("Show the Drift tab (Ctrl+3)"));
    layout->addWidget(m_counts);
    m_problems = new QLabel{this};
    m_problems->setObjectName(QStringLiteral("driftSummaryProblems"));
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(interaction);
    m_problems->setWordWrap(false);
    // Its text never sizes it: it takes the width and height left under the pool budgets
    // and fits its lines to them (renderProblems), never widening the pool column.
    m_problems->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_problems, 1);
    m_staleNote = new QLabel{this};
    m_staleNote->setObjectName(QStringLiteral("driftSummaryStale"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setForegroundRole(QPalette::PlaceholderText);
    m_staleNote->setVisible(false);
    layout->addWidget(m_staleNote);
    m_problems->installEventFilter(this);

    const auto open = [this](const QString& link) {
        emit checkActivated(
            link.startsWith(CheckScheme) ? link.mid(CheckScheme.size()) : QString{});
    };
    connect(m_counts, &QLabel::linkActivated, this, open);
    connect(m_problems, &QLabel::linkActivated, this, open);
    // The whole finding, unelided, for the line under the mouse.
    connect(m_problems, &QLabel::linkHovered, this, [this](const QString& link) {
        m_problems->setToolTip(m_toolTips.value(link.mid(CheckScheme.size())));
    });
    // Generic over the model's signals: any feed's change (reset or data) redraws.
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriftSummary::refresh);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &DriftSummary::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DriftSummary::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DriftSummary::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DriftSummary::refresh);
    refresh();
}

DriftSummary::~DriftSummary() = default;

QString DriftSummary::countsText() const
{
    return m_countsText;
}

QStringList DriftSummary::problemLines() const
{
    return m_problemLines;
}

void DriftSummary::refresh()
{
    const QList<Finding> findings = m_model->findings();
    const StatusCounts counts = StatusCounts::of(findings);
    // Without a checkout every source check is not-checked: that is not "0 pass", it is
    // checks not run, said with how to run them.
    const bool anySource = std::any_of(findings.cbegin(), findings.cend(),
        [](const Finding& finding) { return finding.plane == Plane::Source; });
    const bool sourceNotRun
        = anySource && std::all_of(findings.cbegin(), findings.cend(), [](const Finding& finding) {
              return finding.plane != Plane::Source || finding.status == CheckStatus::NotChecked;
          });
    int notChecked = counts.count(CheckStatus::NotChecked);
    if (sourceNotRun) {
        notChecked -= static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
            [](const Finding& finding) { return finding.plane == Plane::Source; }));
    }

    // "Checks: 27 pass · 4 fail · 1 not-checked": pass when anything was checked, the
    // others when present.
    QStringList plain;
    QStringList rich;
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Missing,
             CheckStatus::Unknown, CheckStatus::NotChecked}) {
        const int count = status == CheckStatus::NotChecked ? notChecked : counts.count(status);
        if (count == 0 && (status != CheckStatus::Pass || sourceNotRun))
            continue;
        const QString part = tr("%1 %2").arg(count).arg(CheckStatusText::label(status));
        plain << part;
        rich << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                    .arg(Palette::forStatus(status).name(), statusGlyph(status),
                        part.toHtmlEscaped());
    }
    if (sourceNotRun) {
        const QString part = tr("source checks not run: no checkout (give one with --repo DIR "
                                "or in the profile)");
        plain << part;
        rich << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                    .arg(Palette::forStatus(CheckStatus::NotChecked).name(),
                        statusGlyph(CheckStatus::NotChecked), part.toHtmlEscaped());
    }
    const QString separator = QStringLiteral(" · ");
    if (counts.total() == 0) {
        m_countsText = tr("Checks: none yet");
        LinkColour::setText(m_counts,
            QStringLiteral("<a href=\"drift:\">%1</a>").arg(m_countsText.toHtmlEscaped()));
    } else {
        m_countsText = tr("Checks: %1").arg(plain.join(separator));
        LinkColour::setText(m_counts,
            QStringLiteral("<a href=\"drift:\"><b>%1</b></a> %2")
                .arg(tr("Checks:").toHtmlEscaped(), rich.join(separator)));
    }

    QList<Finding> problems;
    for (const Finding& finding : findings) {
        if (worstFirstRank(finding.status) < 3)
            problems << finding;
    }
    std::stable_sort(problems.begin(), problems.end(), worseByImpact);

    m_toolTips.clear();
    m_lines.clear();
    for (const Finding& finding : std::as_const(problems)) {
        const QString found = finding.actual.isEmpty() ? tr("nothing") : finding.actual;
        const std::optional<DriftModel::Location> location = DriftModel::locationOf(finding);
        const QString where
            = location ? location->toString() : DriftModel::groupName(DriftModel::groupOf(finding));
        m_lines.append(Line{finding.status, finding.checkId,
            tr("expected %1, found %2").arg(finding.expected, found),
            tr("expected %1, found %2").arg(withoutAsides(finding.expected), withoutAsides(found)),
            where, finding.plane != Plane::Source});
        m_toolTips.insert(finding.checkId,
            tr("%1 (%2): expected %3; found %4; evidence %5. Enter or a click shows it in the "
               "Drift tab.")
                .arg(finding.checkId, CheckStatusText::label(finding.status), finding.expected,
                    found, finding.evidence));
    }
    // It gives up vertical space before the name of the worst check: the layout keeps room
    // for that line and the "+N more" one (the pool bars above shrink first).
    const QFontMetrics metrics{m_problems->font()};
    const int rows = static_cast<int>(std::min<qsizetype>(2, m_lines.size()));
    m_problems->setMinimumHeight(rows * (metrics.lineSpacing() + 2) + 2);
    renderProblems();
}

bool DriftSummary::eventFilter(QObject* watched, QEvent* event)
{
    // The problems label's own size (set by the layout, after this widget's resize): the
    // elision and the number of lines follow it. Its size policy ignores its text, so
    // re-rendering never resizes it again.
    if (watched == m_problems && event->type() == QEvent::Resize) {
        m_sized = true;
        renderProblems();
    }
    return QWidget::eventFilter(watched, event);
}

void DriftSummary::setStaleSince(const QDateTime& lastPoll)
{
    if (lastPoll == m_staleSince)
        return;
    m_staleSince = lastPoll;
    showStaleSince();
}

void DriftSummary::showStaleSince()
{
    const QDateTime lastPoll = m_staleSince;
    m_staleNote->setText(lastPoll.isValid()
            ? tr("Server and live lines greyed: not live, last poll at %1.")
                  .arg(TimeDisplay::format(lastPoll, DisplayZone::Style::TimeOfDay))
            : QString{});
    m_staleNote->setVisible(lastPoll.isValid());
    renderProblems();
}

int DriftSummary::linesThatFit() const
{
    // Before the layout has sized it, the label's size means nothing yet.
    if (!m_sized)
        return kMaxLines;
    const QFontMetrics metrics{m_problems->font()};
    const int rowHeight = metrics.lineSpacing() + 2; // the table's cellpadding, top and bottom
    return std::max(2, m_problems->contentsRect().height() / rowHeight);
}

void DriftSummary::renderProblems()
{
    if (m_lines.isEmpty()) {
        m_problemLines.clear();
        m_problems->setVisible(false);
        m_problems->clear();
        return;
    }
    // Showing it may deliver its pending resize, and so a nested render, first: this one
    // then renders again with the same size (the lines are built apart, never appended twice).
    m_problems->setVisible(true);
    QStringList lines;
    // As many lines as the space under the pool budgets holds; when not all do, the last
    // one says how many more the Drift tab has.
    const qsizetype fit = linesThatFit();
    const qsizetype shown = m_lines.size() <= fit ? m_lines.size() : fit - 1;
    const QString more = shown < m_lines.size()
        ? tr("… %n more in the Drift tab", nullptr, static_cast<int>(m_lines.size() - shown))
        : QString{};

    // One line per check at any width: the values and the location share what the check
    // ids leave, the location (the file name and line matter most) elided from the left,
    // the values without their asides ("(24 h)") when they would not fit whole.
    const QFontMetrics metrics{m_problems->font()};
    const int gap = metrics.horizontalAdvance(QStringLiteral("\u00a0\u00a0"));
    int idWidth = 0;
    int whereWidth = 0;
    int valuesWidth = 0;
    for (qsizetype i = 0; i < shown; ++i) {
        idWidth = std::max(idWidth, metrics.horizontalAdvance(m_lines.at(i).checkId));
        whereWidth = std::max(whereWidth, metrics.horizontalAdvance(m_lines.at(i).where));
        valuesWidth = std::max(valuesWidth, metrics.horizontalAdvance(m_lines.at(i).values));
    }
    const int glyphWidth = metrics.horizontalAdvance(QStringLiteral("\u2715\u00a0")) + 4;
    const int rest = std::max(metrics.averageCharWidth() * 24,
        m_problems->contentsRect().width() - idWidth - glyphWidth - 2 * gap - 12);
    if (valuesWidth + whereWidth > rest) {
        // The location gives way first, down to 30 % of what is left (the file name).
        whereWidth = std::min(whereWidth,
            std::max({rest - valuesWidth, rest * 3 / 10, metrics.averageCharWidth() * 12}));
        valuesWidth = rest - whereWidth;
    }

    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (qsizetype i = 0; i < shown; ++i) {
        const Line& line = m_lines.at(i);
        const QString values = metrics.horizontalAdvance(line.values) <= valuesWidth
            ? line.values
            : metrics.elidedText(line.shortValues, Qt::ElideRight, valuesWidth);
        const QString where = metrics.horizontalAdvance(line.where) <= whereWidth
            ? line.where
            : metrics.elidedText(line.where, Qt::ElideLeft, whereWidth);
        lines << line.checkId + QStringLiteral("  ") + values + QStringLiteral("  ") + where;
        // Not live: what came from the server drawn in the disabled text colour, link too.
        const bool greyed = line.fromServer && m_staleSince.isValid();
        const QString grey = palette().color(QPalette::Disabled, QPalette::Text).name();
        const QString id = greyed ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                        .arg(grey, line.checkId.toHtmlEscaped())
                                  : line.checkId.toHtmlEscaped();
        table += QStringLiteral("<tr%1><td><span style=\"color:%2\">%3</span>&nbsp;</td>"
                                "<td><a href=\"%4%5\">%6</a>&nbsp;&nbsp;</td>"
                                "<td>%7&nbsp;&nbsp;</td><td>%8</td></tr>")
                     .arg(greyed ? QStringLiteral(" style=\"color:%1\"").arg(grey) : QString{},
                         greyed ? grey : Palette::forStatus(line.status).name(),
                         statusGlyph(line.status), CheckScheme, line.checkId.toHtmlEscaped(), id,
                         values.toHtmlEscaped(), where.toHtmlEscaped());
    }
    if (!more.isEmpty()) {
        lines << more;
        table
            += QStringLiteral("<tr><td></td><td colspan=\"3\"><a href=\"drift:\">%1</a></td></tr>")
                   .arg(more.toHtmlEscaped());
    }
    table += QStringLiteral("</table>");
    m_problemLines = lines;
    LinkColour::setText(m_problems, table);
}

} // namespace opsdash
