# The clock the engine and the window read (src/clock): the system clock by default, a
# simulated one that fires timers in time order, on their own threads.
opsdash_add_qtest(tst_clock
    SOURCES clock/tst_clock.cpp
    LABELS unit
    LIBS opsdash_core)
