/* Cases of this library only (Linux): the pollable descriptor, remote names through our datagram
 * sender, and the choices the README's table states where Windows documents nothing. */
#if !defined(_WIN32)
#define _GNU_SOURCE
#endif
#include "capitest.h"

#if defined(_WIN32)
const struct CaseEntry g_extensionCases[] = {{NULL, NULL}};
#else

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static int readable(int fd, int timeoutMs)
{
    struct pollfd p = {fd, POLLIN, 0};
    return poll(&p, 1, timeoutMs) == 1 && (p.revents & POLLIN);
}

static void pollDescriptor(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "poll");
    HANDLE server = CreateMailslotA(name, 0, 0, NULL);
    HANDLE writer = openWriter(name);
    CHECK(writeText(writer, "early"));
    const int fd = MailslotGetPollDescriptor(server);
    CHECK(fd >= 0);
    CHECK_EQ(MailslotGetPollDescriptor(server), fd);
    CHECK(readable(fd, 0)); /* a message written before the descriptor was asked for */
    DWORD done = 0;
    CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
    CHECK(!readable(fd, 0));
    CHECK(writeText(writer, "one"));
    CHECK(readable(fd, 10000));
    CHECK(writeText(writer, "two"));
    CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
    CHECK(readable(fd, 0)); /* "two" is still waiting */
    CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
    CHECK(done == 3 && memcmp(buffer, "two", 3) == 0);
    CHECK(!readable(fd, 0));
    CHECK_FAILS(!ReadFile(server, buffer, sizeof buffer, &done, NULL), ERROR_SEM_TIMEOUT);
    CHECK(!readable(fd, 0));
    /* A writer in another process wakes it too. */
    const char *arguments[] = {"--write", name, "1", "child", NULL};
    CHECK_EQ(runSelf(arguments), 0);
    CHECK(readable(fd, 10000));
    CHECK(ReadFile(server, buffer, sizeof buffer, &done, NULL));
    CHECK(!readable(fd, 0));

    CHECK_FAILS(MailslotGetPollDescriptor(writer) == -1, ERROR_ACCESS_DENIED);
    CHECK_FAILS(MailslotGetPollDescriptor(NULL) == -1, ERROR_INVALID_HANDLE);
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(server));
    CHECK_FAILS(MailslotGetPollDescriptor(server) == -1, ERROR_INVALID_HANDLE);
}

static void ourChoices(void)
{
    char name[256], buffer[16];
    slotName(name, sizeof name, "choices");
    HANDLE server = CreateMailslotA(name, 4, 0, NULL);
    HANDLE writer = openWriter(name);
    DWORD done = 0, count = 9;
    /* Over the maximum size: refused, nothing queued. */
    CHECK_FAILS(!WriteFile(writer, "12345", 5, &done, NULL), ERROR_MESSAGE_EXCEEDS_MAX_SIZE);
    CHECK(writeText(writer, "1234"));
    CHECK(GetMailslotInfo(server, NULL, NULL, &count, NULL));
    CHECK_EQ(count, 1);
    CHECK_FAILS(!ReadFile(server, buffer, sizeof buffer, &done, &(OVERLAPPED){0}), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateFileA(name, GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL) == INVALID_HANDLE_VALUE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateFileA("/etc/hostname", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL) == INVALID_HANDLE_VALUE,
                ERROR_NOT_SUPPORTED);
    CHECK_FAILS(CreateFileA("", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL) == INVALID_HANDLE_VALUE,
                ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateMailslotA("\\\\*\\mailslot\\x", 0, 0, NULL) == INVALID_HANDLE_VALUE, ERROR_INVALID_NAME);
    /* A handle opened without write access cannot write; a client has no figures. */
    HANDLE reader = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(reader != INVALID_HANDLE_VALUE);
    CHECK_FAILS(!WriteFile(reader, "x", 1, &done, NULL), ERROR_ACCESS_DENIED);
    CHECK_FAILS(!GetMailslotInfo(writer, NULL, NULL, NULL, NULL), ERROR_ACCESS_DENIED);
    CHECK_FAILS(!SetMailslotInfo(writer, 0), ERROR_ACCESS_DENIED);
    CHECK(CloseHandle(reader));
    CHECK(CloseHandle(writer));
    CHECK(CloseHandle(server));
}

static void remoteNames(void)
{
    char buffer[1024];
    /* Over the network limit: refused before anything is sent (\\*\..., "capi": 428 bytes). */
    HANDLE broadcast = openWriter("\\\\*\\mailslot\\capi");
    CHECK(broadcast != INVALID_HANDLE_VALUE);
    memset(buffer, 'x', sizeof buffer);
    DWORD done = 0;
    CHECK_FAILS(!WriteFile(broadcast, buffer, 429, &done, NULL), ERROR_BAD_NETPATH);
    CHECK(CloseHandle(broadcast));

    /* A computer by name, on a port of ours: one [MS-MAIL] datagram per write. */
    const int sock = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    CHECK(bind(sock, (struct sockaddr *)&address, sizeof address) == 0);
    CHECK(getsockname(sock, (struct sockaddr *)&address, &length) == 0);
    char port[16];
    snprintf(port, sizeof port, "%u", (unsigned)ntohs(address.sin_port));
    setenv("MAILSLOT_DATAGRAM_PORT", "not a port", 1);
    CHECK_FAILS(openWriter("\\\\localhost\\mailslot\\capi") == INVALID_HANDLE_VALUE, ERROR_INVALID_PARAMETER);
    setenv("MAILSLOT_DATAGRAM_PORT", port, 1);
    HANDLE remote = openWriter("\\\\localhost\\mailslot\\capi\\Remote");
    unsetenv("MAILSLOT_DATAGRAM_PORT");
    CHECK(remote != INVALID_HANDLE_VALUE);
    CHECK(writeText(remote, "over the wire"));
    struct pollfd p = {sock, POLLIN, 0};
    CHECK(poll(&p, 1, 10000) == 1);
    const ssize_t n = recv(sock, buffer, sizeof buffer, MSG_DONTWAIT);
    CHECK(n > 14 + 34 + 34 + 69);
    CHECK_EQ((unsigned char)buffer[0], 0x10); /* DIRECT_UNIQUE */
    const char *wireName = "\\MAILSLOT\\capi\\Remote";
    CHECK(n > 0 && memmem(buffer, (size_t)n, wireName, strlen(wireName) + 1) != NULL);
    CHECK(n > 13 && memcmp(buffer + n - 13, "over the wire", 13) == 0);
    CHECK(CloseHandle(remote));
    close(sock);
}

const struct CaseEntry g_extensionCases[] = {
    {"pollDescriptor", pollDescriptor},
    {"ourChoices", ourChoices},
    {"remoteNames", remoteNames},
    {NULL, NULL},
};

#endif
