#include "core/netio/unservedslotcache.h"

#include "core/platform/posixnamespace.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>

namespace {
// What makes a name servable: a slot file created, marked ready (its server touches it, IN_ATTRIB)
// or moved in; or the directory itself gone or replaced (then the watch ends: IN_IGNORED).
constexpr quint32 kWatchMask = IN_CREATE | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
} // namespace

UnservedSlotCache::UnservedSlotCache(std::string directory)
    : m_directory(directory.empty() ? mailslot::platform::PosixNamespace::defaultDirectory() : std::move(directory))
{
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
}

UnservedSlotCache::~UnservedSlotCache()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void UnservedSlotCache::sync()
{
    if (!m_names.isEmpty())
        drain(); // with nothing to forget, what is queued is read by the next prepare()
}

void UnservedSlotCache::drain()
{
    if (m_fd < 0)
        return;
    alignas(inotify_event) char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // EAGAIN: every change read
        forget();
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
            if (event->wd == m_watch && (event->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF))) {
                if (!(event->mask & IN_IGNORED))
                    inotify_rm_watch(m_fd, m_watch); // moved away: watch the path again, not the old inode
                m_watch = -1; // watched again at the next prepare()
            }
            at += ssize_t(sizeof(inotify_event)) + ssize_t(event->len);
        }
    }
}

bool UnservedSlotCache::prepare()
{
    drain(); // changes before the open that follows are seen by that open
    if (m_watch >= 0 || m_fd < 0)
        return m_watch >= 0;
    m_watch = inotify_add_watch(m_fd, m_directory.c_str(), kWatchMask);
    if (m_watch < 0 && errno == ENOENT && !mailslot::platform::PosixNamespace(m_directory).ensure(true))
        m_watch = inotify_add_watch(m_fd, m_directory.c_str(), kWatchMask); // created, as a first server would
    return m_watch >= 0;
}

void UnservedSlotCache::remember(const QString &name)
{
    if (m_watch >= 0)
        m_names.insert(name);
}

void UnservedSlotCache::forget()
{
    m_names.clear();
}
