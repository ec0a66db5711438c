// <mailslot/win32.h> compiles as C++ (C++20 here): the types, the constants and a call through
// each entry point, with a char16_t name (WCHAR is char16_t in C++ unless wchar_t has 16 bits).
#include <mailslot/win32.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

static_assert(sizeof(WCHAR) == 2, "LPCWSTR names are UTF-16");
static_assert(sizeof(DWORD) == 4, "DWORD is 32 bits");
static_assert(MAILSLOT_WAIT_FOREVER == 0xFFFFFFFFu && MAILSLOT_NO_MESSAGE == 0xFFFFFFFFu, "sentinels");

int main()
{
    const std::string dir = "/tmp/capiheadercxx-" + std::to_string(::getpid());
    ::setenv("MAILSLOT_RUNTIME_DIR", dir.c_str(), 1);
    HANDLE server = CreateMailslotW(u"\\\\.\\mailslot\\cxx", 0, 0, nullptr);
    HANDLE client = CreateFileW(u"\\\\.\\MAILSLOT\\CXX", GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    DWORD written = 0, read = 0, count = 0;
    char buffer[8] = {};
    const bool ok = server != INVALID_HANDLE_VALUE && client != INVALID_HANDLE_VALUE
                    && WriteFile(client, "c++", 3, &written, nullptr) && GetMailslotInfo(server, nullptr, nullptr, &count, nullptr)
                    && count == 1 && ReadFile(server, buffer, sizeof buffer, &read, nullptr) && read == 3
                    && std::string(buffer, read) == "c++";
    CloseHandle(client);
    CloseHandle(server);
    ::rmdir(dir.c_str());
    std::printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
