#include "backlogdrain.h"

#include "core/platform/slotbackend.h"
#include "core/slots/mailslotworker.h"

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

using namespace mailslot::platform;

namespace {

using Clock = std::chrono::steady_clock;

double microsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// Writes up to `count` 100-byte messages (fewer if stop is set), timing each.
std::vector<double> timedWrites(ClientSlot &client, qint64 count, const std::atomic<bool> &stop)
{
    std::vector<double> micros;
    micros.reserve(std::size_t(std::min<qint64>(count, 4000000)));
    char message[100] = {};
    for (qint64 i = 0; i < count && !stop.load(std::memory_order_relaxed); ++i) {
        const Clock::time_point start = Clock::now();
        if (client.write(message, sizeof message, kMailslotWaitForever))
            break;
        micros.push_back(microsSince(start));
    }
    return micros;
}

// A served slot and a writer of it, in the system back-end ($MAILSLOT_RUNTIME_DIR).
struct Slot
{
    explicit Slot(const char *name) : backend(createSystemBackend())
    {
        const std::string canonical = std::string(R"(\\.\mailslot\bench\)") + name;
        SlotOptions options;
        options.queueCapacity = 256ull * 1024 * 1024; // the backlog and what is written meanwhile
        if (backend->create(canonical, options, &server) || backend->open(canonical, &client))
            server.reset();
    }
    std::unique_ptr<SlotBackend> backend;
    std::unique_ptr<ServerSlot> server;
    std::unique_ptr<ClientSlot> client;
};

// Queues `count` numbered 100-byte messages; false if one was refused.
bool queueBacklog(ClientSlot &client, qint64 count)
{
    for (qint64 n = 0; n < count; ++n) {
        std::uint64_t stamp = std::uint64_t(n);
        char message[100] = {};
        std::memcpy(message, &stamp, sizeof stamp);
        if (client.write(message, sizeof message, 0))
            return false;
    }
    return true;
}

} // namespace

BacklogDrain::Result BacklogDrain::run(qint64 backlog)
{
    Result result;
    result.lost = backlog;
    {
        // The floor: the same queue, the same writes after it, nobody reading.
        Slot floor("backlog-floor");
        const std::atomic<bool> never{false};
        if (!floor.server || !queueBacklog(*floor.client, backlog))
            return result;
        result.alone = SlotPathRun::summarize(timedWrites(*floor.client, 100000, never));
    }
    Slot slot("backlog");
    if (!slot.server || !queueBacklog(*slot.client, backlog))
        return result;
    std::atomic<bool> drained{false};
    std::vector<double> during;
    std::thread writer([&] { during = timedWrites(*slot.client, 100000, drained); });
    qint64 next = 0;
    qint64 inOrder = 0;
    const Clock::time_point start = Clock::now();
    SlotError error;
    while (next < backlog && !error) {
        slot.server->readAvailable(
            [&](const std::uint8_t *data, std::uint32_t size, std::int64_t) {
                std::uint64_t stamp = 0;
                if (next < backlog && size >= sizeof stamp) {
                    std::memcpy(&stamp, data, sizeof stamp);
                    inOrder += stamp == std::uint64_t(next) ? 1 : 0;
                }
                ++next;
            },
            MailslotWorker::kMaxBatchMessages, std::size_t(MailslotWorker::kMaxBatchBytes), &error);
        ++result.batches;
    }
    result.drainMs = microsSince(start) / 1000;
    drained = true;
    writer.join();
    result.during = SlotPathRun::summarize(std::move(during));
    result.lost = backlog - inOrder;
    return result;
}
