// An application's /metrics page (MetricsText::parse): any bytes give samples or a named
// error with a line inside the page, and a page over the cap is refused before it is read.
#include "FuzzSupport.h"
#include "model/MetricsText.h"

#include <cmath>

using namespace opsdash;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const QByteArray page = fuzz::bytes(data, size);
    const int lines = static_cast<int>(page.count('\n')) + 1;
    const auto parsed = MetricsText::parse(page);
    if (!parsed) {
        const MetricsText::ParseError& error = parsed.error();
        if (error.line < 1 || error.line > lines)
            fuzz::violated("a parse error's line is outside the page");
        if (error.message.isEmpty() || error.kind == MetricsText::ErrorKind::TooLarge)
            fuzz::violated("a parse error without a message, or too-large under the cap");
    } else {
        for (const MetricsText::Sample& sample : parsed->samples) {
            if (sample.name.isEmpty() || sample.family.isEmpty() || sample.line < 1
                || sample.line > lines)
                fuzz::violated("an accepted sample without a name, a family or its line");
        }
    }
    // The same page under a cap one byte smaller is refused as too large, whatever it holds.
    if (size > 0) {
        const auto capped = MetricsText::parse(page, page.size() - 1);
        if (capped || capped.error().kind != MetricsText::ErrorKind::TooLarge)
            fuzz::violated("a page over the cap was read");
    }
    return 0;
}
