#include "gui/common/SteadyLabel.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QTextDocumentFragment>

namespace opsdash {

SteadyLabel* SteadyLabel::hold(QLabel* label, const QString& sizingText)
{
    return new SteadyLabel{label, sizingText};
}

SteadyLabel::SteadyLabel(QLabel* label, const QString& sizingText)
    : QWidget{label->parentWidget()}
    , m_label{label}
    , m_sizingText{sizingText.isEmpty() ? label->text() : sizingText}
{
    setObjectName(label->objectName() + QStringLiteral("Holder"));
    // The holder stands in for the label in layouts: same policy (stretch, height for width).
    setSizePolicy(label->sizePolicy());
    // Before the label leaves its parent, which would take it out of the layout. Recursive
    // by default: the label may sit in a nested layout of a form.
    if (QWidget* parent = label->parentWidget(); parent != nullptr && parent->layout() != nullptr)
        delete parent->layout()->replaceWidget(label, this);
    const bool hidden = label->isHidden();
    label->setParent(this);
    label->setVisible(!hidden);
    measure();
    label->setGeometry(rect());
}

SteadyLabel::~SteadyLabel() = default;

void SteadyLabel::setSizingText(const QString& text)
{
    m_sizingText = text;
    measure();
    updateGeometry();
}

void SteadyLabel::measure()
{
    // Only the font and the label's margins count, not its current text.
    const QFontMetrics metrics = m_label->fontMetrics();
    const bool rich = m_label->textFormat() == Qt::RichText
        || (m_label->textFormat() == Qt::AutoText && Qt::mightBeRichText(m_sizingText));
    const QString plain
        = rich ? QTextDocumentFragment::fromHtml(m_sizingText).toPlainText() : m_sizingText;
    // Rich text may set parts in bold: measured bold, it fits either way.
    QFont bold = m_label->font();
    bold.setBold(true);
    const QFontMetrics widest{rich ? bold : m_label->font()};
    const QMargins margins = m_label->contentsMargins();
    const int frame = 2 * m_label->margin();
    m_hintWidth = widest.horizontalAdvance(plain) + margins.left() + margins.right() + frame
        + (m_label->indent() > 0 ? m_label->indent() : 0) + 2;
    m_lineHeight = std::max(metrics.height(), metrics.lineSpacing()) + margins.top()
        + margins.bottom() + frame;
}

int SteadyLabel::neededHeight(int width) const
{
    if (m_label->wordWrap())
        return std::max(m_lineHeight, m_label->heightForWidth(width));
    return m_lineHeight;
}

QSize SteadyLabel::sizeHint() const
{
    return {m_hintWidth, neededHeight(width() > 0 ? width() : m_hintWidth)};
}

QSize SteadyLabel::minimumSizeHint() const
{
    // A wrapping label may be narrower than its sizing text; a one-line one is not cut.
    const int minWidth = m_label->wordWrap()
        ? std::min(m_hintWidth, 12 * m_label->fontMetrics().averageCharWidth())
        : m_hintWidth;
    return {minWidth, m_lineHeight};
}

bool SteadyLabel::hasHeightForWidth() const
{
    return m_label->wordWrap();
}

int SteadyLabel::heightForWidth(int width) const
{
    return neededHeight(width);
}

bool SteadyLabel::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LayoutRequest: {
        // The label's text, font or margins changed. Pass it on only if the font or margins
        // did, or the text needs another height now; another width never does: the hint's
        // width comes from the sizing text.
        const QSize before{m_hintWidth, m_lineHeight};
        const int neededBefore = m_neededHeight;
        measure();
        m_neededHeight = neededHeight(width());
        if (before != QSize{m_hintWidth, m_lineHeight} || neededBefore != m_neededHeight)
            updateGeometry();
        return true;
    }
    case QEvent::FontChange:
    case QEvent::StyleChange:
        measure();
        updateGeometry();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void SteadyLabel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
    m_neededHeight = neededHeight(width());
}

} // namespace opsdash
