/* The C write/read loops of mailslot-capi-bench: what a program ported from Windows does. */
#include "capibenchloop.h"

#include <string.h>

long long capiWriteLoop(const char *name, long long count, unsigned size)
{
    HANDLE writer = CreateFileA(name, GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (writer == INVALID_HANDLE_VALUE)
        return 0;
    char buffer[4096] = {0};
    long long written = 0;
    for (long long i = 0; i < count; ++i) {
        memcpy(buffer, &i, sizeof i);
        DWORD done = 0;
        if (WriteFile(writer, buffer, size, &done, NULL))
            ++written;
    }
    CloseHandle(writer);
    return written;
}

long long capiReadLoop(HANDLE server, long long count)
{
    char buffer[4096];
    long long received = 0;
    for (; received < count; ++received) {
        DWORD done = 0;
        long long sequence = -1;
        if (!ReadFile(server, buffer, sizeof buffer, &done, NULL) || done < sizeof sequence)
            break;
        memcpy(&sequence, buffer, sizeof sequence);
        if (sequence != received)
            break;
    }
    return received;
}
