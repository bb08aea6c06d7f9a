# Secrets and least privilege (docs/reliability.md): no secret in any file opsdash writes,
# a read-only monitoring session, TLS verify-full against a private cluster with its own CA.
opsdash_add_qtest(tst_secretleaks
    SOURCES secrets/tst_secretleaks.cpp sessions/TestHttpServer.h
    LABELS integration
    LIBS opsdash_core PostgreSQL::PostgreSQL
    FIXTURES pg
    WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/sessions/with-keyring ${OPSDASH_PG_CLUSTER} exec ${OPSDASH_PG_STATE})
add_dependencies(tst_secretleaks opsdash)

opsdash_add_pg_test(tst_readonlysession
    SOURCES secrets/tst_readonlysession.cpp secrets/PgSession.h
    LIBS opsdash_core PostgreSQL::PostgreSQL)

opsdash_add_qtest(tst_tlsverify
    SOURCES secrets/tst_tlsverify.cpp secrets/PgSession.h pg/TestCluster.h
    LABELS integration
    LIBS opsdash_core)

opsdash_add_qtest(tst_describetarget
    SOURCES secrets/tst_describetarget.cpp
    LABELS unit
    LIBS opsdash_core)
