// mailslot-capi-bench [--messages N] [--rounds R]: libmailslot's cost per message. The same
// two-thread loop (a writer thread, the reader in the main thread, N messages of 100 bytes)
// runs (a) on the slot back-end directly (ClientSlot::write, ServerSlot::read: the path under
// `mailslot-bench local`'s writer and worker) and (b) through the C API (CreateFile, WriteFile,
// ReadFile from C code); the best of R alternating rounds of each, and the ratio of the times per
// message (target: the API adds at most 10 %, ratio <= 1.10).
#include "capibenchloop.h"
#include "core/platform/slotbackend.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <unistd.h>

using namespace mailslot::platform;

namespace {

constexpr unsigned kPayload = 100;
using Clock = std::chrono::steady_clock;

// Seconds for count messages through the back-end; 0 when a message went missing.
double backendRound(const std::string &name, long long count)
{
    SlotOptions options;
    options.readTimeout = kMailslotWaitForever;
    std::unique_ptr<ServerSlot> server;
    std::unique_ptr<ClientSlot> client;
    auto backend = createSystemBackend();
    if (backend->create(name, options, &server) || backend->open(name, &client))
        return 0;
    const auto start = Clock::now();
    std::thread writer([&] {
        char buffer[kPayload] = {};
        for (long long i = 0; i < count; ++i) {
            std::memcpy(buffer, &i, sizeof i);
            client->write(buffer, kPayload, 10000);
        }
    });
    char buffer[4096];
    long long received = 0;
    for (; received < count; ++received) {
        std::uint32_t size = 0;
        long long sequence = -1;
        if (server->read(buffer, sizeof buffer, &size) || size < sizeof sequence)
            break;
        std::memcpy(&sequence, buffer, sizeof sequence);
        if (sequence != received)
            break;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    writer.join();
    return received == count ? seconds : 0;
}

// Seconds for count messages through the C API; 0 when a message went missing.
double capiRound(const std::string &name, long long count)
{
    HANDLE server = CreateMailslotA(name.c_str(), 0, MAILSLOT_WAIT_FOREVER, nullptr);
    if (server == INVALID_HANDLE_VALUE)
        return 0;
    const auto start = Clock::now();
    long long written = 0;
    std::thread writer([&] { written = capiWriteLoop(name.c_str(), count, kPayload); });
    const long long received = capiReadLoop(server, count);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    writer.join();
    CloseHandle(server);
    return received == count && written == count ? seconds : 0;
}

bool parseArguments(int argc, char **argv, long long *count, int *rounds)
{
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        char *end = nullptr;
        const long long value = i + 1 < argc ? std::strtoll(argv[i + 1], &end, 10) : 0;
        const bool number = end && *end == '\0' && value > 0;
        if ((option != "--messages" && option != "--rounds") || !number) {
            std::fprintf(stderr, "mailslot-capi-bench: %s: expected --messages N or --rounds R (positive numbers)\n",
                         argv[i]);
            return false;
        }
        if (option == "--messages")
            *count = value;
        else
            *rounds = int(value);
        ++i;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    long long count = 1000000;
    int rounds = 3;
    if (!parseArguments(argc, argv, &count, &rounds))
        return 2;
    char dir[] = "/tmp/mailslot-capi-bench-XXXXXX";
    if (!::getenv("MAILSLOT_RUNTIME_DIR") && ::mkdtemp(dir))
        ::setenv("MAILSLOT_RUNTIME_DIR", dir, 1);
    double backendBest = 0, capiBest = 0;
    for (int r = 0; r < rounds; ++r) {
        const double b = backendRound("\\\\.\\mailslot\\bench\\backend", count);
        const double c = capiRound("\\\\.\\mailslot\\bench\\capi", count);
        if (b <= 0 || c <= 0) {
            std::fprintf(stderr, "mailslot-capi-bench: MESSAGES LOST in round %d\n", r + 1);
            return 1;
        }
        backendBest = backendBest > 0 && backendBest < b ? backendBest : b;
        capiBest = capiBest > 0 && capiBest < c ? capiBest : c;
    }
    ::rmdir(dir);
    std::printf("mailslot-capi-bench: %lld messages of %u bytes, 2 threads, best of %d rounds\n", count, kPayload, rounds);
    std::printf("  %-48s %10.0f msg/s  %6.0f ns/msg\n", "(a) back-end: ClientSlot::write, ServerSlot::read", count / backendBest,
                backendBest * 1e9 / count);
    std::printf("  %-48s %10.0f msg/s  %6.0f ns/msg\n", "(b) C API: WriteFile, ReadFile", count / capiBest,
                capiBest * 1e9 / count);
    std::printf("  ratio of time per message b/a: %.2f (target <= 1.10)\n", capiBest / backendBest);
    std::printf("  result: no message lost\n");
    return 0;
}
