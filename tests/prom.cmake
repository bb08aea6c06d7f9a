# Team mode's Prometheus client (src/prom, issue 17 item 5), against a loopback HTTP server.
opsdash_add_qtest(tst_prometheussource
    SOURCES prom/tst_prometheussource.cpp sessions/TestHttpServer.h
    LABELS integration
    LIBS opsdash_core)
