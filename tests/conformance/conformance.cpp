// The mailslot conformance suite: ONE set of data-driven cases over the Qt-free SlotBackend
// interface, run against the POSIX back-end (Linux, ctest) and the Windows back-end (mingw-w64,
// under Wine by tools/wine-tests.sh, or on Windows), so that the two cannot drift.
//
// Expectations are the documented Windows behaviour (../../../shared/reference/mailslot-protocol.md
// §1) and the project's choices (README "Semantics"). Where Wine 8 is known to deviate
// (../shared/reference/wine-mailslots.md), a check states Wine's expectation explicitly with
// expectOs(); it applies only when the Windows back-end runs under Wine (ntdll exports
// wine_get_version). Everything else is asserted as on Windows, for every back-end.
//
// This file is the runner; the cases are in conformancecases.cpp, the checks and helpers in
// conformanceharness.h.
#include "conformanceharness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#ifdef _WIN32
#include "win32support.h"
#endif

using namespace conformance;

int main(int argc, char **argv)
{
    Context ctx;
    g_ctx = &ctx;
    std::string namespaceDir;
#ifdef _WIN32
    ctx.windows = true;
    ctx.wine = mailslot::platform::win32::runningUnderWine();
    ctx.system = ctx.wine ? "Windows back-end under " + mailslot::platform::win32::wineVersion() : "Windows back-end";
#else
    char templ[] = "/tmp/mailslot-conformance-XXXXXX";
    if (!mkdtemp(templ)) {
        std::perror("mkdtemp");
        return 2;
    }
    namespaceDir = std::string(templ) + "/ns";
    ctx.system = "POSIX back-end (" + namespaceDir + ")";
#endif
    ctx.backend = createSystemBackend(namespaceDir);
    const char *only = argc > 1 ? argv[1] : nullptr;
    std::printf("Mailslot conformance: %s\n", ctx.system.c_str());
    int passed = 0;
    int failed = 0;
    for (const Case &c : cases()) {
        if (only && std::strstr(c.name, only) == nullptr)
            continue;
        ctx.currentCase = c.name;
        ctx.failures = 0;
        ctx.deviationsHit = 0;
        const auto start = Clock::now();
        c.fn();
        const long long ms = msSince(start);
        if (ctx.failures == 0) {
            ++passed;
            std::printf("PASS %s (%lld ms)%s\n", c.name, ms,
                        ctx.deviationsHit ? (" [" + std::to_string(ctx.deviationsHit) + " Wine deviation(s) as expected]").c_str() : "");
        } else {
            ++failed;
            std::printf("FAIL %s (%lld ms)\n", c.name, ms);
        }
    }
    if (!ctx.deviationLog.empty()) {
        std::printf("Wine deviations from Windows that were hit (expected, see wine-mailslots.md):\n");
        std::sort(ctx.deviationLog.begin(), ctx.deviationLog.end());
        ctx.deviationLog.erase(std::unique(ctx.deviationLog.begin(), ctx.deviationLog.end()), ctx.deviationLog.end());
        for (const std::string &line : ctx.deviationLog)
            std::printf("  - %s\n", line.c_str());
    }
    std::printf("%d passed, %d failed\n", passed, failed);
#ifndef _WIN32
    ctx.backend.reset();
    const std::string cleanup = "rm -rf '" + std::string(templ) + "'";
    [[maybe_unused]] int rc = std::system(cleanup.c_str());
#endif
    std::fflush(stdout);
    return failed == 0 ? 0 : 1;
}
