#include "afunixfloor.h"

#include <QElapsedTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <thread>
#include <vector>

double AfUnixFloor::run(const BenchLoad &load, qint64 *lost)
{
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *lost = load.total();
        return 0;
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> writers;
    for (int w = 0; w < load.writers; ++w) {
        writers.emplace_back([&load, fd = fds[0], w] {
            std::vector<char> buffer(std::size_t(load.size) + 1);
            for (qint64 i = 0; i < load.perWriter; ++i) {
                load.stamp(buffer.data(), w, i);
                while (send(fd, buffer.data(), std::size_t(load.size), 0) < 0) {
                }
            }
        });
    }
    std::vector<char> buffer(std::size_t(load.size) + 64);
    SequenceCheck check(load);
    while (check.received() < load.total()) {
        const ssize_t n = recv(fds[1], buffer.data(), buffer.size(), 0);
        if (n < 0)
            break;
        check.see(buffer.data(), n);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (std::thread &t : writers)
        t.join();
    close(fds[0]);
    close(fds[1]);
    *lost = check.lost();
    return double(check.received()) / seconds;
}
