#pragma once

#include "gui/window/StaleData.h"

#include <QObject>

class QWidget;

namespace opsdash {

class DriftModel;

// The window title names the target, whether the data is live, and the worst check status:
// "opsdash — Demo platform — paused — 1 check fails"; paused while the target is down:
// "… — paused — disconnected — …". It follows the drift model and StaleData.
class WindowTitle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowTitle)

public:
    WindowTitle(QWidget* window, DriftModel* drift, StaleData* stale);
    ~WindowTitle() override;

    // The target as the user knows it (a profile's name, or host:port/db); empty: none.
    void setTargetName(const QString& name);

    QString text() const;

private:
    void update();

    QWidget* m_window;
    DriftModel* m_drift;
    StaleData* m_stale;
    QString m_targetName;
};

} // namespace opsdash
