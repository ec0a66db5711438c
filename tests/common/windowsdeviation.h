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

// The reasons met by more than one test, said once. Wine's (core/platform/WINDOWS.md):
#define MAILSLOT_REASON_COUNT_STAYS_AT_1 "the message count stays at 1"
#define MAILSLOT_REASON_CLOSED_SLOT_WRITES "a write to a closed slot succeeds"
#define MAILSLOT_REASON_NO_LISTING "there is no listing of \\Device\\Mailslot\\ (STATUS_BAD_DEVICE_TYPE)"
#define MAILSLOT_REASON_NO_FIGURES "no figures of another process's slot (STATUS_OBJECT_TYPE_MISMATCH), so no size check by writers either"
#define MAILSLOT_REASON_512_QUEUED "at most 512 messages are queued (a Unix socket's net.unix.max_dgram_qlen), then a write waits"
// What exists on POSIX or Linux only:
#define MAILSLOT_REASON_BOUNDED_QUEUE "a bounded queue (a Windows slot's queue is the system's)"
#define MAILSLOT_REASON_TAP "watching another process's slot (the tap; on Windows it would need a driver)"
#define MAILSLOT_REASON_BRIDGE "the UDP 138 bridge (on Windows the system carries mailslot datagrams)"

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
