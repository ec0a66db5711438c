// A mailslot server in a worker thread: the product's way to serve a slot. It creates the slot
// at once (so that errors such as ERROR_ALREADY_EXISTS come back to the caller), then reads it in
// its own QThread and emits what arrives. Its signals are delivered in the thread of this object.
// A thread that does little else (the CLI's `serve`) can have the slot read in its own event loop
// instead (Options::readInThisThread): one thread wake-up less per message.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/slots/mailslothandle.h"
#include "core/slots/mailslotinfo.h"
#include "core/stream/streamrow.h"

#include <QObject>
#include <QThread>

class MailslotWorker;

class MailslotServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        MailslotOptions slot;
        bool hold = false; // create the slot but do not read it (messages stay queued)
        // Read in this object's thread, by its event loop, with no worker thread: a message's
        // signal then needs one wake-up (of this thread), not two. For threads whose slots return
        // quickly: a slot that blocks holds the reading (messages wait in the slot's queue).
        bool readInThisThread = false;
    };

    // Creates the slot and starts reading; nullptr and *error on failure.
    static MailslotServer *create(const QString &name, const Options &options, MailslotError *error,
                                  QObject *parent = nullptr);
    ~MailslotServer() override;

    QString name() const { return m_name; }
    // GetMailslotInfo, exact at the moment of the call (any thread).
    MailslotInfo info() const;
    // SetMailslotInfo.
    void setReadTimeout(quint32 milliseconds);
    bool isHeld() const { return m_hold; }
    void setHold(bool hold);
    bool isRunning() const { return m_running; }
    // Messages read from the slot so far; after stop(), every one of them has been emitted.
    quint64 messagesRead() const;
    // Stops reading, delivers every message already read, and closes the slot (unread messages go).
    void stop();

signals:
    void messagesReceived(const StreamRowList &messages);
    void infoChanged(const MailslotInfo &info);
    void errorOccurred(const MailslotError &error);
    void holdChanged(bool hold);
    void stopped();

private:
    MailslotServer(std::unique_ptr<MailslotHandle> handle, const Options &options, QObject *parent);
    void connectWorker();

    QString m_name;
    std::unique_ptr<MailslotHandle> m_handle;
    QThread m_thread;
    MailslotWorker *m_worker = nullptr;
    bool m_hold = false;
    bool m_running = false;
    bool m_inThisThread = false; // Options::readInThisThread: m_thread is not used
    quint64 m_messagesReadAtStop = 0;
};
