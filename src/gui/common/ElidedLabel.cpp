#include "gui/common/ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace opsdash {

namespace {
const QString BadgeDot = QStringLiteral("● ");
} // namespace

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel{parent}
{
    setTextFormat(Qt::RichText);
    setWordWrap(false);
}

ElidedLabel::~ElidedLabel() = default;

void ElidedLabel::setText(const QString& text)
{
    m_text = text;
    m_badge = QColor{};
    render();
}

void ElidedLabel::setBadge(const QColor& colour, const QString& text)
{
    m_text = text;
    m_badge = colour;
    render();
}

void ElidedLabel::setDetail(const QString& detail)
{
    m_detail = detail;
    render();
}

void ElidedLabel::clear()
{
    setText({});
}

QFont ElidedLabel::textFont() const
{
    QFont font = this->font();
    font.setBold(m_badge.isValid());
    return font;
}

int ElidedLabel::prefixWidth() const
{
    return m_badge.isValid() ? fontMetrics().horizontalAdvance(BadgeDot) : 0;
}

int ElidedLabel::shownWidth() const
{
    return prefixWidth() + QFontMetrics{textFont()}.horizontalAdvance(m_shown);
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int width = prefixWidth() + QFontMetrics{textFont()}.horizontalAdvance(m_text)
        + margins.left() + margins.right() + 2 * margin() + 2;
    return {width, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few characters and the ellipsis: below that a layout hides nothing more.
    const QSize whole = sizeHint();
    return {std::min(whole.width(), prefixWidth() + fontMetrics().averageCharWidth() * 6),
        whole.height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::render()
{
    // The label holds the whole text (text() is what code and tests read); only painting
    // elides it, to what the label's width holds.
    if (m_badge.isValid())
        QLabel::setText(QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b>")
                            .arg(m_badge.name(), m_text.toHtmlEscaped()));
    else
        QLabel::setText(m_text.toHtmlEscaped());
    elide();
    const QString tip = m_detail.isEmpty() ? m_text
        : m_text.isEmpty()                 ? m_detail
                                           : m_text + QStringLiteral("\n\n") + m_detail;
    setToolTip(tip);
}

void ElidedLabel::elide()
{
    // The widest the text may be: what the label has, less the dot.
    const int room = contentsRect().width() - 2 * margin() - prefixWidth();
    const QFontMetrics metrics{textFont()};
    m_shown = metrics.horizontalAdvance(m_text) <= room
        ? m_text
        : metrics.elidedText(m_text, Qt::ElideRight, std::max(0, room));
    update();
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter{this};
    QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QColor ink
        = palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole());
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    if (m_badge.isValid()) {
        painter.setPen(m_badge);
        painter.drawText(area, flags, BadgeDot);
        area.setLeft(area.left() + prefixWidth());
    }
    painter.setPen(ink);
    painter.setFont(textFont());
    painter.drawText(area, flags, m_shown);
}

} // namespace opsdash
