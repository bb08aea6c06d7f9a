#pragma once

#include <QString>

class QLabel;
class QPalette;

namespace opsdash::LinkColour {

// Rich text's links in the palette's link colour (QPalette::Link), inline on each <a>: a
// QLabel's document takes the colour of the palette it was set under and keeps it through a
// theme switch (the light theme's blue on the dark background).
QString apply(const QString& html, const QPalette& palette);

// Sets `label`'s rich text with its links in the label's link colour, and keeps them so:
// the text is coloured again on each PaletteChange and ThemeChange of the label.
void setText(QLabel* label, const QString& html);

} // namespace opsdash::LinkColour
