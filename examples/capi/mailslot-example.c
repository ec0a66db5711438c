/* A mailslot server and client in one program, with Win32 calls only: it compiles unchanged on
 * Linux against libmailslot (cc mailslot-example.c $(pkg-config --cflags --libs mailslot)) and
 * on Windows against the system (x86_64-w64-mingw32-gcc mailslot-example.c). */
#include <mailslot/win32.h>

#include <stdio.h>

#define SLOT "\\\\.\\mailslot\\example\\hello"

int main(void)
{
    HANDLE server = CreateMailslotA(SLOT, 0, MAILSLOT_WAIT_FOREVER, NULL);
    if (server == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "CreateMailslot failed: error %lu\n", (unsigned long)GetLastError());
        return 1;
    }
    HANDLE client = CreateFileA(SLOT, GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, NULL);
    DWORD written = 0, count = 0, size = 0;
    if (client == INVALID_HANDLE_VALUE || !WriteFile(client, "hello", 5, &written, NULL)) {
        fprintf(stderr, "CreateFile/WriteFile failed: error %lu\n", (unsigned long)GetLastError());
        return 1;
    }
    char message[64];
    if (!GetMailslotInfo(server, NULL, NULL, &count, NULL) || !ReadFile(server, message, sizeof message, &size, NULL)) {
        fprintf(stderr, "GetMailslotInfo/ReadFile failed: error %lu\n", (unsigned long)GetLastError());
        return 1;
    }
    printf("%lu waiting; read \"%.*s\"\n", (unsigned long)count, (int)size, message);
    CloseHandle(client);
    CloseHandle(server);
    return 0;
}
