target_sources(opsdash_core PRIVATE
    serve/PrometheusRules.h serve/PrometheusRules.cpp
    serve/Exposition.h serve/Exposition.cpp
    serve/EventLog.h serve/EventLog.cpp
    serve/HttpEndpoint.h serve/HttpEndpoint.cpp
    serve/ServeConfig.h serve/ServeConfig.cpp
    serve/ServeTarget.h serve/ServeTarget.cpp
    serve/ServeService.h serve/ServeService.cpp
    serve/UnixSignals.h serve/UnixSignals.cpp
    serve/WebConfig.h serve/WebConfig.cpp
)
