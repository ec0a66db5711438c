// A mailslot server handle with the Win32 calls: CreateMailslot, ReadFile, GetMailslotInfo,
// SetMailslotInfo, CloseHandle (on destruction). Synchronous; see MailslotServer for the
// worker-thread server that emits signals.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/slots/mailslotinfo.h"

#include <QByteArray>
#include <QString>

#include <memory>

using MailslotOptions = mailslot::platform::SlotOptions;

class MailslotHandle
{
public:
    // CreateMailslot. name is parsed as a MailslotName and must be local.
    static std::unique_ptr<MailslotHandle> create(const QString &name, const MailslotOptions &options,
                                                  MailslotError *error);
    ~MailslotHandle();

    QString name() const { return m_name; }
    // ReadFile with a buffer of bufferSize bytes: one whole message, waiting up to the read timeout.
    MailslotError read(QByteArray *message, quint32 bufferSize = 0xFFFFFFFFu);
    // GetMailslotInfo (with the namespace's extra figures).
    MailslotInfo info() const;
    // SetMailslotInfo.
    void setReadTimeout(quint32 milliseconds);

    // The platform slot, shared with a worker (MailslotServer).
    std::shared_ptr<mailslot::platform::ServerSlot> platformSlot() const { return m_slot; }

private:
    MailslotHandle(QString name, std::shared_ptr<mailslot::platform::ServerSlot> slot);

    QString m_name;
    std::shared_ptr<mailslot::platform::ServerSlot> m_slot;
};
