#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace opsdash {

class LiveTarget;

// Whether what the window shows from the server is live. It is not while polling is paused
// (the pause action) or while the target's connection is down or closed by the user; then the
// views added here are greyed (StaleLook) and changed() says why, so that nothing old reads
// as live. Paused wins: a window paused while (or before) its target dropped is Paused, and
// isDisconnected() says the target is down as well.
class StaleData final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleData)

public:
    enum class Reason { Live, Paused, Disconnected };
    Q_ENUM(Reason)

    explicit StaleData(QAction* pause, QObject* parent = nullptr);
    ~StaleData() override;

    // Follows `target`'s connection (null: none, nothing is stale).
    void setTarget(LiveTarget* target);
    // Greyed while not live.
    void addView(QWidget* view);

    Reason reason() const { return m_reason; }
    // The target's connection is down or closed, whether or not the window is paused.
    bool isDisconnected() const { return m_disconnected; }

signals:
    // The reason or isDisconnected() changed.
    void changed(opsdash::StaleData::Reason reason);

private:
    void update();

    QAction* m_pause;
    QPointer<LiveTarget> m_target;
    QList<QPointer<QWidget>> m_views;
    Reason m_reason{Reason::Live};
    bool m_disconnected{false};
};

} // namespace opsdash
