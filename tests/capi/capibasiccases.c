/* Single-threaded cases: names, GetMailslotInfo, message boundaries, timeouts, wrong handles.
 * Expected values are Windows' documented and observed ones (../shared/reference/
 * mailslot-protocol.md §1, the README's table). */
#include "capitest.h"

static void createAndInfo(void)
{
    char name[256];
    slotName(name, sizeof name, "info");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    CHECK(server != INVALID_HANDLE_VALUE);
    DWORD maxSize = 7, next = 7, count = 7, timeout = 7;
    CHECK(GetMailslotInfo(server, &maxSize, &next, &count, &timeout));
    CHECK_EQ(maxSize, 0);
    CHECK_EQ(next, MAILSLOT_NO_MESSAGE);
    CHECK_EQ(count, 0);
    CHECK_EQ(timeout, 0);
    CHECK(GetMailslotInfo(server, NULL, NULL, NULL, NULL));
    CHECK(GetMailslotInfo(server, NULL, &next, NULL, NULL));
    CHECK_EQ(next, MAILSLOT_NO_MESSAGE);
    CHECK(CloseHandle(server));

    /* Odd values are kept as given: -1, -1 (WINE-T, checked against Windows). */
    server = CreateMailslotA(name, (DWORD)-1, MAILSLOT_WAIT_FOREVER, NULL);
    CHECK(server != INVALID_HANDLE_VALUE);
    CHECK(GetMailslotInfo(server, &maxSize, NULL, NULL, &timeout));
    CHECK_EQ(maxSize, 0xFFFFFFFFu);
    CHECK_EQ(timeout, MAILSLOT_WAIT_FOREVER);
    CHECK(CloseHandle(server));
}

static void names(void)
{
    char name[256], upper[256];
    WCHAR wide[256];
    slotName(name, sizeof name, "Names");
    CHECK_FAILS(CreateMailslotA(NULL, 0, 0, NULL) == INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateMailslotA("blah", 0, 0, NULL) == INVALID_HANDLE_VALUE, ERROR_INVALID_NAME);
    CHECK_FAILS(openWriter(name) == INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);

    widen(wide, 256, name);
    HANDLE server = CreateMailslotW(wide, 0, 0, NULL);
    CHECK(server != INVALID_HANDLE_VALUE);
    /* The same name in another case, through the ANSI entry point: the same slot. */
    snprintf(upper, sizeof upper, "%s", name);
    for (char *c = upper; *c; ++c)
        if (*c >= 'a' && *c <= 'z')
            *c = (char)(*c - 'a' + 'A');
    CHECK_FAILS(CreateMailslotA(upper, 0, 0, NULL) == INVALID_HANDLE_VALUE, ERROR_ALREADY_EXISTS);
    HANDLE writer = CreateFileW(wide, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, NULL);
    CHECK(writer != INVALID_HANDLE_VALUE);
    HANDLE second = openWriter(upper);
    CHECK(second != INVALID_HANDLE_VALUE);
    CHECK(writeText(second, "x"));
    DWORD count = 0;
    CHECK(GetMailslotInfo(server, NULL, NULL, &count, NULL));
    CHECK_EQ(count, 1);
    CHECK(CloseHandle(second));
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(server));
}

/* The observed Windows sequence (WINE-T): 'a', 'bc', then a zero-length message. */
static void messageSequence(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "sequence");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    HANDLE writer = openWriter(name);
    CHECK(server != INVALID_HANDLE_VALUE && writer != INVALID_HANDLE_VALUE);
    DWORD next = 0, count = 0, done = 99;
    CHECK(writeText(writer, "a"));
    CHECK(GetMailslotInfo(server, NULL, &next, &count, NULL));
    CHECK_EQ(next, 1);
    CHECK_EQ(count, 1);
    CHECK(writeText(writer, "bc"));
    CHECK(WriteFile(writer, "", 0, &done, NULL));
    CHECK_EQ(done, 0);
    CHECK(GetMailslotInfo(server, NULL, &next, &count, NULL));
    CHECK_EQ(next, 1);
    CHECK_NOT_WINE(count == 3, "Wine reports at most 1 message and does not count an empty one");

    CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
    CHECK(done == 1 && buffer[0] == 'a');
    CHECK(GetMailslotInfo(server, NULL, &next, &count, NULL));
    CHECK_EQ(next, 2);
    CHECK_NOT_WINE(count == 2, "Wine reports at most 1 message");
    CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
    CHECK(done == 2 && memcmp(buffer, "bc", 2) == 0);
    CHECK(GetMailslotInfo(server, NULL, &next, &count, NULL));
    CHECK_NOT_WINE(next == 0 && count == 1, "Wine does not report a waiting zero-length message");
    done = 99;
    CHECK_NOT_WINE(ReadFile(server, buffer, sizeof buffer, &done, NULL) && done == 0,
                   "Wine reads a zero-length message as FALSE/ERROR_BROKEN_PIPE");
    CHECK(GetMailslotInfo(server, NULL, &next, &count, NULL));
    CHECK_EQ(next, MAILSLOT_NO_MESSAGE);
    CHECK_EQ(count, 0);
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(server));
}

