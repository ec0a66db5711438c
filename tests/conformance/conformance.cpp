// The mailslot conformance suite: ONE set of data-driven cases over the Qt-free SlotBackend
// interface, run against the POSIX back-end (Linux, ctest) and the Windows back-end (mingw-w64,
// under Wine by tools/windows-build.sh, or on Windows), so that the two cannot drift.
//
// Expectations are the documented Windows behaviour (../../../shared/reference/mailslot-protocol.md
// §1) and the project's choices (README "Semantics"). Where Wine 8 is known to deviate
// (../shared/reference/wine-mailslots.md), a check states Wine's expectation explicitly with
// expectOs(); it applies only when the Windows back-end runs under Wine (ntdll exports
// wine_get_version). Everything else is asserted as on Windows, for every back-end.
//
// This file is the runner; the cases are in conformancecases.cpp (those that start other processes
// in conformanceprocesscases.cpp), the checks and helpers in conformanceharness.h.
#include "conformanceharness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifdef _WIN32
#include "core/platform/win32support.h"
#else
#include <unistd.h>
#endif

using namespace conformance;

namespace {

// The path of this program, to start it again as a child.
std::string selfPath(const char *argv0)
{
#ifdef _WIN32
    wchar_t path[32768];
    const DWORD n = GetModuleFileNameW(nullptr, path, DWORD(sizeof path / sizeof path[0]));
    return n ? mailslot::platform::win32::narrow(path, n) : std::string(argv0);
#else
    char path[4096];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    return n > 0 ? std::string(path, std::size_t(n)) : std::string(argv0);
#endif
}

} // namespace

int main(int argc, char **argv)
{
    Context ctx;
    g_ctx = &ctx;
    ctx.self = selfPath(argv[0]);
    // Child modes: the cases run this program as other processes (a server, writers, a query).
    if (argc > 1 && std::strncmp(argv[1], "--", 2) == 0) {
        const std::string mode = argv[1];
        const std::vector<std::string> args(argv + 2, argv + argc);
        if (mode == "--serve")
            return childServe(args);
        if (mode == "--write")
            return childWrite(args);
        if (mode == "--query")
            return childQuery(args);
        std::fprintf(stderr, "usage: mailslot-conformance [CASE-SUBSTRING]\n"
                             "       mailslot-conformance --serve NAMESPACE NAME MAXSIZE TIMEOUT\n"
                             "       mailslot-conformance --write NAMESPACE NAME COUNT TAG\n"
                             "       mailslot-conformance --query NAMESPACE NAME\n"
                             "(NAMESPACE: the POSIX back-end's directory, '-' for the default)\n");
        return 2;
    }
    std::string namespaceDir = "-";
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
    ctx.namespaceDir = namespaceDir;
    ctx.backend = createSystemBackend(namespaceDir == "-" ? std::string() : namespaceDir);
    const char *only = argc > 1 ? argv[1] : nullptr;
    std::printf("Mailslot conformance: %s\n", ctx.system.c_str());
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (const Case &c : cases()) {
        if (only && std::strstr(c.name, only) == nullptr)
            continue;
        const auto start = Clock::now();
        ctx.run(c);
        const long long ms = msSince(start);
        if (ctx.failures == 0 && !ctx.skipped.empty()) {
            ++skipped;
            std::printf("SKIP %s: %s\n", c.name, ctx.skipped.c_str());
        } else if (ctx.failures == 0) {
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
    std::printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
#ifndef _WIN32
    ctx.backend.reset();
    const std::string cleanup = "rm -rf '" + std::string(templ) + "'";
    [[maybe_unused]] int rc = std::system(cleanup.c_str());
#endif
    std::fflush(stdout);
    return failed == 0 ? 0 : 1;
}
