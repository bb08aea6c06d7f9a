#include "gui/common/Theme.h"

#include "model/SettingsKeys.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace opsdash {

namespace {

struct ThemeState
{
    QPalette system;
    bool remembered{false};
    Theme::Choice current{Theme::Choice::System};
};

ThemeState& state()
{
    static ThemeState themeState;
    return themeState;
}

} // namespace

std::optional<Theme::Choice> Theme::fromName(const QString& name)
{
    if (name == QLatin1String{"system"})
        return Choice::System;
    if (name == QLatin1String{"light"})
        return Choice::Light;
    if (name == QLatin1String{"dark"})
        return Choice::Dark;
    return std::nullopt;
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return tr("&Light");
    case Choice::Dark:
        return tr("&Dark");
    }
    return tr("&System");
}

void Theme::rememberSystemPalette()
{
    ThemeState& s = state();
    if (s.remembered)
        return;
    s.system = QApplication::palette();
    s.remembered = true;
}

void Theme::apply(Choice choice)
{
    rememberSystemPalette();
    state().current = choice;
    switch (choice) {
    case Choice::System:
        QApplication::setPalette(state().system);
        break;
    case Choice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Choice Theme::current()
{
    return state().current;
}

Theme::Choice Theme::saved()
{
    return fromName(SettingsKeys::Theme.read(QSettings{})).value_or(Choice::System);
}

void Theme::save(Choice choice)
{
    QSettings settings;
    SettingsKeys::Theme.write(settings, name(choice));
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    // The style's own light palette: what Fusion draws on a light desktop.
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor{0xef, 0xf0, 0xf1});
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor{0xf5, 0xf6, 0xf7});
    palette.setColor(QPalette::WindowText, QColor{0x23, 0x26, 0x29});
    palette.setColor(QPalette::Text, QColor{0x23, 0x26, 0x29});
    palette.setColor(QPalette::ButtonText, QColor{0x23, 0x26, 0x29});
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor{0x9a, 0x9d, 0xa0});
    palette.setColor(QPalette::Disabled, QPalette::Base, palette.color(QPalette::Window));
    return palette;
}

QPalette Theme::darkPalette()
{
    // Greys rather than black, so the status colours (src/gui/common/Palette) keep their contrast.
    const QColor window{0x2a, 0x2d, 0x31};
    const QColor base{0x1e, 0x20, 0x23};
    const QColor text{0xe6, 0xe8, 0xea};
    const QColor dim{0x80, 0x84, 0x88};
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor{0x26, 0x29, 0x2d});
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dim);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor{0x35, 0x39, 0x3e});
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor{0xff, 0x6b, 0x6b});
    palette.setColor(QPalette::Light, QColor{0x4a, 0x4e, 0x54});
    palette.setColor(QPalette::Midlight, QColor{0x3e, 0x42, 0x47});
    palette.setColor(QPalette::Mid, QColor{0x5a, 0x5e, 0x64});
    palette.setColor(QPalette::Dark, QColor{0x18, 0x1a, 0x1c});
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor{0x3d, 0x7e, 0xc6});
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor{0x6c, 0xb4, 0xff});
    palette.setColor(QPalette::LinkVisited, QColor{0xb3, 0x9d, 0xff});
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dim);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

} // namespace opsdash
