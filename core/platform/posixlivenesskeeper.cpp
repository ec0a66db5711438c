#include "core/platform/posixlivenesskeeper.h"

#include <linux/futex.h>

#include <cerrno>

namespace mailslot::platform {

PosixLivenessKeeper::PosixLivenessKeeper(pthread_mutex_t *mutex)
{
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(mutex, &attr);
    pthread_mutexattr_destroy(&attr);
    std::promise<void> held;
    std::future<void> isHeld = held.get_future();
    // A robust mutex is owned by a thread, not a process: this thread lives exactly as long as the
    // keeper, whichever thread creates and destroys the server.
    m_thread = std::thread([mutex, held = std::move(held), release = m_release.get_future()]() mutable {
        pthread_mutex_lock(mutex);
        held.set_value();
        release.wait();
        pthread_mutex_unlock(mutex);
    });
    isHeld.wait();
}

PosixLivenessKeeper::~PosixLivenessKeeper()
{
    m_release.set_value();
    m_thread.join();
}

bool PosixLivenessKeeper::heldByLiveOwner(pthread_mutex_t *mutex)
{
#if defined(__GLIBC__)
    // A robust mutex's lock word holds its owner's thread id; the kernel clears it (and sets
    // FUTEX_OWNER_DIED) when that thread dies. Reading it leaves the cache line shared by every
    // writer, where a trylock would take it exclusive, once per write.
    if (__atomic_load_n(&mutex->__data.__lock, __ATOMIC_ACQUIRE) & FUTEX_TID_MASK)
        return true;
#endif
    const int r = pthread_mutex_trylock(mutex);
    if (r == EBUSY)
        return true;
    // Taken: nobody held it (the server released it when it closed) or its owner died (left
    // inconsistent on purpose: it stays unrecoverable, as that server does).
    if (r == 0 || r == EOWNERDEAD)
        pthread_mutex_unlock(mutex);
    return false;
}

} // namespace mailslot::platform
