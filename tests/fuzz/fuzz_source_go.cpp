// A Go file as the scheduling service's database/sql setup (connection.go).
#include "SourceFuzz.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    opsdash::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    return opsdash::fuzz::runSourceChecks(
        {QStringLiteral("apps/scheduling-service/internal/repository/connection.go")}, data, size);
}
