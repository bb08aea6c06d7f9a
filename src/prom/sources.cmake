# Team mode: a target read from the Prometheus that scrapes `opsdash serve` (issue 17 item 5).
# Above model, sessions (HttpFetch, SourceError) and history (range types); below live.
target_sources(opsdash_core PRIVATE
    prom/PromLogging.h prom/PromLogging.cpp
    prom/PrometheusResponse.h prom/PrometheusResponse.cpp
    prom/PrometheusSource.h prom/PrometheusSource.cpp
)
