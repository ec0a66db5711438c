/* Cases across threads and processes: ordering per writer, nothing lost or duplicated, a
 * blocking read woken by a write, a writer in another process. */
#include "capitest.h"

#include <stdlib.h>

enum { kMessagesPerWriter = 2000 };
/* The read timeout of these cases: never reached when all goes well, it only turns a lost
 * message into a failure instead of a hang. */
enum { kGuardTimeoutMs = 30000 };

struct Writer
{
    const char *name;
    int id;
    int count;
    int failures;
};

static void writerBody(void *argument)
{
    struct Writer *w = (struct Writer *)argument;
    HANDLE writer = openWriter(w->name);
    if (writer == INVALID_HANDLE_VALUE) {
        w->failures = w->count;
        return;
    }
    for (int i = 0; i < w->count; ++i) {
        char text[32];
        snprintf(text, sizeof text, "%d:%d", w->id, i);
        if (!writeText(writer, text))
            ++w->failures;
    }
    CloseHandle(writer);
}

/* Reads count messages "<writer>:<n>" and checks that each writer's arrive in order, once. */
static void readInOrder(HANDLE server, int writers, int count)
{
    int next[8] = {0};
    for (int received = 0; received < writers * count; ++received) {
        char buffer[32] = {0};
        DWORD done = 0;
        if (!ReadFile(server, buffer, sizeof buffer - 1, &done, NULL)) {
            ++g_failures;
            fprintf(stderr, "  FAIL: read %d failed with %lu\n", received, (unsigned long)GetLastError());
            return;
        }
        int writer = -1, n = -1;
        if (sscanf(buffer, "%d:%d", &writer, &n) != 2 || writer < 0 || writer >= writers || n != next[writer]) {
            ++g_failures;
            fprintf(stderr, "  FAIL: message \"%s\" out of order (writer %d expected %d)\n", buffer, writer,
                    writer >= 0 && writer < writers ? next[writer] : -1);
            return;
        }
        ++next[writer];
    }
}

static void writerThreads(void)
{
    char name[256];
    slotName(name, sizeof name, "threads");
    HANDLE server = CreateMailslotA(name, 0, kGuardTimeoutMs, NULL);
    CHECK(server != INVALID_HANDLE_VALUE);
    struct Writer writers[3];
    void *threads[3];
    for (int i = 0; i < 3; ++i) {
        writers[i].name = name;
        writers[i].id = i;
        writers[i].count = kMessagesPerWriter;
        writers[i].failures = 0;
        threads[i] = startThread(writerBody, &writers[i]);
        CHECK(threads[i] != NULL);
    }
    readInOrder(server, 3, kMessagesPerWriter);
    for (int i = 0; i < 3; ++i) {
        joinThread(threads[i]);
        CHECK_EQ(writers[i].failures, 0);
    }
    DWORD count = 99;
    CHECK(GetMailslotInfo(server, NULL, NULL, &count, NULL));
    CHECK_EQ(count, 0);
    CHECK(CloseHandle(server));
}

struct BlockedRead
{
    HANDLE server;
    BOOL ok;
    DWORD size;
    char text[16];
};

static void blockedReadBody(void *argument)
{
    struct BlockedRead *r = (struct BlockedRead *)argument;
    r->ok = ReadFile(r->server, r->text, sizeof r->text, &r->size, NULL);
}

static void readWokenByWrite(void)
{
    char name[256];
    slotName(name, sizeof name, "wake");
    struct BlockedRead r;
    memset(&r, 0, sizeof r);
    r.server = CreateMailslotA(name, 0, kGuardTimeoutMs, NULL);
    void *thread = startThread(blockedReadBody, &r);
    HANDLE writer = openWriter(name);
    CHECK(writeText(writer, "wake up"));
    joinThread(thread);
    CHECK(r.ok);
    CHECK(r.size == 7 && memcmp(r.text, "wake up", 7) == 0);
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(r.server));
}

int childWrite(const char *name, int count, const char *tag)
{
    HANDLE writer = openWriter(name);
    if (writer == INVALID_HANDLE_VALUE)
        return 3;
    for (int i = 0; i < count; ++i) {
        char text[64];
        snprintf(text, sizeof text, "%s:%d", tag, i);
        if (!writeText(writer, text))
            return 4;
    }
    return CloseHandle(writer) ? 0 : 5;
}

static void writerProcess(void)
{
    char name[256];
    slotName(name, sizeof name, "process");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    /* 100 messages: Wine keeps a slot's messages in a socket buffer, where a few hundred block the writer. */
    const char *arguments[] = {"--write", name, "100", "0", NULL};
    CHECK_EQ(runSelf(arguments), 0);
    DWORD count = 0;
    CHECK(GetMailslotInfo(server, NULL, NULL, &count, NULL));
    CHECK_NOT_WINE(count == 100, "Wine reports at most 1 message");
    CHECK(SetMailslotInfo(server, kGuardTimeoutMs));
    readInOrder(server, 1, 100);
    CHECK(SetMailslotInfo(server, 0));
    CHECK_FAILS(!ReadFile(server, name, sizeof name, &count, NULL), ERROR_SEM_TIMEOUT);
    /* A second process cannot serve the same name either. */
    const char *serve[] = {"--create", name, NULL};
    CHECK_EQ(runSelf(serve), 183);
    CHECK(CloseHandle(server));
    CHECK_EQ(runSelf(serve), 0);
}

const struct CaseEntry g_concurrencyCases[] = {
    {"writerThreads", writerThreads},
    {"readWokenByWrite", readWokenByWrite},
    {"writerProcess", writerProcess},
    {NULL, NULL},
};
