# opsdash serve and opsdash rules (src/serve): exposition, rules, the HTTP endpoint.
opsdash_add_qtest(tst_prometheusrules
    SOURCES serve/tst_prometheusrules.cpp
    LABELS unit
    LIBS opsdash_core)

opsdash_add_qtest(tst_exposition
    SOURCES serve/tst_exposition.cpp serve/PromtoolCheck.h
    LABELS unit
    LIBS opsdash_core)

# The real executable through the real promtool (Debian's prometheus package).
opsdash_add_qtest(tst_rulescommand
    SOURCES serve/tst_rulescommand.cpp
    LABELS integration
    LIBS Qt6::Core)
add_dependencies(tst_rulescommand opsdash)

# `opsdash serve` on loopback with two throwaway clusters of its own, a real Prometheus
# and a real Alertmanager (Debian's packages).
opsdash_add_qtest(tst_servecommand
    SOURCES serve/tst_servecommand.cpp serve/PromtoolCheck.h
    LABELS integration
    LIBS Qt6::Core Qt6::Network PostgreSQL::PostgreSQL)
add_dependencies(tst_servecommand opsdash)
set_tests_properties(tst_servecommand PROPERTIES TIMEOUT 600)
