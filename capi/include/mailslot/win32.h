/*
 * <mailslot/win32.h>: Windows mailslots with the Win32 names and signatures, on Linux.
 *
 * libmailslot (pkg-config module "mailslot") gives a C program the mailslot part of the Win32
 * API, so that code written for Windows compiles for Linux unchanged and talks to Mailslot
 * Monitor, the `mailslot` tool and any other program of this project:
 *
 *     HANDLE server = CreateMailslotA("\\\\.\\mailslot\\demo", 0, MAILSLOT_WAIT_FOREVER, NULL);
 *     HANDLE client = CreateFileA("\\\\.\\mailslot\\demo", GENERIC_WRITE, FILE_SHARE_READ, NULL,
 *                                 OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
 *     WriteFile(client, "hello", 5, &written, NULL);
 *     ReadFile(server, buffer, sizeof buffer, &read, NULL);
 *
 * On Windows (where _WIN32 is defined, e.g. with mingw-w64) this header includes <windows.h>
 * and declares nothing of its own: the same source then uses the system's mailslots.
 *
 * C99; it also compiles as C++. Every function is thread-safe. The behaviour is the project's
 * Linux back-end's (README.md, "Semantics (Linux)"), which follows the documented Windows one:
 *
 *  - CreateMailslot: names \\.\mailslot\[path\]name, case-insensitive ('/' is taken as '\').
 *    NULL or an empty name: ERROR_PATH_NOT_FOUND; anything else that is not such a name,
 *    remote forms included: ERROR_INVALID_NAME; a second server of a name (any case):
 *    ERROR_ALREADY_EXISTS. The slot lives until its handle is closed or the process exits.
 *  - CreateFile opens mailslot names only (any other path: ERROR_NOT_SUPPORTED; NULL or empty:
 *    ERROR_PATH_NOT_FOUND). dwCreationDisposition must be OPEN_EXISTING or OPEN_ALWAYS (else
 *    ERROR_INVALID_PARAMETER); the handle writes only if dwDesiredAccess has GENERIC_WRITE (or
 *    GENERIC_ALL). A local slot that does not exist: ERROR_FILE_NOT_FOUND. dwShareMode is not
 *    enforced: any number of writers coexist (Windows refuses a second writer unless every
 *    writer allows FILE_SHARE_WRITE; code for both systems opens with FILE_SHARE_READ |
 *    FILE_SHARE_WRITE when it keeps several writers open).
 *    Remote names (\\HOST\mailslot\x, \\DOMAIN\mailslot\x, \\*\mailslot\x) open without a check,
 *    as on Windows; each WriteFile then sends one [MS-MAIL] datagram on UDP 138, as
 *    `mailslot send` does (workgroup and NetBIOS name from smb.conf; the environment variable
 *    MAILSLOT_DATAGRAM_PORT sends to another port). A message over the network limit (424
 *    bytes for most names): ERROR_BAD_NETPATH.
 *  - WriteFile: one call, one message; zero bytes is a real message. Over the slot's maximum
 *    size: ERROR_MESSAGE_EXCEEDS_MAX_SIZE, nothing queued. A full queue makes the writer wait
 *    up to 10 s, then ERROR_NOT_ENOUGH_QUOTA. The server gone: ERROR_FILE_NOT_FOUND. On a
 *    server handle: ERROR_ACCESS_DENIED.
 *  - ReadFile: one whole message. A buffer too small: ERROR_INSUFFICIENT_BUFFER, the message
 *    stays queued (GetMailslotInfo's next size tells how much room it needs). Empty: ERROR_SEM_TIMEOUT after the
 *    read timeout (0 = at once, MAILSLOT_WAIT_FOREVER = never). On a client handle:
 *    ERROR_ACCESS_DENIED.
 *  - GetMailslotInfo (any out-parameter may be NULL) and SetMailslotInfo work on server handles
 *    only (a client handle: ERROR_ACCESS_DENIED).
 *  - lpOverlapped must be NULL (else ERROR_INVALID_PARAMETER): reads and writes are synchronous.
 *    lpSecurityAttributes and hTemplateFile are accepted and ignored (slots are private to the
 *    user: a directory of mode 0700).
 *  - Any function given a handle that is not open (NULL, INVALID_HANDLE_VALUE, closed):
 *    ERROR_INVALID_HANDLE. Handle values are never reused in a process.
 *  - GetLastError/SetLastError: a value per thread; every call of this API sets it, to
 *    ERROR_SUCCESS when it succeeds.
 *  - LPCWSTR names are UTF-16 (16-bit WCHAR). WCHAR is wchar_t when wchar_t has 16 bits (build
 *    with -fshort-wchar and L"..." literals work unchanged), char16_t in C++ (u"..." literals),
 *    and uint16_t in C (C11's u"..." literals are arrays of it).
 *
 * One extension, for event loops (poll, epoll, select, GLib, Qt's QSocketNotifier):
 * MailslotGetPollDescriptor (below).
 */
#ifndef MAILSLOT_WIN32_H
#define MAILSLOT_WIN32_H

#if defined(_WIN32)
#include <windows.h>
#else

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define MAILSLOT_API __attribute__((visibility("default")))
#else
#define MAILSLOT_API
#endif
#define WINAPI

typedef uint32_t DWORD;
typedef int BOOL;
typedef unsigned char BYTE;
typedef void *HANDLE;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef DWORD *LPDWORD;
typedef char CHAR;
typedef const CHAR *LPCSTR;
#if defined(__SIZEOF_WCHAR_T__) && __SIZEOF_WCHAR_T__ == 2
typedef wchar_t WCHAR;
#elif defined(__cplusplus)
typedef char16_t WCHAR;
#else
typedef uint16_t WCHAR;
#endif
typedef const WCHAR *LPCWSTR;

