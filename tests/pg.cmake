opsdash_add_qtest(tst_activityquery
    SOURCES pg/tst_activityquery.cpp pg/SyntheticActivity.h
    LABELS unit
    LIBS opsdash_core PostgreSQL::PostgreSQL)

opsdash_add_pg_test(tst_activitymonitor
    SOURCES pg/tst_activitymonitor.cpp pg/TestCluster.h
    LIBS opsdash_core PostgreSQL::PostgreSQL)

opsdash_add_pg_test(tst_probecommand
    SOURCES pg/tst_probecommand.cpp
    LIBS Qt6::Core)
