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
    Reason reason = Reason::Live;
    if (m_target != nullptr && m_target->prometheus() != nullptr) {
        // Team mode: Prometheus failing is the outage; the monitor is never started.
        const PrometheusSource::State state = m_target->prometheus()->state();
        if (state == PrometheusSource::State::Failed || state == PrometheusSource::State::Stopped)
            reason = Reason::Disconnected;
        else if (m_pause->isChecked())
            reason = Reason::Paused;
    } else if (m_target != nullptr) {
        const ActivityMonitor::State state = m_target->monitor().state();
        // A retry (Connecting after Disconnected) is still an outage: no flicker per attempt.
        const bool retrying
            = state == ActivityMonitor::State::Connecting && m_reason == Reason::Disconnected;
        if (state == ActivityMonitor::State::Disconnected
            || state == ActivityMonitor::State::Stopped || retrying)
            reason = Reason::Disconnected;
        else if (m_pause->isChecked())
            reason = Reason::Paused;
    }
    if (reason == m_reason)
        return;
    m_reason = reason;
    for (QWidget* view : std::as_const(m_views))
        StaleLook::apply(view, reason != Reason::Live);
    emit changed(reason);
}

} // namespace opsdash
