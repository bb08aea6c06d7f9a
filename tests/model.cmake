opsdash_add_qtest(tst_capacity
    SOURCES model/tst_capacity.cpp
    LABELS unit
    LIBS opsdash_core)

# JsonRead: syntax errors at line and column, one wording for a wrong type in every reader.
opsdash_add_qtest(tst_jsonread
    SOURCES model/tst_jsonread.cpp
    LABELS unit
    LIBS opsdash_core)

# The one status word per status, and what not-checked means for the exit status.
opsdash_add_qtest(tst_finding
    SOURCES model/tst_finding.cpp
    LABELS unit
    LIBS opsdash_core)

# server.roleLimit.<pool> and server.databaseLimit: the pools' roles and databases, from the
# baseline or their backends, against rolconnlimit and datconnlimit.
opsdash_add_qtest(tst_connectionlimits
    SOURCES model/tst_connectionlimits.cpp support/ScriptedActivity.h
    LABELS unit
    LIBS opsdash_core)
