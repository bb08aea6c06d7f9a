#pragma once

#include "model/Baseline.h"
#include "model/Result.h"

#include <QString>

#include <chrono>

namespace opsdash {

// Prometheus alerting rules made from a baseline's thresholds, over the series that
// `opsdash serve` exports (docs/metrics.md): the same conditions AlertRules raises in the
// window, evaluated by Prometheus and routed by Alertmanager. Pure text generation.
//
// Hysteresis: AlertRules raises a level at once and lowers it only after clearSamples calm
// samples. A rule here fires after `for` and, once firing, keeps firing for `for` more
// (keep_firing_for, Prometheus 2.42), so a value hovering at a threshold neither flaps nor
// fires on one scrape.
//
// The annotations are English on purpose: the file is configuration for a shared stack,
// not text of this process's locale.
struct PrometheusRules final
{
    // Three of opsdash's clearSamples at Prometheus' default 15 s scrape interval.
    static constexpr std::chrono::seconds kDefaultFor{45};

    // "30s", "1m", "1h30m": Prometheus' duration syntax, without y/w/d (not needed here).
    static Result<std::chrono::seconds> parseDuration(const QString& text);
    static QString formatDuration(std::chrono::seconds duration);

    // The rules file (YAML) for `opsdash rules`.
    static QString generate(const Baseline& baseline, std::chrono::seconds forDuration);
};

} // namespace opsdash
