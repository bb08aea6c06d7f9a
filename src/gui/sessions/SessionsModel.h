#pragma once

#include "model/Baseline.h"
#include "sessions/SessionExpiry.h"
#include "sessions/SessionSnapshot.h"

#include <QAbstractTableModel>
#include <QFont>

#include <array>

namespace opsdash {

// The login sessions of one snapshot, nearest deadline first, on the server's clock: at
// receipt the snapshot's serverTime is "now"; after that the server's now is serverTime plus
// the time elapsed since receipt (setElapsed, once a second from the panel), so the countdown
// runs without a new fetch and never reads the desktop's wall clock. Buckets, counts and the
// histogram follow the countdown. Only the 12-digit hash of a session is ever shown.
class SessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsModel)

public:
    enum Column { Status, User, Created, LastSeen, ExpiresIn, Age, Session, ColumnCount };
    enum Role {
        BucketRole = Qt::UserRole + 1, // int(ExpiryBucket)
        MillisecondsLeftRole, // qint64, negative once expired
        ExpiredRole, // bool
    };

    explicit SessionsModel(const Thresholds::Session& thresholds, QObject* parent = nullptr);
    ~SessionsModel() override;

    // A new read of the source: resets the rows; the countdown starts from zero.
    void setSnapshot(const SessionSnapshot& snapshot);
    void clear();
    // Milliseconds since the snapshot arrived (monotonic, the desktop's elapsed time).
    void setElapsed(qint64 milliseconds);
    qint64 elapsed() const { return m_elapsedMs; }
    // Stale data is greyed and loses its bucket colours; it is kept, not cleared.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    bool hasSnapshot() const { return m_serverTime.isValid(); }
    // The server's clock now: serverTime + elapsed.
    QDateTime serverNow() const;
    // Counts, soonest expiry and histogram as of serverNow(); sessions is left empty.
    const ExpirySummary& summary() const { return m_summary; }
    int expiredSinceReceipt() const { return m_expiredSinceReceipt; }
    const SessionStanding* standing(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SessionStanding atReceipt; // as SessionExpiry placed it on serverTime
        qint64 left{0}; // now, after the countdown
        std::optional<qint64> age;
        ExpiryBucket bucket{ExpiryBucket::Ok};
        bool expired{false};
        // The time columns as last shown (LastSeen, ExpiresIn, Age): formatted once per
        // tick, and compared so only cells whose text changed are repainted.
        std::array<QString, 3> times;
    };

    struct Changes
    {
        // Rows that changed bucket (status column and colours): whole rows repaint.
        int bucketFirst{-1};
        int bucketLast{-1};
        std::array<QList<int>, 3> rows; // per time column, the rows whose text changed
    };

    Changes recount();
    void emitTimeChanges(const Changes& changes, int rows);
    QVariant display(const Row& row, int column) const;
    QString bucketText(const Row& row) const;

    Thresholds::Session m_thresholds;
    QList<Row> m_rows;
    ExpirySummary m_summary;
    QDateTime m_serverTime;
    qint64 m_elapsedMs{0};
    int m_expiredSinceReceipt{0};
    bool m_stale{false};
    QFont m_monoFont;
    QFont m_boldFont;
};

} // namespace opsdash
