#pragma once

#include "model/Finding.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace opsdash {

class DriftModel;

// The drift checks at a glance, always in view (under the pool budgets): the counts per
// status and one line per check that does not pass — check id, expected and found, and the
// file:line of its evidence (or its plane). It shows whatever the drift model holds, from
// any feed, so a check added there shows up here without a change. Every line is a link,
// reachable with Tab and opened with Enter or a click: checkActivated() names the check;
// the counts line names none (the Drift tab as a whole).
class DriftSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftSummary)

public:
    // Lines shown before the summary is laid out; then as many as its height holds
    // (the last one then counts the rest).
    static constexpr int kMaxLines = 10;

    explicit DriftSummary(DriftModel* model, QWidget* parent = nullptr);
    ~DriftSummary() override;

    // Not live (paused or disconnected) since the poll at `lastPoll`: the server and live lines
    // are greyed and a note gives that time. An invalid time: live again.
    void setStaleSince(const QDateTime& lastPoll);

    // As shown (elided, and with the "… n more" line), in plain text, for tests.
    QString countsText() const;
    QStringList problemLines() const;

signals:
    void checkActivated(const QString& checkId); // empty: no check in particular

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Line
    {
        CheckStatus status;
        QString checkId;
        QString values; // "expected …, found …"
        QString shortValues; // the same without asides in parentheses
        QString where; // path:line in the checkout, or the plane
        bool fromServer; // a server or live check: greyed while not live
    };

    void refresh();
    void renderProblems();
    void showStaleSince();
    int linesThatFit() const;

    DriftModel* m_model;
    QLabel* m_counts{nullptr};
    QLabel* m_problems{nullptr};
    QLabel* m_staleNote{nullptr};
    QDateTime m_staleSince;
    QString m_countsText;
    QStringList m_problemLines;
    QHash<QString, QString> m_toolTips; // by check id
    QList<Line> m_lines; // every check that does not pass, worst first
    bool m_sized{false}; // the layout has given the problems label its size
};

} // namespace opsdash
