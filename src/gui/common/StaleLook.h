#pragma once

class QWidget;

namespace opsdash::StaleLook {

// Data that is not live (polling paused, or the server out of reach) drawn greyed: the text
// roles take the theme's disabled colours, while the widget stays usable (a paused table can
// still be read, scrolled and copied from). Rich text with colours of its own is not greyed.
void apply(QWidget* widget, bool stale);
bool isStale(const QWidget* widget);

} // namespace opsdash::StaleLook
