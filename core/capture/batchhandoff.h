// The hand-over of a batch between the thread that fills and writes it and the pool task that
// formats it. QFuture's waiting and QThreadPool's queue already order the two, but inside
// Debian's Qt, whose atomics and futexes ThreadSanitizer cannot see: when the task had finished
// before the writer asked, the writer read the batch with no synchronisation TSan knew of, and
// reported a race whenever it could not restore the task's stack to match the Qt suppressions.
// These release/acquire pairs are that synchronisation, in code TSan sees. Two atomic operations
// per batch of a thousand frames.
#pragma once

#include <QtGlobal>

#include <atomic>

class BatchHandoff
{
public:
    // The filling thread, before the task is queued: the batch's contents are the task's.
    void submit() noexcept { m_state.store(State::Submitted, std::memory_order_release); }
    // The task, first thing.
    void begin() noexcept
    {
        [[maybe_unused]] const State state = m_state.load(std::memory_order_acquire);
        Q_ASSERT(state == State::Submitted);
    }
    // The task, last thing (also when it skipped its work).
    void finish() noexcept { m_state.store(State::Formatted, std::memory_order_release); }
    // The writing thread, once the task's future has finished: the batch is its own again.
    void collect() noexcept
    {
        [[maybe_unused]] const State state = m_state.exchange(State::Idle, std::memory_order_acquire);
        Q_ASSERT(state == State::Formatted);
    }

private:
    enum class State { Idle, Submitted, Formatted };
    std::atomic<State> m_state = State::Idle;
};
