// Lets writers see, without a system call, that a slot's server process is alive: a thread of the
// server holds a robust, process-shared mutex in the slot file for the server's whole life. When
// the process dies (even by SIGKILL) the kernel marks that mutex's owner dead, so the owner's
// thread id leaves the mutex's lock word (read without a write) and a trylock no longer answers EBUSY. Any other answer sends the writer to the system's own test
// (the slot file's OFD lock), which stays the authority.
#pragma once

#include <pthread.h>

#include <future>
#include <thread>

namespace mailslot::platform {

class PosixLivenessKeeper
{
public:
    // Initialises *mutex (process-shared, robust) and holds it from a thread of its own until the
    // keeper is destroyed.
    explicit PosixLivenessKeeper(pthread_mutex_t *mutex);
    ~PosixLivenessKeeper();
    PosixLivenessKeeper(const PosixLivenessKeeper &) = delete;
    PosixLivenessKeeper &operator=(const PosixLivenessKeeper &) = delete;

    // For writers: true when a live thread holds *mutex (no system call is made). False when its
    // owner died or nobody holds it: not proof of death, only that the system must be asked.
    static bool heldByLiveOwner(pthread_mutex_t *mutex);

private:
    std::promise<void> m_release;
    std::thread m_thread;
};

} // namespace mailslot::platform
