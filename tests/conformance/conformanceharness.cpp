#include "conformanceharness.h"

#include <algorithm>
#include <cstdio>

#ifdef _WIN32
#include "win32support.h"
#else
#include <poll.h>
#endif

namespace conformance {

Context *g_ctx = nullptr;

void fail(const char *file, int line, const std::string &what)
{
    ++g_ctx->failures;
    std::printf("    FAIL %s:%d: %s\n", file, line, what.c_str());
}

long long msSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

std::unique_ptr<ServerSlot> makeServer(const std::string &name, std::uint32_t maxSize, std::uint32_t timeout)
{
    std::unique_ptr<ServerSlot> server;
    SlotOptions options;
    options.maxMessageSize = maxSize;
    options.readTimeout = timeout;
    const SlotError e = g_ctx->backend->create(name, options, &server);
    if (e)
        fail(__FILE__, __LINE__, "create " + name + ": " + std::to_string(e.code) + " " + e.detail);
    return server;
}

SlotError send(const std::string &name, const std::string &payload)
{
    std::unique_ptr<ClientSlot> client;
    if (SlotError e = g_ctx->backend->open(name, &client))
        return e;
    return client->write(payload.data(), std::uint32_t(payload.size()), 1000);
}

SlotError readString(ServerSlot &server, std::string *out, std::uint32_t capacity)
{
    std::vector<char> buffer(std::max<std::uint32_t>(capacity, 1));
    std::uint32_t size = 0;
    SlotError e = server.read(buffer.data(), capacity, &size);
    out->assign(e ? std::string() : std::string(buffer.data(), size));
    if (e && e.code == kErrorInsufficientBuffer && e.size == 0)
        e.size = size;
    return e;
}

bool waitReady(ServerSlot &server, int ms)
{
#ifdef _WIN32
    return WaitForSingleObject(reinterpret_cast<HANDLE>(server.readinessHandle()), DWORD(ms)) == WAIT_OBJECT_0;
#else
    pollfd p{int(server.readinessHandle()), POLLIN, 0};
    return poll(&p, 1, ms) == 1;
#endif
}

std::string canonicalLocal(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    return text;
}

} // namespace conformance
