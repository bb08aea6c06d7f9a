#pragma once

#include "sessions/SessionExpiry.h"

#include <QWidget>

#include <array>

namespace opsdash {

// Sessions expiring per hour over the next 24 h, as bars: a small painted widget rather than
// a chart, because it redraws with the countdown and needs no axes beyond "now … +24 h".
// The first hour is drawn in the warning colour; stale data is drawn grey.
class ExpiryHistogram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiryHistogram)

public:
    using Bins = std::array<int, ExpirySummary::kHistogramHours>;

    explicit ExpiryHistogram(QWidget* parent = nullptr);
    ~ExpiryHistogram() override;

    void setBins(const Bins& bins, int later);
    void setStale(bool stale);
    void clear();

    const Bins& bins() const { return m_bins; }
    int later() const { return m_later; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Bins m_bins{};
    int m_later{0};
    bool m_stale{false};
    bool m_empty{true};
};

} // namespace opsdash
