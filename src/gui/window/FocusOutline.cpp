#include "gui/window/FocusOutline.h"

#include <QEvent>
#include <QPainter>
#include <QWidget>

namespace opsdash {

namespace {

class Frame final : public QWidget
{
public:
    explicit Frame(QWidget* parent)
        : QWidget{parent}
    {
        setObjectName(QStringLiteral("focusOutline"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter{this};
        QPen pen{palette().color(QPalette::Highlight), 2};
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.drawRect(QRectF{rect()}.adjusted(1, 1, -1, -1));
    }
};

} // namespace

FocusOutline::FocusOutline(QObject* parent)
    : QObject{parent}
{ }

FocusOutline::~FocusOutline()
{
    delete m_frame.data(); // it lives in another widget
}

QWidget* FocusOutline::outlined() const
{
    return m_frame != nullptr && m_frame->isVisible() ? m_frame->parentWidget() : nullptr;
}

void FocusOutline::outline(QWidget* widget)
{
    if (m_frame != nullptr && m_frame->parentWidget() != nullptr)
        m_frame->parentWidget()->removeEventFilter(this);
    if (widget == nullptr) {
        if (m_frame != nullptr)
            m_frame->hide();
        return;
    }
    // Made anew when the widget it sat in went (and took it along).
    if (m_frame == nullptr)
        m_frame = new Frame{widget};
    else
        m_frame->setParent(widget);
    m_frame->setGeometry(widget->rect());
    m_frame->raise();
    m_frame->show();
    widget->installEventFilter(this);
}

bool FocusOutline::eventFilter(QObject* watched, QEvent* event)
{
    if (m_frame != nullptr && watched == m_frame->parentWidget()) {
        if (event->type() == QEvent::Resize)
            m_frame->setGeometry(m_frame->parentWidget()->rect());
        else if (event->type() == QEvent::FocusOut)
            outline(nullptr);
    }
    return false;
}

} // namespace opsdash
