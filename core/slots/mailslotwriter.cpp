#include "core/slots/mailslotwriter.h"

#include "core/slots/mailslotname.h"
#include "core/platform/slotbackend.h"

using namespace mailslot::platform;

MailslotWriter::MailslotWriter(QString name, std::unique_ptr<ClientSlot> slot)
    : m_name(std::move(name)), m_slot(std::move(slot))
{
}

MailslotWriter::~MailslotWriter() = default;

std::unique_ptr<MailslotWriter> MailslotWriter::open(const QString &text, MailslotError *error)
{
    MailslotError local;
    MailslotError &err = error ? *error : local;
    err = {};
    const MailslotName name = MailslotName::parse(text, &err);
    if (!name.isValid())
        return nullptr;
#ifndef Q_OS_WIN
    // On Windows the system carries \\HOST\, \\DOMAIN\ and \\*\ writes: the back-end opens every
    // form with CreateFile, and ERROR_REMOTE_MAILSLOTS_DEPRECATED (3025) reaches the caller.
    if (!name.isLocal()) {
        err = MailslotError(kErrorBadNetpath,
                            MailslotName::tr("Writing to another computer's mailslot goes through the network bridge."));
        return nullptr;
    }
#endif
    std::unique_ptr<ClientSlot> slot;
    if (SlotError e = createSystemBackend()->open(name.canonical().toStdString(), &slot)) {
        err = MailslotError::fromPlatform(e);
        return nullptr;
    }
    return std::unique_ptr<MailslotWriter>(new MailslotWriter(name.canonical(), std::move(slot)));
}

MailslotError MailslotWriter::write(QByteArrayView payload, quint32 timeoutMs)
{
    if (payload.size() > qsizetype(0xFFFFFFFEu))
        return MailslotError(kErrorInvalidParameter, {}, quint64(payload.size()), 0xFFFFFFFEu);
    const SlotError e = m_slot->write(payload.data(), quint32(payload.size()), timeoutMs);
    return e ? MailslotError::fromPlatform(e) : MailslotError(); // success builds no strings
}

MailslotError MailslotWriter::writeFrom(QByteArrayView payload, const MessageOrigin &origin, quint32 timeoutMs)
{
    if (payload.size() > qsizetype(0xFFFFFFFEu))
        return MailslotError(kErrorInvalidParameter, {}, quint64(payload.size()), 0xFFFFFFFEu);
    const SlotError e = m_slot->writeFrom(payload.data(), quint32(payload.size()), timeoutMs, origin);
    return e ? MailslotError::fromPlatform(e) : MailslotError();
}
