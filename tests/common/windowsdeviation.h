// Skips for the tests cross-built for Windows and run under Wine (tools/windows-build.sh):
// a test that meets one of Wine's documented deviations from Windows (core/platform/WINDOWS.md)
// or a POSIX-only feature is skipped with its reason printed, never passed silently.
#pragma once

#include <QTest>

#ifdef Q_OS_WIN
namespace mailslot::platform::win32 {
bool runningUnderWine(); // core/platform/win32support.h, without <windows.h> in every test
}
#endif

namespace mailslot::test {

inline bool underWine()
{
#ifdef Q_OS_WIN
    return mailslot::platform::win32::runningUnderWine();
#else
    return false;
#endif
}

} // namespace mailslot::test

// Skips the current test (or data row) under Wine, naming the deviation.
#define MAILSLOT_SKIP_UNDER_WINE(deviation)                                                       \
    do {                                                                                          \
        if (::mailslot::test::underWine())                                                        \
            QSKIP("Wine deviation (core/platform/WINDOWS.md): " deviation);                       \
    } while (false)

// Skips the current test on Windows: what it checks exists only in the POSIX back-end.
#ifdef Q_OS_WIN
#define MAILSLOT_SKIP_ON_WINDOWS(what) QSKIP("POSIX back-end only: " what)
#else
#define MAILSLOT_SKIP_ON_WINDOWS(what) static_cast<void>(0)
#endif
