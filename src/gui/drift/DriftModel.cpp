#include "gui/drift/DriftModel.h"

#include "gui/common/CheckStatusText.h"
#include "gui/common/Palette.h"
#include "gui/common/TimeDisplay.h"

#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QRegularExpression>

#include <algorithm>

namespace opsdash {

namespace {

// A coloured disc with a shape that tells the status apart without colour.
QPixmap statusPixmap(CheckStatus status, int size)
{
    QPixmap pixmap{size, size};
    pixmap.fill(Qt::transparent);
    QPainter painter{&pixmap};
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = Palette::forStatus(status);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const qreal s = size;
    painter.drawEllipse(QRectF{0.5, 0.5, s - 1.0, s - 1.0});
    QPen pen{Qt::white, std::max(1.5, s / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin};
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (status) {
    case CheckStatus::Pass: {
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.69);
        tick.lineTo(s * 0.74, s * 0.34);
        painter.drawPath(tick);
        break;
    }
    case CheckStatus::Fail:
        painter.drawLine(QPointF{s * 0.32, s * 0.32}, QPointF{s * 0.68, s * 0.68});
        painter.drawLine(QPointF{s * 0.68, s * 0.32}, QPointF{s * 0.32, s * 0.68});
        break;
    case CheckStatus::Unknown:
    case CheckStatus::Missing: {
        QFont font;
        font.setBold(true);
        font.setPixelSize(static_cast<int>(s * 0.72));
        painter.setFont(font);
        painter.drawText(QRectF{0, 0, s, s}, Qt::AlignCenter,
            status == CheckStatus::Unknown ? QStringLiteral("?") : QStringLiteral("!"));
        break;
    }
    case CheckStatus::NotChecked:
        painter.drawLine(QPointF{s * 0.3, s * 0.5}, QPointF{s * 0.7, s * 0.5});
        break;
    }
    return pixmap;
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace

QString DriftModel::Location::toString() const
{
    return line > 0 ? path + u':' + QString::number(line) : path;
}

DriftModel::DriftModel(QObject* parent)
    : QAbstractTableModel{parent}
{ }

DriftModel::~DriftModel() = default;

DriftGroup DriftModel::groupOf(const Finding& finding)
{
    switch (finding.plane) {
    case Plane::Source:
        return DriftGroup::Source;
    case Plane::Server:
        return DriftGroup::Server;
    case Plane::Live:
        return finding.checkId.startsWith(QLatin1String{"live.session."}) ? DriftGroup::Sessions
                                                                          : DriftGroup::Live;
    }
    return DriftGroup::Live;
}

QString DriftModel::groupName(DriftGroup group)
{
    switch (group) {
    case DriftGroup::Source:
        return tr("source");
    case DriftGroup::Server:
        return tr("server");
    case DriftGroup::Live:
        return tr("live");
    case DriftGroup::Sessions:
        return tr("sessions");
    }
    return {};
}

QIcon DriftModel::statusIcon(CheckStatus status)
{
    static const std::array<QIcon, 5> icons = [] {
        std::array<QIcon, 5> made;
        for (const CheckStatus each : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Unknown,
                 CheckStatus::Missing, CheckStatus::NotChecked}) {
            QIcon icon;
            for (const int size : {16, 24, 32, 48})
                icon.addPixmap(statusPixmap(each, size));
            made[static_cast<std::size_t>(each)] = icon;
        }
        return made;
    }();
    return icons[static_cast<std::size_t>(status)];
}

std::optional<DriftModel::Location> DriftModel::locationOf(const Finding& finding)
{
    // Source evidence is "relative/path:line" or "relative/path"; a glob names no file,
    // and an absolute path is the checkout itself (missing), not a file in it.
    if (finding.plane != Plane::Source || finding.evidence.isEmpty()
        || finding.evidence.startsWith(u'/'))
        return std::nullopt;
    static const QRegularExpression form{
        QStringLiteral("^([^*?\\[\\]\\s][^*?\\[\\]]*?)(?::(\\d+))?$")};
    const QRegularExpressionMatch match = form.match(finding.evidence);
    if (!match.hasMatch())
        return std::nullopt;
    const QString path = match.captured(1);
    if (path.endsWith(u'/') || path.contains(QLatin1String{".."}))
        return std::nullopt;
    return Location{path, match.captured(2).isEmpty() ? 0 : match.captured(2).toInt()};
}

void DriftModel::setFindings(Feed feed, const QList<Finding>& findings)
{
    m_feeds[static_cast<std::size_t>(feed)] = findings;

    QList<Row> rows;
    for (const QList<Finding>& list : m_feeds) {
        for (const Finding& finding : list)
            rows.append(Row{finding, groupOf(finding), false, 0});
    }
    // Grouped by plane, each group in the order its source reported (the order of docs/checks.md).
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.group < b.group; });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].designOrder = static_cast<int>(i);
    orderRows(rows);

    const bool sameShape = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row& a, const Row& b) {
               return a.finding.checkId == b.finding.checkId && a.group == b.group;
           });
    if (sameShape) {
        // Only the rows that changed: a dataChanged over all of them each poll made the
        // view repaint and re-measure every cell.
        const auto same = [](const Finding& a, const Finding& b) {
            return a.status == b.status && a.expected == b.expected && a.actual == b.actual
                && a.evidence == b.evidence && a.reason == b.reason && a.firstSeen == b.firstSeen
                && a.plane == b.plane;
        };
        int first = -1;
        int last = -1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!same(rows.at(i).finding, m_rows.at(i).finding)) {
                first = first < 0 ? static_cast<int>(i) : first;
                last = static_cast<int>(i);
            }
        }
        m_rows = std::move(rows);
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DriftModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> designOrderBefore;
    designOrderBefore.reserve(m_rows.size());
    for (const Row& row : std::as_const(m_rows))
        designOrderBefore << row.designOrder;
    orderRows(m_rows);
    QList<int> rowOfDesignOrder(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        rowOfDesignOrder[m_rows.at(i).designOrder] = static_cast<int>(i);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& old : before)
        after << index(rowOfDesignOrder.at(designOrderBefore.at(old.row())), old.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DriftModel::orderRows(QList<Row>& rows) const
{
    std::sort(rows.begin(), rows.end(),
        [](const Row& a, const Row& b) { return a.designOrder < b.designOrder; });
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount) {
        // By the column, ties in the design's order; status worst first (fail, missing,
        // unknown, then the rest) when ascending.
        const auto key = [column = m_sortColumn](const Row& row) -> QString {
            switch (column) {
            case PlaneColumn:
                return QString::number(static_cast<int>(row.group));
            case StatusColumn:
                // Not-checked before pass: neither is a problem, but only one was checked.
                return QString::number(worstFirstRank(row.finding.status))
                    + (row.finding.status == CheckStatus::Pass ? QLatin1Char{'1'}
                                                               : QLatin1Char{'0'});
            case CheckColumn:
                return row.finding.checkId;
            case ExpectedColumn:
                return row.finding.expected;
            case ActualColumn:
                return row.finding.actual;
            default:
                return row.finding.evidence;
            }
        };
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::stable_sort(rows.begin(), rows.end(), [&key, ascending](const Row& a, const Row& b) {
            const int order = QString::localeAwareCompare(key(a), key(b));
            return ascending ? order < 0 : order > 0;
        });
    }
    // Sorted, the plane is named on every row; in the design's order, on each group's first.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].firstInGroup
            = m_sortColumn >= 0 || i == 0 || rows.at(i - 1).group != rows.at(i).group;
    }
}

