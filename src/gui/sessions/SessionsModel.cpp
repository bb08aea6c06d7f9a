#include "gui/sessions/SessionsModel.h"

#include "gui/common/Palette.h"
#include "gui/common/TimeDisplay.h"

#include <QBrush>
#include <QFont>

namespace opsdash {

namespace {

QColor tint(const QColor& colour)
{
    // A wash behind the text: the row reads as warn/critical without losing contrast, on
    // light and dark window backgrounds alike.
    QColor washed = colour;
    washed.setAlpha(70);
    return washed;
}

} // namespace

SessionsModel::SessionsModel(const Thresholds::Session& thresholds, QObject* parent)
    : QAbstractTableModel{parent}
    , m_thresholds{thresholds}
    , m_monoFont{QStringLiteral("monospace")}
{
    m_monoFont.setStyleHint(QFont::Monospace);
    m_boldFont.setBold(true);
    TimeDisplay::follow(this, {Created});
}

SessionsModel::~SessionsModel() = default;

void SessionsModel::setSnapshot(const SessionSnapshot& snapshot)
{
    ExpirySummary evaluated = SessionExpiry::evaluate(snapshot, m_thresholds);
    QList<Row> rows;
    rows.reserve(evaluated.sessions.size());
    for (SessionStanding& standing : evaluated.sessions) {
        Row row;
        row.atReceipt = std::move(standing);
        rows.append(std::move(row));
    }
    evaluated.sessions.clear();

    // Rows are positions in the order by time left, not identities: a new read changes
    // the cells in place and adds or drops rows at the end, rather than resetting the
    // model — a reset makes the view rebuild its header and scroll back to the top every
    // poll.
    const int before = static_cast<int>(m_rows.size());
    const int after = static_cast<int>(rows.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows.resize(after);
        endRemoveRows();
    }
    // What the rows that stay in place showed, to repaint only what changed: painting text
    // is most of a tick's cost.
    const bool wasStale = m_stale;
    struct Shown
    {
        QString hash;
        ExpiryBucket bucket;
        bool expired;
    };
    QList<Shown> shown;
    shown.reserve(std::min(before, after));
    for (int i = 0; i < std::min(before, after); ++i) {
        const Row& row = m_rows.at(i);
        shown.append({row.atReceipt.record.hash, row.bucket, row.expired});
    }
    // Compared against what each position showed, so unchanged cells are not repainted.
    for (int i = 0; i < std::min(before, after); ++i)
        rows[i].times = m_rows.at(i).times;
    Changes changes;
    const auto adopt = [&] {
        m_rows = std::move(rows);
        m_summary = std::move(evaluated);
        m_serverTime = snapshot.serverTime;
        m_elapsedMs = 0;
        m_expiredSinceReceipt = 0;
        m_stale = false;
        changes = recount();
    };
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        adopt();
        endInsertRows();
    } else {
        adopt();
    }
    const int kept = std::min(before, after);
    if (kept == 0)
        return;
    if (wasStale) {
        emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
        return;
    }
    // The time cells whose text changed; a row's other cells only when another session
    // (or another bucket) took its place.
    emitTimeChanges(changes, kept);
    int first = -1;
    int last = -1;
    for (int i = 0; i < kept; ++i) {
        const Row& row = m_rows.at(i);
        const Shown& was = shown.at(i);
        if (row.atReceipt.record.hash != was.hash || row.bucket != was.bucket
            || row.expired != was.expired) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SessionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_summary = {};
    m_serverTime = {};
    m_elapsedMs = 0;
    m_expiredSinceReceipt = 0;
    endResetModel();
}

void SessionsModel::setElapsed(qint64 milliseconds)
{
    if (milliseconds == m_elapsedMs || m_rows.isEmpty()) {
        m_elapsedMs = milliseconds;
        return;
    }
    m_elapsedMs = milliseconds;
    const Changes changes = recount();
    // Everything shifts by the same amount, so the order by time left holds: only the
    // time cells whose text changed (most show minutes and change once a minute), and the
    // status column (and the row colours) only when a session crossed a threshold. Narrow
    // ranges keep the repaint small.
    if (changes.bucketFirst >= 0) {
        emit dataChanged(index(changes.bucketFirst, 0), index(changes.bucketLast, ColumnCount - 1));
    }
    emitTimeChanges(changes, rowCount());
}

void SessionsModel::emitTimeChanges(const Changes& changes, int rows)
{
    // One signal per run of neighbouring rows: the view repaints just those cells (the
    // seconds-showing ones are scattered: new sessions at the bottom, expiring at the top).
    for (std::size_t i = 0; i < changes.rows.size(); ++i) {
        const int column = LastSeen + static_cast<int>(i);
        const QList<int>& changed = changes.rows.at(i);
        qsizetype at = 0;
        while (at < changed.size() && changed.at(at) < rows) {
            const int first = changed.at(at);
            int last = first;
            while (at + 1 < changed.size() && changed.at(at + 1) == last + 1 && last + 1 < rows)
                last = changed.at(++at);
            ++at;
            emit dataChanged(index(first, column), index(last, column), {Qt::DisplayRole});
        }
    }
}

void SessionsModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDateTime SessionsModel::serverNow() const
{
    return m_serverTime.isValid() ? m_serverTime.addMSecs(m_elapsedMs) : QDateTime{};
}

const SessionStanding* SessionsModel::standing(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).atReceipt : nullptr;
}

