#include "spscringfloor.h"

#include <QElapsedTimer>

#ifndef _WIN32
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <atomic>
#include <climits>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace {

constexpr std::uint64_t kRingBytes = 1 << 20;
constexpr int kSpinsBeforeSleep = 200;
constexpr std::uint32_t kPadding = 0xFFFFFFFFu;

std::uint64_t recordBytes(int size)
{
    return (4 + std::uint64_t(size) + 7) & ~std::uint64_t(7);
}

struct Ring
{
    alignas(64) std::atomic<std::uint64_t> tail{0}; // written by the producer
    alignas(64) std::atomic<std::uint64_t> head{0}; // written by the consumer
    alignas(64) std::vector<char> data = std::vector<char>(kRingBytes);

    // Copies out the next record, if any, and returns its size (-1: empty).
    qint64 take(char *out)
    {
        const std::uint64_t h = head.load(std::memory_order_relaxed);
        if (h == tail.load(std::memory_order_acquire))
            return -1;
        std::uint64_t at = h;
        std::uint32_t size = 0;
        std::memcpy(&size, &data[at % kRingBytes], 4);
        if (size == kPadding) { // the record follows at offset 0 (published with the padding)
            at += kRingBytes - at % kRingBytes;
            std::memcpy(&size, &data[0], 4);
        }
        std::memcpy(out, &data[at % kRingBytes + 4], size);
        head.store(at + recordBytes(int(size)), std::memory_order_release);
        return size;
    }
};

struct Consumer
{
    std::atomic<std::uint32_t> sleeping{0};

    void wake()
    {
        if (sleeping.load(std::memory_order_seq_cst) && sleeping.exchange(0)) {
#ifndef _WIN32
            syscall(SYS_futex, &sleeping, FUTEX_WAKE_PRIVATE, INT_MAX, nullptr, nullptr, 0);
#endif
        }
    }
    void sleep()
    {
#ifndef _WIN32
        syscall(SYS_futex, &sleeping, FUTEX_WAIT_PRIVATE, 1, nullptr, nullptr, 0);
#endif
    }
};

// One writer. A record never wraps: one that does not fit before the end is preceded by a
// padding mark and starts at offset 0.
void produce(const BenchLoad &load, int writer, Ring &ring, Consumer &consumer)
{
    std::vector<char> buffer(std::size_t(load.size) + 1);
    const std::uint64_t need = recordBytes(load.size);
    std::uint64_t t = 0;
    for (qint64 i = 0; i < load.perWriter; ++i) {
        load.stamp(buffer.data(), writer, i);
        const std::uint64_t toEnd = kRingBytes - t % kRingBytes;
        const std::uint64_t take = need > toEnd ? toEnd + need : need;
        while (kRingBytes - (t - ring.head.load(std::memory_order_acquire)) < take)
            std::this_thread::yield();
        if (need > toEnd) {
            std::memcpy(&ring.data[t % kRingBytes], &kPadding, 4);
            t += toEnd;
        }
        const std::uint32_t size = std::uint32_t(load.size);
        std::memcpy(&ring.data[t % kRingBytes], &size, 4);
        std::memcpy(&ring.data[t % kRingBytes + 4], buffer.data(), size);
        t += need;
        ring.tail.store(t, std::memory_order_seq_cst);
        consumer.wake();
    }
}

} // namespace

double SpscRingFloor::run(const BenchLoad &load, qint64 *lost)
{
    std::vector<std::unique_ptr<Ring>> rings;
    for (int w = 0; w < load.writers; ++w)
        rings.push_back(std::make_unique<Ring>());
    Consumer consumer;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> writers;
    for (int w = 0; w < load.writers; ++w)
        writers.emplace_back([&, w] { produce(load, w, *rings[std::size_t(w)], consumer); });
    std::vector<char> buffer(std::size_t(load.size) + 1);
    SequenceCheck check(load);
    int idle = 0;
    while (check.received() < load.total()) {
        bool any = false;
        for (const std::unique_ptr<Ring> &ring : rings) {
            const qint64 size = ring->take(buffer.data());
            if (size >= 0) {
                check.see(buffer.data(), size);
                any = true;
            }
        }
        if (any) {
            idle = 0;
            continue;
        }
        if (++idle < kSpinsBeforeSleep)
            continue;
#ifdef _WIN32
        // On Windows the reader yields instead of sleeping: under Wine its sleep (WaitOnAddress,
        // and C++20 atomic wait alike) now and then never ended, with every record published
        // (cause not found). A yielding reader is still a floor: it only makes the ring faster.
        std::this_thread::yield();
        idle = 0;
        continue;
#endif
        // Announce the sleep, then look once more: a writer that published before it saw the
        // announcement has its record seen here; one that published after it wakes us.
        consumer.sleeping.store(1, std::memory_order_seq_cst);
        bool empty = true;
        for (const std::unique_ptr<Ring> &ring : rings)
            empty = empty && ring->head.load(std::memory_order_relaxed) == ring->tail.load(std::memory_order_seq_cst);
        if (empty)
            consumer.sleep();
        consumer.sleeping.store(0, std::memory_order_relaxed);
        idle = 0;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (std::thread &t : writers)
        t.join();
    *lost = check.lost();
    return double(check.received()) / seconds;
}