QList<Finding> DriftModel::findings() const
{
    QList<Finding> result;
    result.reserve(m_rows.size());
    for (const Row& row : m_rows)
        result.append(row.finding);
    return result;
}

const Finding& DriftModel::finding(int row) const
{
    return m_rows.at(row).finding;
}

StatusCounts DriftModel::counts() const
{
    StatusCounts counts;
    for (const Row& row : m_rows)
        counts.add(row.finding.status);
    return counts;
}

int DriftModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DriftModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DriftModel::toolTip(const Row& row) const
{
    const Finding& finding = row.finding;
    QStringList lines{
        QStringLiteral("%1 — %2").arg(finding.checkId, CheckStatusText::label(finding.status)),
        tr("expected: %1").arg(finding.expected),
        tr("actual: %1").arg(finding.actual.isEmpty() ? tr("(nothing observed)") : finding.actual),
        tr("evidence: %1").arg(finding.evidence),
    };
    if (!finding.reason.isEmpty())
        lines.append(tr("why: %1").arg(finding.reason));
    if (finding.firstSeen.isValid())
        lines.append(tr("first seen: %1").arg(TimeDisplay::format(finding.firstSeen)));
    if (locationOf(finding))
        lines.append(tr("Enter or double-click opens the file; Ctrl+C copies the location."));
    return lines.join(u'\n');
}

void DriftModel::setMark(Mark mark)
{
    m_mark = std::move(mark);
    refreshMarks();
}

void DriftModel::refreshMarks()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::DecorationRole, Qt::ToolTipRole});
}

QVariant DriftModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Finding& finding = row.finding;
    switch (role) {
    case StatusRole:
        return static_cast<int>(finding.status);
    case GroupRole:
        return static_cast<int>(row.group);
    case GroupNameRole:
        return groupName(row.group);
    case LocationRole: {
        const std::optional<Location> location = locationOf(finding);
        return location ? location->toString() : QString{};
    }
    case ReasonRole:
        return finding.reason;
    case Qt::ToolTipRole: {
        const QString mark = m_mark ? m_mark(finding.checkId, role).toString() : QString{};
        return mark.isEmpty() ? toolTip(row) : toolTip(row) + QLatin1Char{'\n'} + mark;
    }
    default:
        break;
    }

    switch (index.column()) {
    case PlaneColumn:
        if (role == Qt::DisplayRole)
            return row.firstInGroup ? groupName(row.group) : QString{};
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::AccessibleTextRole)
            return groupName(row.group);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return CheckStatusText::label(finding.status);
        if (role == Qt::DecorationRole)
            return statusIcon(finding.status);
        if (role == Qt::FontRole && finding.status != CheckStatus::Pass) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case CheckColumn:
        if (role == Qt::DisplayRole)
            return finding.checkId;
        if (role == Qt::FontRole)
            return fixedFont();
        if (role == Qt::DecorationRole && m_mark)
            return m_mark(finding.checkId, role);
        break;
    case ExpectedColumn:
        if (role == Qt::DisplayRole)
            return finding.expected;
        break;
    case ActualColumn:
        // Nothing observed: the reason says why (no repository, no such file, …).
        if (role == Qt::DisplayRole) {
            if (!finding.actual.isEmpty())
                return finding.actual;
            return finding.reason.isEmpty() ? QStringLiteral("—")
                                            : QStringLiteral("— ") + finding.reason;
        }
        if (role == Qt::FontRole && finding.actual.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return finding.evidence;
        if (role == Qt::FontRole && locationOf(finding)) {
            QFont font = fixedFont();
            font.setUnderline(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlaneColumn:
        return tr("Plane");
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("Check");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace opsdash
