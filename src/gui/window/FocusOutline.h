#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace opsdash {

// A frame in the palette's highlight colour around the widget focused from the keyboard:
// every Tab stop shows where the focus is, in both themes, whatever the widget draws itself.
// It follows the focused widget as a child (transparent to the mouse) and goes with it.
class FocusOutline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusOutline)

public:
    explicit FocusOutline(QObject* parent = nullptr);
    ~FocusOutline() override;

    // Outlines `widget`; null hides the outline.
    void outline(QWidget* widget);
    // The widget outlined now (null: none).
    QWidget* outlined() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_frame;
};

} // namespace opsdash
