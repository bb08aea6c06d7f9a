#pragma once

#include "model/Activity.h"

#include <QWidget>

#include <optional>

namespace opsdash {

// One pool at a glance: "web  87 / 150 (58 %)" over a bar split by backend state, its
// outline coloured by the baseline's warn/critical thresholds.
class PoolBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolBar)

public:
    explicit PoolBar(const QString& pool, std::optional<qint64> budget, QWidget* parent = nullptr);

    void setThresholds(double warnPercent, double criticalPercent);
    // scale: the count a full bar stands for when the pool has no budget (usable slots).
    void setUsage(const PoolUsage& usage, int peak, int scale);
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // A role or database CONNECTION LIMIT on the pool (none: no limit applies). When it is
    // below the budget the bar marks it, and the percentage is of the lower of the two.
    void setLimit(std::optional<qint64> limit);
    // A budget that is not the baseline's (PgBouncer's pool sizes) or that changed.
    void setBudget(std::optional<qint64> budget);

    QString pool() const { return m_pool; }
    QString caption() const; // the text drawn above the bar; tests read it
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Wider bars are taller, with a larger caption: on a 4K window at scale 1 a bar of the
    // standard three lines was a thin strip in an empty column. The size hint follows the
    // width the bar has (asked again when a resize crosses into another scale).
    int heightForWidth(int width) const override;
    // 1 up to kWidthForOne px wide, growing with the width to at most kMaxScale.
    static double scaleForWidth(int width);
    static constexpr int kWidthForOne{800};
    static constexpr double kMaxScale{2.0};

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    double percent() const;
    // The budget, or the limit when that is lower; none for a pool without a budget.
    std::optional<qint64> ceiling() const;

    QString m_pool;
    std::optional<qint64> m_budget;
    std::optional<qint64> m_limit;
    PoolUsage m_usage;
    int m_peak{0};
    int m_scale{1};
    double m_warn{80};
    double m_critical{95};
    bool m_stale{false};
};

} // namespace opsdash
