#include "wakefloor.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#endif

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

// One thread wakes another and tells it how many writes the wake-up stands for: an eventfd on
// Linux, an auto-reset event with a counter on Windows.
class Doorbell
{
public:
#ifdef _WIN32
    Doorbell() : m_event(CreateEventW(nullptr, FALSE, FALSE, nullptr)) {}
    ~Doorbell() { CloseHandle(m_event); }
    void ring(qint64 n)
    {
        m_pending.fetch_add(n, std::memory_order_release);
        SetEvent(m_event);
    }
    qint64 waitAndTake()
    {
        for (;;) {
            if (const qint64 n = m_pending.exchange(0, std::memory_order_acquire))
                return n;
            WaitForSingleObject(m_event, INFINITE);
        }
    }

private:
    HANDLE m_event;
    std::atomic<qint64> m_pending{0};
#else
    Doorbell() : m_fd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}
    ~Doorbell() { ::close(m_fd); }
    void ring(qint64 n)
    {
        const std::uint64_t value = std::uint64_t(n);
        [[maybe_unused]] const ssize_t written = ::write(m_fd, &value, sizeof value);
    }
    // Waits until the eventfd is readable and takes its count.
    qint64 waitAndTake()
    {
        pollfd p{m_fd, POLLIN, 0};
        while (poll(&p, 1, -1) < 0) {
        }
        std::uint64_t n = 0;
        return ::read(m_fd, &n, sizeof n) == sizeof n ? qint64(n) : 0;
    }

private:
    int m_fd;
#endif
};

} // namespace

SlotPathRun::Latency WakeFloor::latency(qint64 count, int perSecond, int wakeUps)
{
    Doorbell first;
    Doorbell second;
    Doorbell &rung = wakeUps == 1 ? second : first; // what the writer rings
    std::atomic<qint64> sentNs{0};
    std::vector<double> micros;
    micros.reserve(std::size_t(count));
    std::thread middle([&] {
        for (qint64 seen = wakeUps == 1 ? count : 0; seen < count;) {
            const qint64 n = first.waitAndTake();
            seen += n;
            second.ring(n);
        }
    });
    std::thread last([&] {
        for (qint64 seen = 0; seen < count;) {
            seen += second.waitAndTake();
            micros.push_back(double(steadyNs() - sentNs.load(std::memory_order_acquire)) / 1e3);
        }
    });
    const auto step = std::chrono::nanoseconds(1000000000 / perSecond);
    auto next = std::chrono::steady_clock::now();
    for (qint64 i = 0; i < count; ++i) {
        next += step;
        std::this_thread::sleep_until(next);
        sentNs.store(steadyNs(), std::memory_order_release);
        rung.ring(1);
    }
    middle.join();
    last.join();
    return SlotPathRun::summarize(std::move(micros));
}
