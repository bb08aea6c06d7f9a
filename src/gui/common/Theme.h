#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace opsdash {

// Light and dark looks for the whole application, charts included. "System" follows the
// desktop: Qt 6.4 has no QStyleHints::colorScheme (6.5+), so it is derived from the
// platform palette's window lightness, remembered before opsdash changes anything.
class Theme final
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Choice { System, Light, Dark };

    static std::optional<Choice> fromName(const QString& name); // "system", "light", "dark"
    static QString name(Choice choice);
    static QString displayName(Choice choice);

    // Call once after QApplication exists and before apply().
    static void rememberSystemPalette();
    static void apply(Choice choice);
    static Choice current();

    // The saved choice (QSettings, model/SettingsKeys.h) and saving it.
    static Choice saved();
    static void save(Choice choice);

    static bool isDark(const QPalette& palette);
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace opsdash
