opsdash_add_qtest(tst_capacity
    SOURCES model/tst_capacity.cpp
    LABELS unit
    LIBS opsdash_core)

