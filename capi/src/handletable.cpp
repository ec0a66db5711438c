#include "capi/src/handletable.h"

namespace mailslot::capi {

HandleTable &HandleTable::instance()
{
    static HandleTable *table = new HandleTable;
    return *table;
}

void *HandleTable::insert(std::shared_ptr<ApiHandle> handle)
{
    std::lock_guard lock(m_mutex);
    const std::uintptr_t value = m_next;
    m_next += 4;
    m_handles.emplace(value, std::move(handle));
    return reinterpret_cast<void *>(value);
}

std::shared_ptr<ApiHandle> HandleTable::find(const void *value) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_handles.find(reinterpret_cast<std::uintptr_t>(value));
    return it == m_handles.end() ? nullptr : it->second;
}

bool HandleTable::remove(const void *value)
{
    std::shared_ptr<ApiHandle> closing;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_handles.find(reinterpret_cast<std::uintptr_t>(value));
        if (it == m_handles.end())
            return false;
        closing = std::move(it->second);
        m_handles.erase(it);
    }
    return true; // closing is released outside the lock (a server's close takes the slot's lock)
}

} // namespace mailslot::capi
