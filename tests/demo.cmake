# The demo platform (demo/, scripts/demo): brought up for real — throwaway PostgreSQL, the
# Next.js + NextAuth app of demo/monorepo under `next start` (its postgres.js pool), its Go
# scheduling service — watched with `opsdash probe`, the app's admin endpoint checked
# against the contract, the canary against NextAuth's real /api/auth/session, the running
# checkout verified, then torn down without leftovers. Labels integration and demo.
# Needs node/npm (npm ci of demo/monorepo and `next build` on the first run: the builds are
# kept under the build dir until the sources change, so later tests and runs reuse them),
# go and lib/pq (scripts/setup).
add_test(NAME demo_platform
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/demo/run-demo-test
        ${CMAKE_SOURCE_DIR} $<TARGET_FILE:opsdash> ${CMAKE_BINARY_DIR})
set_tests_properties(demo_platform PROPERTIES
    LABELS "integration;demo"
    TIMEOUT 600
    # Its own cluster, but ~200 backends and bursts of pg_sleep load on a small machine:
    # run it alone so it neither slows nor is slowed by timing-sensitive tests.
    RUN_SERIAL TRUE)

# The same with --drift: the probe sees the web pool over its budget (two processes) and
# the verify of the drifted checkout fails on exactly the deviations (docs/demo.md).
add_test(NAME demo_platform_drift
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/demo/run-demo-test
        ${CMAKE_SOURCE_DIR} $<TARGET_FILE:opsdash> ${CMAKE_BINARY_DIR} --drift)
set_tests_properties(demo_platform_drift PROPERTIES LABELS "integration;demo" TIMEOUT 600 RUN_SERIAL TRUE)

# scripts/demo leaves no process, cluster or temp dir (nor keychain entry) behind, however
# it ends: snapshot done, SIGTERM, Ctrl-C, opsdash killed with SIGKILL.
add_test(NAME demo_teardown
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/demo/run-teardown-test ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR})
set_tests_properties(demo_teardown PROPERTIES LABELS "integration;demo" TIMEOUT 900 RUN_SERIAL TRUE)

# demo --fast's checkout and baseline, without the services: `opsdash verify` of the
# compressed checkout against the compressed baseline passes every check (nothing bent),
# and against the built-in baseline it flags exactly the compressed durations.
add_test(NAME demo_fast_checkout
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/demo/run-fast-checkout-test
        ${CMAKE_SOURCE_DIR} $<TARGET_FILE:opsdash>)
set_tests_properties(demo_fast_checkout PROPERTIES LABELS "integration;demo" TIMEOUT 60)

# Soak (bench label; not run by scripts/test): the dashboard on the demo platform for two
# hours at 1 s (OPSDASH_SOAK_SECONDS shortens it), the whole platform switched to the drift
# variant and back every 10 minutes (OPSDASH_SOAK_TOGGLE_SECONDS); resident memory,
# descriptors, missed ticks and the findings' flips (docs/reliability.md).
add_test(NAME soak
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/bench/soak
        ${CMAKE_SOURCE_DIR} $<TARGET_FILE:opsdash> ${CMAKE_BINARY_DIR})
set_tests_properties(soak PROPERTIES LABELS bench TIMEOUT 8000 RUN_SERIAL TRUE)
