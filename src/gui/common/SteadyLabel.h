#pragma once

#include <QWidget>

class QLabel;

namespace opsdash {

// Holds a QLabel whose text changes on every tick (poll age and latency, a receipt time,
// counts) so that a new text does not lay out the window. QLabel::setText always asks its
// parent's layout again, the request climbs through every layout, splitter and tab widget up
// to the main window, and the window then measures every label and header anew — most of a
// tick's cost (docs/gui.md, Measured). Here the label's parent has no layout: its request
// stops at this holder, whose size hint is measured once from a sizing text and follows the
// text only when it needs another height (a wrapping label taking another line).
// The label keeps its object name, text, tooltip and interaction: code and tests use it as
// before. Hiding the label does not hide the holder: hold only labels that stay shown.
class SteadyLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SteadyLabel)

public:
    // Takes `label`'s place in its parent's layout (nested layouts included), if it has one,
    // and holds it. `sizingText`: the longest text expected (its width is the size hint's);
    // empty: the label's text at this moment. The holder is the label's parent's child.
    explicit SteadyLabel(QLabel* label, const QString& sizingText = {});
    static SteadyLabel* hold(QLabel* label, const QString& sizingText = {});
    ~SteadyLabel() override;

    QLabel* label() const { return m_label; }
    void setSizingText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void measure();
    int neededHeight(int width) const;

    QLabel* m_label{nullptr};
    QString m_sizingText;
    int m_hintWidth{0};
    int m_lineHeight{0};
    int m_neededHeight{0}; // at the current width, as last passed on to the layout
};

} // namespace opsdash
