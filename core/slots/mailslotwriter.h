// A client handle on a local mailslot (CreateFile + WriteFile).
#pragma once

#include "core/slots/mailsloterror.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace mailslot::platform {
class ClientSlot;
struct MessageOrigin;
}

class MailslotWriter
{
public:
    // How long a write waits while the slot's queue is full, unless told otherwise.
    static constexpr quint32 kDefaultWriteTimeout = 10000;

    // CreateFile on a local name (\\.\mailslot\...). ERROR_FILE_NOT_FOUND if there is no server.
    static std::unique_ptr<MailslotWriter> open(const QString &name, MailslotError *error);
    ~MailslotWriter();

    QString name() const { return m_name; }
    // WriteFile: one message. Fails (and queues nothing) if the message is over the slot's
    // maximum size; waits up to timeoutMs (0xFFFFFFFF: forever) while the queue is full.
    MailslotError write(QByteArrayView payload, quint32 timeoutMs = kDefaultWriteTimeout);
    // The same for a message that came from the network: the slot's taps see where from.
    MailslotError writeFrom(QByteArrayView payload, const mailslot::platform::MessageOrigin &origin,
                            quint32 timeoutMs = kDefaultWriteTimeout);

private:
    MailslotWriter(QString name, std::unique_ptr<mailslot::platform::ClientSlot> slot);

    QString m_name;
    std::unique_ptr<mailslot::platform::ClientSlot> m_slot;
};
