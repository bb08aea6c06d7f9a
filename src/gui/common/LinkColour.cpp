#include "gui/common/LinkColour.h"

#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>

namespace opsdash::LinkColour {

namespace {

// Colours the label's links again whenever its palette or the theme changes.
class Follower final : public QObject
{
public:
    explicit Follower(QLabel* label)
        : QObject{label}
    {
        setObjectName(QStringLiteral("linkColourFollower"));
        label->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange) {
            auto* label = static_cast<QLabel*>(watched);
            const QString coloured = apply(label->text(), label->palette());
            if (coloured != label->text())
                label->setText(coloured);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QString apply(const QString& html, const QPalette& palette)
{
    // Our own attribute first on each <a>, replaced on the next pass.
    static const QRegularExpression anchor{
        QStringLiteral("<a (?:style=\"color:#[0-9a-f]{6}\" )?(?=href=)")};
    return QString{html}.replace(
        anchor, QStringLiteral("<a style=\"color:%1\" ").arg(palette.color(QPalette::Link).name()));
}

void setText(QLabel* label, const QString& html)
{
    if (label->findChild<Follower*>(QString{}, Qt::FindDirectChildrenOnly) == nullptr)
        new Follower{label};
    label->setText(apply(html, label->palette()));
}

} // namespace opsdash::LinkColour