static void shortBuffer(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "short");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    HANDLE writer = openWriter(name);
    CHECK(writeText(writer, "hello"));
    DWORD done = 0, next = 0;
    const BOOL ok = ReadFile(server, buffer, 3, &done, NULL);
    const DWORD error = GetLastError();
    CHECK_NOT_WINE(!ok && error == ERROR_INSUFFICIENT_BUFFER, "Wine truncates the message and returns TRUE");
    if (!ok) {
        /* The message stays queued, whole. */
        CHECK(GetMailslotInfo(server, NULL, &next, NULL, NULL));
        CHECK_EQ(next, 5);
        CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
        CHECK(done == 5 && memcmp(buffer, "hello", 5) == 0);
    }
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(server));
}

static void readTimeouts(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "timeouts");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    DWORD done = 99, timeout = 0;
    /* 0: at once, even with a zero-length buffer. */
    CHECK_FAILS(!ReadFile(server, buffer, sizeof buffer, &done, NULL), ERROR_SEM_TIMEOUT);
    CHECK_EQ(done, 0);
    const BOOL empty = ReadFile(server, buffer, 0, &done, NULL);
    const DWORD error = GetLastError();
    CHECK_NOT_WINE(!empty && error == ERROR_SEM_TIMEOUT, "Wine fails a 0-byte read of an empty slot with ERROR_BROKEN_PIPE");
    CHECK(SetMailslotInfo(server, 300));
    CHECK(GetMailslotInfo(server, NULL, NULL, NULL, &timeout));
    CHECK_EQ(timeout, 300);
    const double start = nowMs();
    CHECK_FAILS(!ReadFile(server, buffer, sizeof buffer, &done, NULL), ERROR_SEM_TIMEOUT);
    const double waited = nowMs() - start;
    if (waited < 250) { /* a lower bound only: a busy machine may take longer, never shorter */
        ++g_failures;
        fprintf(stderr, "  FAIL: the read gave up after %.0f ms of a 300 ms timeout\n", waited);
    }
    CHECK(SetMailslotInfo(server, MAILSLOT_WAIT_FOREVER));
    CHECK(GetMailslotInfo(server, NULL, NULL, NULL, &timeout));
    CHECK_EQ(timeout, MAILSLOT_WAIT_FOREVER);
    CHECK(CloseHandle(server));
}

static void wrongEnds(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "ends");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    HANDLE writer = openWriter(name);
    DWORD done = 0;
    CHECK_FAILS(!WriteFile(server, "x", 1, &done, NULL), ERROR_ACCESS_DENIED);
    /* Windows answers either (WINE-T). */
    const BOOL ok = ReadFile(writer, buffer, sizeof buffer, &done, NULL);
    const DWORD error = GetLastError();
    CHECK(!ok && (error == ERROR_ACCESS_DENIED || error == ERROR_INVALID_PARAMETER));
    CHECK(GetMailslotInfo(server, NULL, NULL, &done, NULL));
    CHECK_EQ(done, 0);
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(server));
}

static void invalidHandles(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "handles");
    DWORD done = 0;
    CHECK_FAILS(!ReadFile(NULL, buffer, sizeof buffer, &done, NULL), ERROR_INVALID_HANDLE);
    CHECK_FAILS(!WriteFile(INVALID_HANDLE_VALUE, "x", 1, &done, NULL), ERROR_INVALID_HANDLE);
    CHECK_FAILS(!GetMailslotInfo(INVALID_HANDLE_VALUE, NULL, NULL, NULL, NULL), ERROR_INVALID_HANDLE);
    CHECK_FAILS(!SetMailslotInfo(NULL, 0), ERROR_INVALID_HANDLE);
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    CHECK(CloseHandle(server));
    CHECK_FAILS(!CloseHandle(server), ERROR_INVALID_HANDLE);
    CHECK_FAILS(!GetMailslotInfo(server, NULL, NULL, NULL, NULL), ERROR_INVALID_HANDLE);
    /* Closed, the name is free again. */
    server = CreateMailslotA(name, 0, 0, NULL);
    CHECK(server != INVALID_HANDLE_VALUE);
    CHECK(CloseHandle(server));
}

static void serverGone(void)
{
    char name[256];
    slotName(name, sizeof name, "gone");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    HANDLE writer = openWriter(name);
    CHECK(writeText(writer, "queued"));
    CHECK(CloseHandle(server));
    DWORD done = 0;
    const BOOL ok = WriteFile(writer, "late", 4, &done, NULL);
    const DWORD error = GetLastError();
    CHECK_NOT_WINE(!ok && error == ERROR_FILE_NOT_FOUND, "a write to a closed slot succeeds on Wine");
    CHECK(CloseHandle(writer));
    CHECK_FAILS(openWriter(name) == INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);
}

static void lastErrorPerThreadBody(void *argument)
{
    SetLastError(7);
    *(DWORD *)argument = GetLastError();
}

static void lastErrorPerThread(void)
{
    DWORD seen = 0;
    SetLastError(42);
    joinThread(startThread(lastErrorPerThreadBody, &seen));
    CHECK_EQ(seen, 7);
    CHECK_EQ(GetLastError(), 42);
    char name[256];
    slotName(name, sizeof name, "lasterror");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    SetLastError(42);
    CHECK(GetMailslotInfo(server, NULL, NULL, NULL, NULL));
    CHECK(CloseHandle(server));
}

const struct CaseEntry g_basicCases[] = {
    {"createAndInfo", createAndInfo},
    {"names", names},
    {"messageSequence", messageSequence},
    {"shortBuffer", shortBuffer},
    {"readTimeouts", readTimeouts},
    {"wrongEnds", wrongEnds},
    {"invalidHandles", invalidHandles},
    {"serverGone", serverGone},
    {"lastErrorPerThread", lastErrorPerThread},
    {NULL, NULL},
};
