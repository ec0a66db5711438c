#include "core/platform/posixnamespace.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace mailslot::platform {

PosixNamespace::PosixNamespace(std::string dir) : m_dir(dir.empty() ? defaultDirectory() : std::move(dir))
{
    while (m_dir.size() > 1 && m_dir.back() == '/')
        m_dir.pop_back();
}

std::string PosixNamespace::defaultDirectory()
{
    if (const char *env = std::getenv("MAILSLOT_RUNTIME_DIR"); env && *env)
        return env;
    if (const char *xdg = std::getenv("XDG_RUNTIME_DIR"); xdg && *xdg)
        return std::string(xdg) + "/mailslot";
    const std::string uid = std::to_string(geteuid());
    struct stat st{};
    if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode))
        return "/dev/shm/mailslot-" + uid;
    return "/tmp/mailslot-" + uid;
}

SlotError PosixNamespace::ensure(bool create) const
{
    struct stat st{};
    if (lstat(m_dir.c_str(), &st) != 0) {
        if (errno != ENOENT)
            return {kErrorAccessDenied, m_dir + ": " + std::strerror(errno)};
        if (!create)
            return {kErrorFileNotFound, m_dir + " does not exist"};
        // Create missing parents too (private), then the namespace itself.
        for (std::size_t i = 1; i <= m_dir.size(); ++i) {
            if (i == m_dir.size() || m_dir[i] == '/') {
                const std::string part = m_dir.substr(0, i);
                if (mkdir(part.c_str(), 0700) != 0 && errno != EEXIST)
                    return {kErrorAccessDenied, "cannot create " + part + ": " + std::strerror(errno)};
            }
        }
        if (lstat(m_dir.c_str(), &st) != 0)
            return {kErrorAccessDenied, m_dir + ": " + std::strerror(errno)};
    }
    if (!S_ISDIR(st.st_mode))
        return {kErrorAccessDenied, m_dir + " is not a directory"};
    if (st.st_uid != geteuid())
        return {kErrorAccessDenied, m_dir + " belongs to another user"};
    if ((st.st_mode & 077) != 0) {
        // Ours but too open (a umask, or someone's chmod): make it private again.
        if (chmod(m_dir.c_str(), 0700) != 0)
            return {kErrorAccessDenied, m_dir + " is not private and cannot be made so"};
    }
    return {};
}

SlotError PosixNamespace::slotFiles(std::vector<std::string> *paths) const
{
    paths->clear();
    DIR *dir = opendir(m_dir.c_str());
    if (!dir)
        return {errno == ENOENT ? kErrorSuccess : kErrorAccessDenied, m_dir + ": " + std::strerror(errno)};
    while (dirent *entry = readdir(dir)) {
        const std::string name = entry->d_name;
        if (name.size() > 5 && name.compare(name.size() - 5, 5, ".slot") == 0)
            paths->push_back(m_dir + "/" + name);
    }
    closedir(dir);
    return {};
}

PosixNamespace::Guard::Guard(const PosixNamespace &ns, bool tryOnly)
{
    const std::string path = ns.directory() + "/.lock";
    m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return;
    int r;
    do {
        r = flock(m_fd, LOCK_EX | (tryOnly ? LOCK_NB : 0));
    } while (r != 0 && errno == EINTR);
    if (r != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

PosixNamespace::Guard::~Guard()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace mailslot::platform
