// A TSX file as both SessionProvider layouts, the SessionGuard and the LoginForm.
#include "SourceFuzz.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    opsdash::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    return opsdash::fuzz::runSourceChecks(
        {QStringLiteral("apps/web/src/app/(dashboard)/layout.tsx"),
            QStringLiteral("apps/web/src/app/portal/layout.tsx"),
            QStringLiteral("apps/web/src/components/auth/SessionGuard.tsx"),
            QStringLiteral("apps/web/src/app/login/LoginForm.tsx")},
        data, size);
}
