// The per-user slot namespace on POSIX: one private directory (0700, owned by the user) that
// holds the slot files, and a lock file that serialises creation, removal and reclamation.
#pragma once

#include "core/platform/slotbackend.h"

#include <string>
#include <vector>

namespace mailslot::platform {

class PosixNamespace
{
public:
    // dir empty: $MAILSLOT_RUNTIME_DIR, else $XDG_RUNTIME_DIR/mailslot, else /dev/shm/mailslot-<uid>
    // (or /tmp/mailslot-<uid> where /dev/shm does not exist).
    explicit PosixNamespace(std::string dir = {});

    static std::string defaultDirectory();
    const std::string &directory() const { return m_dir; }

    // Creates the directory if needed and checks that it is private to this user.
    SlotError ensure(bool create) const;
    // Paths of the slot files in the directory.
    SlotError slotFiles(std::vector<std::string> *paths) const;

    // Holds the namespace lock for its lifetime (blocking, or not when tryOnly).
    class Guard
    {
    public:
        Guard(const PosixNamespace &ns, bool tryOnly = false);
        ~Guard();
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;
        bool locked() const { return m_fd >= 0; }

    private:
        int m_fd = -1;
    };

private:
    std::string m_dir;
};

} // namespace mailslot::platform
