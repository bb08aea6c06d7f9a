#include "gui/window/StaleData.h"

#include "gui/common/StaleLook.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "prom/PrometheusSource.h"

#include <QAction>
#include <QWidget>

namespace opsdash {

StaleData::StaleData(QAction* pause, QObject* parent)
    : QObject{parent}
    , m_pause{pause}
{
    connect(pause, &QAction::toggled, this, &StaleData::update);
}

StaleData::~StaleData() = default;

void StaleData::setTarget(LiveTarget* target)
{
    if (m_target != nullptr) {
        disconnect(&m_target->monitor(), nullptr, this, nullptr);
        disconnect(m_target, nullptr, this, nullptr);
    }
    m_target = target;
    if (target != nullptr) {
        connect(&target->monitor(), &ActivityMonitor::stateChanged, this, &StaleData::update);
        connect(target, &LiveTarget::sourceChanged, this, &StaleData::update);
    }
    update();
}

void StaleData::addView(QWidget* view)
{
    m_views.append(view);
    StaleLook::apply(view, m_reason != Reason::Live);
}

void StaleData::update()
{
    bool disconnected = false;
    if (m_target != nullptr && m_target->prometheus() != nullptr) {
        // Team mode: Prometheus failing is the outage; the monitor is never started.
        const PrometheusSource::State state = m_target->prometheus()->state();
        disconnected
            = state == PrometheusSource::State::Failed || state == PrometheusSource::State::Stopped;
    } else if (m_target != nullptr) {
        const ActivityMonitor::State state = m_target->monitor().state();
        // A retry (Connecting after Disconnected) is still an outage: no flicker per attempt.
        const bool retrying = state == ActivityMonitor::State::Connecting && m_disconnected;
        disconnected = state == ActivityMonitor::State::Disconnected
            || state == ActivityMonitor::State::Stopped || retrying;
    }
    Reason reason = Reason::Live;
    // Paused wins: the user asked for it, and it lasts past a reconnect.
    if (m_target != nullptr && m_pause->isChecked())
        reason = Reason::Paused;
    else if (disconnected)
        reason = Reason::Disconnected;
    if (reason == m_reason && disconnected == m_disconnected)
        return;
    const bool wasLive = m_reason == Reason::Live;
    m_reason = reason;
    m_disconnected = disconnected;
    if (wasLive != (reason == Reason::Live)) {
        for (QWidget* view : std::as_const(m_views))
            StaleLook::apply(view, reason != Reason::Live);
    }
    emit changed(reason);
}

} // namespace opsdash
