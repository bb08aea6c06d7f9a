# The live engine: everything that watches one target whole (docs/design.md). Above pg,
# sessions, drift and history; below evidence, gui and app.
target_sources(opsdash_core PRIVATE
    live/LiveLogging.h live/LiveLogging.cpp
    live/AlertRules.h live/AlertRules.cpp
    live/PoolMetricsPoller.h live/PoolMetricsPoller.cpp
    live/Acknowledgements.h live/Acknowledgements.cpp
    live/LiveTarget.h live/LiveTarget.cpp
    live/AlertLog.h live/AlertLog.cpp
    live/LiveSessions.h live/LiveSessions.cpp
    live/TargetFleet.h live/TargetFleet.cpp
)
