target_sources(opsdash_core PRIVATE
    clock/Clock.h clock/Clock.cpp
    clock/ClockTimer.h clock/ClockTimer.cpp
    clock/SimulatedClock.h clock/SimulatedClock.cpp
)
