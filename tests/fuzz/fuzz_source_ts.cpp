// A TypeScript file as NextAuth's options (auth.ts) and as the postgres.js client (client.ts).
#include "SourceFuzz.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    opsdash::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    return opsdash::fuzz::runSourceChecks({QStringLiteral("apps/web/src/server/auth.ts"),
                                              QStringLiteral("packages/database/src/client.ts")},
        data, size);
}
