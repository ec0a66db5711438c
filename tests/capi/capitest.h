/* The C test suite of libmailslot (C99): the Win32 mailslot API exercised as a Windows program
 * would. The same sources build on Linux against <mailslot/win32.h> (our library) and with
 * mingw-w64 against <windows.h> (the system's mailslots), run under Wine by
 * tools/capi-wine-tests.sh; Wine's known deviations are skipped with the reason. */
#ifndef CAPITEST_H
#define CAPITEST_H

#include <mailslot/win32.h>

#include <stdio.h>
#include <string.h>

extern int g_failures;
extern int g_skips;
extern int g_onWine;

#define CHECK(cond)                                                                                        \
    do {                                                                                                   \
        if (!(cond)) {                                                                                     \
            ++g_failures;                                                                                  \
            fprintf(stderr, "  %s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond);                             \
        }                                                                                                  \
    } while (0)

#define CHECK_EQ(actual, expected)                                                                         \
    do {                                                                                                   \
        unsigned long long a_ = (unsigned long long)(actual), e_ = (unsigned long long)(expected);         \
        if (a_ != e_) {                                                                                    \
            ++g_failures;                                                                                  \
            fprintf(stderr, "  %s:%d: FAIL: %s is %llu, expected %s (%llu)\n", __FILE__, __LINE__, #actual, \
                    a_, #expected, e_);                                                                    \
        }                                                                                                  \
    } while (0)

/* A call that must fail (FALSE or INVALID_HANDLE_VALUE, as `failed`) with this last error. */
#define CHECK_FAILS(failed, error)                                                                         \
    do {                                                                                                   \
        int f_ = (failed);                                                                                 \
        DWORD g_ = GetLastError();                                                                         \
        if (!f_ || g_ != (DWORD)(error)) {                                                                 \
            ++g_failures;                                                                                  \
            fprintf(stderr, "  %s:%d: FAIL: %s: %s, last error %lu, expected failure with %s (%lu)\n",     \
                    __FILE__, __LINE__, #failed, f_ ? "failed" : "succeeded", (unsigned long)g_, #error,    \
                    (unsigned long)(error));                                                               \
        }                                                                                                  \
    } while (0)

/* A check that Wine is known to fail: on Wine a failure is reported as a skip with the reason. */
#define CHECK_NOT_WINE(cond, reason)                                                                       \
    do {                                                                                                   \
        if (!(cond)) {                                                                                     \
            if (g_onWine) {                                                                                \
                ++g_skips;                                                                                 \
                fprintf(stderr, "  %s:%d: SKIP on Wine: %s\n", __FILE__, __LINE__, reason);                \
            } else {                                                                                       \
                ++g_failures;                                                                              \
                fprintf(stderr, "  %s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond);                         \
            }                                                                                              \
        }                                                                                                  \
    } while (0)

#define SKIP_CASE(reason)                                                                                  \
    do {                                                                                                   \
        ++g_skips;                                                                                         \
        fprintf(stderr, "  SKIP: %s\n", reason);                                                           \
        return;                                                                                            \
    } while (0)

typedef void (*TestCase)(void);
struct CaseEntry
{
    const char *name;
    TestCase run;
};

/* A slot name unique to this run and case: \\.\mailslot\capitest\<pid>\<tag>. */
void slotName(char *out, size_t size, const char *tag);
/* The same name in UTF-16 (ASCII names only). */
void widen(WCHAR *out, size_t count, const char *ascii);
/* A writer handle on a local slot, as the SDK's sample opens it (sharing writes with others). */
HANDLE openWriter(const char *name);
BOOL writeText(HANDLE writer, const char *text);

/* Portable threads, child processes and a monotonic clock. */
typedef void (*ThreadBody)(void *argument);
void *startThread(ThreadBody body, void *argument);
void joinThread(void *thread);
/* Runs this program again with the arguments; returns its exit status (-1 if it did not run). */
int runSelf(const char *const *arguments);
void setSelfPath(const char *argv0);
double nowMs(void);
int detectWine(void);

/* The groups of cases, and the child-process roles (capitests.c dispatches them). */
extern const struct CaseEntry g_basicCases[];
extern const struct CaseEntry g_concurrencyCases[];
extern const struct CaseEntry g_extensionCases[];
int childWrite(const char *name, int count, const char *tag);

#endif
