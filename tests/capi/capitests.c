/* The runner: every case, or those named on the command line; child roles for the cases that
 * need another process (--write NAME COUNT TAG, --create NAME). Exit status 0 when all passed. */
#if !defined(_WIN32)
#define _GNU_SOURCE
#endif
#include "capitest.h"

#include <stdlib.h>

#if !defined(_WIN32)
#include <unistd.h>
#endif

int g_failures = 0;
int g_skips = 0;
int g_onWine = 0;

static int runChildRole(int argc, char **argv)
{
    if (argc == 5 && strcmp(argv[1], "--write") == 0)
        return childWrite(argv[2], atoi(argv[3]), argv[4]);
    if (argc == 3 && strcmp(argv[1], "--create") == 0) {
        HANDLE server = CreateMailslotA(argv[2], 0, 0, NULL);
        if (server == INVALID_HANDLE_VALUE)
            return (int)GetLastError();
        return CloseHandle(server) ? 0 : 1;
    }
    return -1;
}

static int selected(int argc, char **argv, const char *name)
{
    if (argc < 2)
        return 1;
    for (int i = 1; i < argc; ++i)
        if (strcmp(argv[i], name) == 0)
            return 1;
    return 0;
}

#if !defined(_WIN32)
static char g_privateDir[] = "/tmp/capitests-XXXXXX";
#endif

/* On Linux, slots of this run live in a folder of their own (inherited by child processes),
 * unless MAILSLOT_RUNTIME_DIR names one. Returns whether one was made (removed at the end). */
static int usePrivateNamespace(void)
{
#if !defined(_WIN32)
    if (!getenv("MAILSLOT_RUNTIME_DIR") && mkdtemp(g_privateDir)) {
        setenv("MAILSLOT_RUNTIME_DIR", g_privateDir, 1);
        return 1;
    }
#endif
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    setSelfPath(argv[0]);
    const int role = runChildRole(argc, argv);
    if (role >= 0)
        return role;
    const int privateNamespace = usePrivateNamespace();
    g_onWine = detectWine();
    const struct CaseEntry *groups[] = {g_basicCases, g_concurrencyCases, g_extensionCases};
    int cases = 0, failedCases = 0;
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; ++g) {
        for (const struct CaseEntry *c = groups[g]; c->name; ++c) {
            if (!selected(argc, argv, c->name))
                continue;
            const int before = g_failures;
            printf("%s\n", c->name);
            c->run();
            ++cases;
            if (g_failures != before) {
                ++failedCases;
                printf("FAIL %s\n", c->name);
            } else {
                printf("PASS %s\n", c->name);
            }
        }
    }
#if !defined(_WIN32)
    if (privateNamespace)
        rmdir(g_privateDir);
#else
    (void)privateNamespace;
#endif
    printf("%d cases, %d failed, %d checks skipped%s\n", cases, failedCases, g_skips, g_onWine ? " (Wine)" : "");
    return failedCases || cases == 0 ? 1 : 0;
}
