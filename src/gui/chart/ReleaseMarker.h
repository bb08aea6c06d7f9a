#pragma once

#include "model/Alert.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace opsdash {

class AlertLog;
class LiveTarget;

// The window's "Mark release" action (Ctrl+M): asks for a label and records it as an
// annotation event at the server's current time. The annotation goes through the AlertLog,
// so it is written to the target's history (it survives a restart, the chart reads it back
// for any range) and listed in the events panel. Disabled while no target is watched:
// without a history there is nowhere to keep it.
class ReleaseMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseMarker)

public:
    ReleaseMarker(AlertLog& alerts, QWidget* dialogParent);
    ~ReleaseMarker() override;

    QAction* action() const { return m_action; }
    void setTarget(opsdash::LiveTarget* target);

    // The server's clock now, from the last sample's offset to the desktop's (the
    // desktop's own clock before the first sample): the chart's times are the server's.
    QDateTime serverNow() const;
    // "release 14:05" in local time.
    static QString proposedLabel(const QDateTime& at);

    // Records the annotation; what the dialog's OK does.
    void mark(const QString& label, const QDateTime& at);

signals:
    void marked(const opsdash::Alert& annotation);

private:
    void ask();

    AlertLog& m_alerts;
    QWidget* m_dialogParent{nullptr};
    QAction* m_action{nullptr};
    QPointer<LiveTarget> m_target;
    qint64 m_serverOffsetMs{0}; // server − desktop
};

} // namespace opsdash
