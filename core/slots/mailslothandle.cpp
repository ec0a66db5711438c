#include "core/slots/mailslothandle.h"

#include "core/slots/mailslotname.h"

using namespace mailslot::platform;

MailslotHandle::MailslotHandle(QString name, std::shared_ptr<ServerSlot> slot)
    : m_name(std::move(name)), m_slot(std::move(slot))
{
}

MailslotHandle::~MailslotHandle() = default;

std::unique_ptr<MailslotHandle> MailslotHandle::create(const QString &text, const MailslotOptions &options,
                                                       MailslotError *error)
{
    MailslotError local;
    MailslotError &err = error ? *error : local;
    err = {};
    const MailslotName name = MailslotName::parse(text, &err);
    if (!name.isValid())
        return nullptr;
    if (!name.isLocal()) {
        err = MailslotError(kErrorInvalidName,
                            MailslotName::tr("A mailslot can only be created on this computer (\\\\.\\mailslot\\...)."));
        return nullptr;
    }
    std::unique_ptr<ServerSlot> slot;
    if (SlotError e = createSystemBackend()->create(name.canonical().toStdString(), options, &slot)) {
        err = MailslotError::fromPlatform(e);
        return nullptr;
    }
    return std::unique_ptr<MailslotHandle>(new MailslotHandle(name.canonical(), std::move(slot)));
}

MailslotError MailslotHandle::read(QByteArray *message, quint32 bufferSize)
{
    // Start with a buffer that fits most messages; a larger next message is read again with a
    // buffer of its size, as long as the caller's bufferSize allows it.
    QByteArray buffer(qsizetype(qMin<quint32>(bufferSize, 64 * 1024)), Qt::Uninitialized);
    for (;;) {
        quint32 size = 0;
        const SlotError e = m_slot->read(buffer.data(), quint32(buffer.size()), &size);
        if (!e) {
            buffer.resize(size);
            *message = buffer;
            return {};
        }
        if (e.code == kErrorInsufficientBuffer && size <= bufferSize) {
            buffer.resize(size);
            continue;
        }
        message->clear();
        if (e.code == kErrorInsufficientBuffer)
            return MailslotError(e.code, {}, size, bufferSize);
        return MailslotError::fromPlatform(e);
    }
}

MailslotInfo MailslotHandle::info() const
{
    return MailslotInfo::fromStatus(m_slot->status());
}

void MailslotHandle::setReadTimeout(quint32 milliseconds)
{
    m_slot->setReadTimeout(milliseconds);
}
