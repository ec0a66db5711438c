/* The suite's few platform services: threads, child processes, a clock, Wine detection. */
#if !defined(_WIN32)
#define _POSIX_C_SOURCE 200809L
#endif
#include "capitest.h"

#include <stdlib.h>

#if defined(_WIN32)
#include <process.h>
#else
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
extern char **environ;
#endif

static char g_selfPath[4096];

static unsigned long currentPid(void)
{
#if defined(_WIN32)
    return (unsigned long)GetCurrentProcessId();
#else
    return (unsigned long)getpid();
#endif
}

void slotName(char *out, size_t size, const char *tag)
{
    snprintf(out, size, "\\\\.\\mailslot\\capitest\\%lu\\%s", currentPid(), tag);
}

void widen(WCHAR *out, size_t count, const char *ascii)
{
    size_t i = 0;
    for (; ascii[i] && i + 1 < count; ++i)
        out[i] = (WCHAR)(unsigned char)ascii[i];
    out[i] = 0;
}

HANDLE openWriter(const char *name)
{
    /* FILE_SHARE_WRITE too: Windows refuses a second writer when the first did not share writing. */
    return CreateFileA(name, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                       FILE_ATTRIBUTE_NORMAL, NULL);
}

BOOL writeText(HANDLE writer, const char *text)
{
    DWORD written = 0;
    const BOOL ok = WriteFile(writer, text, (DWORD)strlen(text), &written, NULL);
    return ok && written == strlen(text);
}

struct ThreadStart
{
    ThreadBody body;
    void *argument;
};

#if defined(_WIN32)
static unsigned __stdcall threadMain(void *start)
#else
static void *threadMain(void *start)
#endif
{
    struct ThreadStart s = *(struct ThreadStart *)start;
    free(start);
    s.body(s.argument);
    return 0;
}

void *startThread(ThreadBody body, void *argument)
{
    struct ThreadStart *start = (struct ThreadStart *)malloc(sizeof *start);
    if (!start)
        return NULL;
    start->body = body;
    start->argument = argument;
#if defined(_WIN32)
    return (void *)_beginthreadex(NULL, 0, threadMain, start, 0, NULL);
#else
    pthread_t *thread = (pthread_t *)malloc(sizeof *thread);
    if (!thread || pthread_create(thread, NULL, threadMain, start) != 0) {
        free(thread);
        free(start);
        return NULL;
    }
    return thread;
#endif
}

void joinThread(void *thread)
{
    if (!thread)
        return;
#if defined(_WIN32)
    WaitForSingleObject((HANDLE)thread, INFINITE);
    CloseHandle((HANDLE)thread);
#else
    pthread_join(*(pthread_t *)thread, NULL);
    free(thread);
#endif
}

void setSelfPath(const char *argv0)
{
#if defined(_WIN32)
    (void)argv0;
    GetModuleFileNameA(NULL, g_selfPath, (DWORD)sizeof g_selfPath);
#else
    const ssize_t n = readlink("/proc/self/exe", g_selfPath, sizeof g_selfPath - 1);
    if (n > 0)
        g_selfPath[n] = '\0';
    else
        snprintf(g_selfPath, sizeof g_selfPath, "%s", argv0);
#endif
}

int runSelf(const char *const *arguments)
{
#if defined(_WIN32)
    char command[8192];
    size_t used = (size_t)snprintf(command, sizeof command, "\"%s\"", g_selfPath);
    for (int i = 0; arguments[i] && used < sizeof command; ++i)
        used += (size_t)snprintf(command + used, sizeof command - used, " \"%s\"", arguments[i]);
    STARTUPINFOA startup;
    PROCESS_INFORMATION process;
    memset(&startup, 0, sizeof startup);
    startup.cb = sizeof startup;
    if (!CreateProcessA(g_selfPath, command, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &process))
        return -1;
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD status = 1;
    GetExitCodeProcess(process.hProcess, &status);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    return (int)status;
#else
    const char *argv[32];
    int n = 0;
    argv[n++] = g_selfPath;
    for (int i = 0; arguments[i] && n < 31; ++i)
        argv[n++] = arguments[i];
    argv[n] = NULL;
    pid_t pid = 0;
    if (posix_spawn(&pid, g_selfPath, NULL, NULL, (char *const *)argv, environ) != 0)
        return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
#endif
}

double nowMs(void)
{
#if defined(_WIN32)
    LARGE_INTEGER counter, frequency;
    QueryPerformanceCounter(&counter);
    QueryPerformanceFrequency(&frequency);
    return (double)counter.QuadPart * 1000.0 / (double)frequency.QuadPart;
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
#endif
}

int detectWine(void)
{
#if defined(_WIN32)
    HMODULE ntdll = GetModuleHandleA("ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != NULL;
#else
    return 0;
#endif
}
