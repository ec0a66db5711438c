// The network bridge's memory of slot names that are not served here, so that a flood of
// datagrams to such a name costs one failed open, not one per datagram. It is right at every
// moment, never by a time-out: it watches the slot namespace directory with inotify, and any
// change there (a slot file created, made ready, renamed in; the directory itself removed) forgets
// every name. sync() reads those changes without waiting; the bridge calls it after reading
// datagrams and before it trusts the cache for them, so that a slot created before a datagram
// was sent is opened for that very datagram. While the directory cannot be watched (it does not
// exist yet, and cannot be created), nothing is remembered. Linux only (inotify).
#pragma once

#include <QSet>
#include <QString>

#include <string>

class UnservedSlotCache
{
public:
    // directory: the slot namespace; empty: PosixNamespace::defaultDirectory().
    explicit UnservedSlotCache(std::string directory = {});
    ~UnservedSlotCache();
    UnservedSlotCache(const UnservedSlotCache &) = delete;
    UnservedSlotCache &operator=(const UnservedSlotCache &) = delete;

    // Reads the directory's pending changes (no wait) if a name is remembered; any change forgets
    // every name.
    void sync();
    // True when name was remembered as not served, and no change came since (as of the last sync).
    bool contains(const QString &name) const { return m_names.contains(name); }
    // Before an open: makes sure the directory is watched, so that a slot created from here on
    // is noticed. Returns whether it is watched (only then does remember() keep a name).
    bool prepare();
    // After an open that found no such slot (prepare() came before it): remembers the name.
    void remember(const QString &name);

    bool isWatching() const { return m_watch >= 0; }
    qsizetype size() const { return m_names.size(); }

private:
    // Reads every pending change; any forgets every name.
    void drain();
    void forget();

    std::string m_directory;
    int m_fd = -1;    // the inotify instance
    int m_watch = -1; // its watch on m_directory, -1 while unwatched
    QSet<QString> m_names;
};
