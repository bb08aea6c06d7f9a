opsdash_add_qtest(tst_capacity
    SOURCES model/tst_capacity.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_alertrules
    SOURCES model/tst_alertrules.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)
