// The process's open handles of the C API. A HANDLE is a number (a multiple of 4, as on
// Windows) that is never given out twice, so a closed or made-up handle is always recognised.
#pragma once

#include "capi/src/apihandle.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace mailslot::capi {

class HandleTable
{
public:
    // The table of this process (never destroyed: handles stay usable in atexit handlers).
    static HandleTable &instance();

    void *insert(std::shared_ptr<ApiHandle> handle);
    // The object behind value, or null when it is not an open handle.
    std::shared_ptr<ApiHandle> find(const void *value) const;
    // Closes value; false when it is not an open handle. The object goes when the last call
    // that uses it returns.
    bool remove(const void *value);

private:
    mutable std::mutex m_mutex;
    std::uintptr_t m_next = 0x1000;
    std::unordered_map<std::uintptr_t, std::shared_ptr<ApiHandle>> m_handles;
};

} // namespace mailslot::capi
