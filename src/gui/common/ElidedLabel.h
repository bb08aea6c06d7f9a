#pragma once

#include <QColor>
#include <QLabel>

namespace opsdash {

// A one-line label that never cuts its text mid-word: when it is narrower than its text it
// paints it elided with "…" (text() keeps the whole), and its tooltip always carries it (then
// `detail`, when given). Its minimum width is a few characters, so a layout may squeeze it; its
// size hint is the whole text. The status bar's labels are these (issue 24: German words are
// longer).
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    ~ElidedLabel() override;

    // Plain text (hides QLabel::setText: this label's text is always plain or a badge).
    void setText(const QString& text);
    // A state badge: a dot in `colour`, then `text` in bold.
    void setBadge(const QColor& colour, const QString& text);
    // Said in the tooltip after the whole text.
    void setDetail(const QString& detail);
    void clear();

    QString fullText() const { return m_text; }
    // The text as painted (elided or whole), without the badge's dot; and its width in
    // pixels with the dot.
    QString shownText() const { return m_shown; }
    int shownWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();
    void elide();
    QFont textFont() const; // bold for a badge
    int prefixWidth() const;

    QString m_text;
    QString m_detail;
    QColor m_badge; // invalid: plain text
    QString m_shown;
};

} // namespace opsdash
