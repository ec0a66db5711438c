#include "wakefloor.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Waits until fd is readable and takes its count (how many writes it stands for).
std::uint64_t waitAndTake(int fd)
{
    pollfd p{fd, POLLIN, 0};
    while (poll(&p, 1, -1) < 0) {
    }
    std::uint64_t n = 0;
    return ::read(fd, &n, sizeof n) == sizeof n ? n : 0;
}

void ring(int fd, std::uint64_t n)
{
    [[maybe_unused]] const ssize_t written = ::write(fd, &n, sizeof n);
}

} // namespace

SlotPathRun::Latency WakeFloor::latency(qint64 count, int perSecond)
{
    const int first = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    const int second = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    std::atomic<qint64> sentNs{0};
    std::vector<double> micros;
    micros.reserve(std::size_t(count));
    std::thread middle([&] {
        for (qint64 seen = 0; seen < count;) {
            const std::uint64_t n = waitAndTake(first);
            seen += qint64(n);
            ring(second, n);
        }
    });
    std::thread last([&] {
        for (qint64 seen = 0; seen < count;) {
            seen += qint64(waitAndTake(second));
            micros.push_back(double(steadyNs() - sentNs.load(std::memory_order_acquire)) / 1e3);
        }
    });
    const auto step = std::chrono::nanoseconds(1000000000 / perSecond);
    auto next = std::chrono::steady_clock::now();
    for (qint64 i = 0; i < count; ++i) {
        next += step;
        std::this_thread::sleep_until(next);
        sentNs.store(steadyNs(), std::memory_order_release);
        ring(first, 1);
    }
    middle.join();
    last.join();
    ::close(first);
    ::close(second);
    return SlotPathRun::summarize(std::move(micros));
}
