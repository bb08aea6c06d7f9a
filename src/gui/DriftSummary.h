#pragma once

#include "model/Finding.h"

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
    // Problem lines beyond this are counted in a last line, so the pool column stays compact.
    static constexpr int kMaxLines = 10;

    explicit DriftSummary(DriftModel* model, QWidget* parent = nullptr);
    ~DriftSummary() override;

    // As shown, in plain text (for tests and accessibility).
    QString countsText() const;
    QStringList problemLines() const;

signals:
    void checkActivated(const QString& checkId); // empty: no check in particular

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Line
    {
        CheckStatus status;
        QString checkId;
        QString values; // "expected …, found …"
        QString where; // path:line in the checkout, or the plane
    };

    void refresh();
    void renderProblems();

    DriftModel* m_model;
    QLabel* m_counts{nullptr};
    QLabel* m_problems{nullptr};
    QString m_countsText;
    QStringList m_problemLines;
    QHash<QString, QString> m_toolTips; // by check id
    QList<Line> m_lines;
    QString m_more; // "… n more in the Drift tab", or empty
};

} // namespace opsdash
