#pragma once

#include "model/Finding.h"
#include "model/StatusCounts.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <array>
#include <functional>
#include <optional>

namespace opsdash {

// The drift panel's groups, in display order: the planes of docs/checks.md, with the canary's
// session checks (live.session.*) apart, since they come from the session sources.
enum class DriftGroup { Source, Server, Live, Sessions };

// Every drift finding as one table, grouped by plane: the source checks of the checkout,
// the server and live checks of the watched target, the session checks. Each feed is
// replaced as a whole when it has news; a refresh that keeps the same checks in the same
// order only changes data, so selection and scroll position survive a poll tick.
class DriftModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftModel)

public:
    enum Column {
        PlaneColumn,
        StatusColumn,
        CheckColumn,
        ExpectedColumn,
        ActualColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // CheckStatus as int
        GroupRole, // DriftGroup as int
        GroupNameRole, // the group's name on every row (Display shows it on the first only)
        LocationRole, // "path:line" (or "path") relative to the checkout; empty when none
        ReasonRole,
    };
    // Where a finding came from; each is replaced whole by setFindings().
    enum class Feed { Source, Target, Sessions };

    struct Location
    {
        QString path; // relative to the checkout, '/'-separated
        int line{0}; // 1-based; 0 when the evidence names the file only
        QString toString() const;
    };

    // What marks a check's row (an acknowledgement, a mute): its icon (DecorationRole) on the
    // check column and a line (ToolTipRole) under the row's tooltip; an invalid QVariant: none.
    using Mark = std::function<QVariant(const QString& checkId, int role)>;

    explicit DriftModel(QObject* parent = nullptr);
    ~DriftModel() override;

    void setFindings(Feed feed, const QList<Finding>& findings);
    QList<Finding> findings() const; // in display order
    void setMark(Mark mark);
    void refreshMarks(); // the marks changed
    const Finding& finding(int row) const;
    StatusCounts counts() const;

    static DriftGroup groupOf(const Finding& finding);
    static QString groupName(DriftGroup group);
    // The file a source finding's evidence names (never a glob, a query or a window).
    static std::optional<Location> locationOf(const Finding& finding);
    static QIcon statusIcon(CheckStatus status);

    // By a column (QTableView's header click); -1: the design's order, grouped by plane.
    // Status ascending is worst first. Kept through later setFindings().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Finding finding;
        DriftGroup group;
        bool firstInGroup;
        int designOrder; // the row's place in the design's order
    };

    void orderRows(QList<Row>& rows) const;

    QString toolTip(const Row& row) const;

    std::array<QList<Finding>, 3> m_feeds;
    QList<Row> m_rows;
    int m_sortColumn{-1};
    Qt::SortOrder m_sortOrder{Qt::AscendingOrder};
    Mark m_mark;
};

} // namespace opsdash