SessionsModel::Changes SessionsModel::recount()
{
    Changes changes;
    const QDateTime now = serverNow();
    int position = -1;
    const int expiredAtReceipt = m_summary.expired - m_expiredSinceReceipt;
    m_summary.clearCounts();
    m_expiredSinceReceipt = 0;
    m_summary.serverTime = serverNow();
    for (Row& row : m_rows) {
        ++position;
        const qint64 toExpiry = m_serverTime.msecsTo(row.atReceipt.record.expiresAt) - m_elapsedMs;
        row.left = row.atReceipt.millisecondsLeft - m_elapsedMs;
        row.age = row.atReceipt.ageMilliseconds
            ? std::optional<qint64>{*row.atReceipt.ageMilliseconds + m_elapsedMs}
            : std::nullopt;
        const ExpiryBucket before = row.bucket;
        const bool wasExpired = row.expired;
        row.expired = toExpiry <= 0;
        row.bucket = row.expired ? ExpiryBucket::Critical
                                 : SessionExpiry::classify(row.left, row.age, m_thresholds);
        if (before != row.bucket || wasExpired != row.expired) {
            if (changes.bucketFirst < 0)
                changes.bucketFirst = position;
            changes.bucketLast = position;
        }
        const SessionRecord& record = row.atReceipt.record;
        std::array<QString, 3> times;
        if (record.lastSeenAt) {
            const qint64 ago = record.lastSeenAt->msecsTo(now);
            times[0]
                = ago < 1000 ? tr("just now") : tr("%1 ago").arg(SessionExpiry::formatLeft(ago));
        } else {
            times[0] = QStringLiteral("—");
        }
        times[1] = SessionExpiry::formatLeft(row.left);
        times[2] = row.age ? SessionExpiry::formatLeft(*row.age) : QStringLiteral("—");
        for (std::size_t i = 0; i < times.size(); ++i) {
            if (times.at(i) == row.times.at(i))
                continue;
            row.times[i] = std::move(times[i]);
            changes.rows[i].append(position);
        }
        if (row.expired) {
            ++m_expiredSinceReceipt;
            continue;
        }
        m_summary.count(row.bucket, toExpiry);
    }
    m_summary.expired = expiredAtReceipt + m_expiredSinceReceipt;
    m_summary.active = static_cast<int>(m_rows.size()) - m_expiredSinceReceipt;
    return changes;
}

int SessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionsModel::bucketText(const Row& row) const
{
    if (row.expired)
        return tr("expired");
    switch (row.bucket) {
    case ExpiryBucket::Ok:
        return tr("ok");
    case ExpiryBucket::Warn:
        return tr("warn");
    case ExpiryBucket::Critical:
        return tr("critical");
    case ExpiryBucket::OverAge:
        return tr("over age");
    }
    return {};
}

QVariant SessionsModel::display(const Row& row, int column) const
{
    const SessionRecord& record = row.atReceipt.record;
    switch (column) {
    case Status:
        return bucketText(row);
    case User:
        return record.user;
    case Created:
        return record.createdAt ? TimeDisplay::format(*record.createdAt, DisplayZone::Style::Minute)
                                : QStringLiteral("—");
    case LastSeen:
        return row.times.at(0);
    case ExpiresIn:
        return row.times.at(1);
    case Age:
        return row.times.at(2);
    case Session:
        return record.hash;
    default:
        return {};
    }
}

QVariant SessionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const SessionRecord& record = row.atReceipt.record;
        if (index.column() == ExpiresIn)
            return tr("expires %1 (server clock)").arg(TimeDisplay::format(record.expiresAt));
        if (index.column() == Created && record.createdAt)
            return TimeDisplay::format(*record.createdAt);
        if (index.column() == LastSeen && record.lastSeenAt)
            return TimeDisplay::format(*record.lastSeenAt);
        if (index.column() == Session)
            return tr("first 12 hex digits of md5 of the session token; the token itself is "
                      "never read or shown");
        return {};
    }
    case TimeDisplay::IsoUtcRole:
        return index.column() == Created && row.atReceipt.record.createdAt
            ? DisplayZone::isoUtc(*row.atReceipt.record.createdAt)
            : QVariant{};
    case Qt::TextAlignmentRole:
        if (index.column() == ExpiresIn || index.column() == Age || index.column() == LastSeen)
            return QVariant{Qt::AlignRight | Qt::AlignVCenter};
        return QVariant{Qt::AlignLeft | Qt::AlignVCenter};
    case Qt::BackgroundRole:
        if (m_stale || row.expired)
            return {};
        if (row.bucket == ExpiryBucket::Critical || row.bucket == ExpiryBucket::OverAge)
            return QBrush{tint(Palette::critical())};
        if (row.bucket == ExpiryBucket::Warn)
            return QBrush{tint(Palette::warning())};
        return {};
    case Qt::ForegroundRole:
        if (m_stale || row.expired)
            return QBrush{Palette::disconnected()};
        return {};
    case Qt::FontRole:
        // Built once: a fresh QFont per cell and paint costs a font lookup each time.
        if (index.column() == Session)
            return m_monoFont;
        if (index.column() == Status && !m_stale && row.bucket != ExpiryBucket::Ok)
            return m_boldFont;
        return {};
    case BucketRole:
        return static_cast<int>(row.bucket);
    case MillisecondsLeftRole:
        return row.left;
    case ExpiredRole:
        return row.expired;
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case User:
        return tr("User");
    case Created:
        return tr("Created");
    case LastSeen:
        return tr("Last seen");
    case ExpiresIn:
        return tr("Expires in");
    case Age:
        return tr("Age");
    case Session:
        return tr("Session (hash)");
    default:
        return {};
    }
}

} // namespace opsdash