typedef struct _SECURITY_ATTRIBUTES {
    DWORD nLength;
    LPVOID lpSecurityDescriptor;
    BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

typedef struct _OVERLAPPED {
    uintptr_t Internal;
    uintptr_t InternalHigh;
    union {
        struct {
            DWORD Offset;
            DWORD OffsetHigh;
        } s;
        LPVOID Pointer;
    } u;
    HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

#define INVALID_HANDLE_VALUE ((HANDLE)(intptr_t)-1)
#define MAILSLOT_WAIT_FOREVER ((DWORD)-1)
#define MAILSLOT_NO_MESSAGE ((DWORD)-1)

#define GENERIC_READ 0x80000000u
#define GENERIC_WRITE 0x40000000u
#define GENERIC_EXECUTE 0x20000000u
#define GENERIC_ALL 0x10000000u

#define FILE_SHARE_READ 0x00000001u
#define FILE_SHARE_WRITE 0x00000002u
#define FILE_SHARE_DELETE 0x00000004u

#define CREATE_NEW 1
#define CREATE_ALWAYS 2
#define OPEN_EXISTING 3
#define OPEN_ALWAYS 4
#define TRUNCATE_EXISTING 5

#define FILE_ATTRIBUTE_NORMAL 0x00000080u

/* The error codes this library reports (GetLastError). */
#define ERROR_SUCCESS 0L
#define ERROR_FILE_NOT_FOUND 2L
#define ERROR_PATH_NOT_FOUND 3L
#define ERROR_ACCESS_DENIED 5L
#define ERROR_INVALID_HANDLE 6L
#define ERROR_NOT_ENOUGH_MEMORY 8L
#define ERROR_INVALID_DATA 13L
#define ERROR_GEN_FAILURE 31L
#define ERROR_NOT_SUPPORTED 50L
#define ERROR_BAD_NETPATH 53L
#define ERROR_INVALID_PARAMETER 87L
#define ERROR_BROKEN_PIPE 109L
#define ERROR_SEM_TIMEOUT 121L
#define ERROR_INSUFFICIENT_BUFFER 122L
#define ERROR_INVALID_NAME 123L
#define ERROR_ALREADY_EXISTS 183L
#define ERROR_NOT_ENOUGH_QUOTA 1816L
#define ERROR_MESSAGE_EXCEEDS_MAX_SIZE 4336L

MAILSLOT_API HANDLE WINAPI CreateMailslotA(LPCSTR lpName, DWORD nMaxMessageSize, DWORD lReadTimeout,
                                           LPSECURITY_ATTRIBUTES lpSecurityAttributes);
MAILSLOT_API HANDLE WINAPI CreateMailslotW(LPCWSTR lpName, DWORD nMaxMessageSize, DWORD lReadTimeout,
                                           LPSECURITY_ATTRIBUTES lpSecurityAttributes);
MAILSLOT_API HANDLE WINAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                                       LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                                       DWORD dwFlagsAndAttributes, HANDLE hTemplateFile);
MAILSLOT_API HANDLE WINAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                                       LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                                       DWORD dwFlagsAndAttributes, HANDLE hTemplateFile);
MAILSLOT_API BOOL WINAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead,
                                  LPDWORD lpNumberOfBytesRead, LPOVERLAPPED lpOverlapped);
MAILSLOT_API BOOL WINAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite,
                                   LPDWORD lpNumberOfBytesWritten, LPOVERLAPPED lpOverlapped);
MAILSLOT_API BOOL WINAPI GetMailslotInfo(HANDLE hMailslot, LPDWORD lpMaxMessageSize, LPDWORD lpNextSize,
                                         LPDWORD lpMessageCount, LPDWORD lpReadTimeout);
MAILSLOT_API BOOL WINAPI SetMailslotInfo(HANDLE hMailslot, DWORD lReadTimeout);
MAILSLOT_API BOOL WINAPI CloseHandle(HANDLE hObject);
MAILSLOT_API DWORD WINAPI GetLastError(void);
MAILSLOT_API void WINAPI SetLastError(DWORD dwErrCode);

#ifdef UNICODE
#define CreateMailslot CreateMailslotW
#define CreateFile CreateFileW
#else
#define CreateMailslot CreateMailslotA
#define CreateFile CreateFileA
#endif

/*
 * Extension (not in Win32): a file descriptor for event loops, for a server handle.
 *
 * The descriptor polls readable (POLLIN, EPOLLIN, select's read set) while a message is waiting
 * in the slot, whichever process wrote it. It is level-triggered as this library sees the slot:
 * after each ReadFile or GetMailslotInfo on the handle it is readable exactly when a message is
 * left; a message written later makes it readable. It may also poll readable when the slot has
 * just been emptied by a read still in progress in another thread: a ReadFile then fails with
 * ERROR_SEM_TIMEOUT, which is harmless. The usual loop: set the read timeout to 0, poll, and on
 * POLLIN call ReadFile until it fails with ERROR_SEM_TIMEOUT.
 *
 * Only poll the descriptor (never read, write or close it); it belongs to the handle and is
 * closed by CloseHandle. Every call returns the same descriptor. Returns -1 on failure:
 * ERROR_INVALID_HANDLE (not an open handle), ERROR_ACCESS_DENIED (a client handle).
 */
MAILSLOT_API int MailslotGetPollDescriptor(HANDLE hMailslot);

#ifdef __cplusplus
}
#endif

#endif /* !_WIN32 */
#endif /* MAILSLOT_WIN32_H */
