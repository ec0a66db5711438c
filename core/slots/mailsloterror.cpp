#include "core/slots/mailsloterror.h"

#include "core/platform/slotbackend.h"

#include <algorithm>
#include <iterator>

using namespace mailslot::platform;

MailslotError::MailslotError(quint32 code, const QString &detail, quint64 size, quint64 limit)
    : m_code(code), m_detail(detail), m_size(size), m_limit(limit)
{
}

MailslotError MailslotError::fromPlatform(const SlotError &error)
{
    return MailslotError(error.code, QString::fromStdString(error.detail), error.size, error.limit);
}

QString MailslotError::codeName() const
{
    if (const char *name = win32ErrorName(m_code))
        return QString::fromLatin1(name);
    return QStringLiteral("ERROR_%1").arg(m_code);
}

namespace {

// The messages that are a fixed sentence, and whether the error's detail follows them.
struct FixedMessage
{
    quint32 code;
    const char *text;
    bool withDetail;
};

constexpr FixedMessage kFixedMessages[] = {
    {kErrorSuccess, QT_TRANSLATE_NOOP("MailslotError", "The operation completed successfully."), false},
    {kErrorFileNotFound, QT_TRANSLATE_NOOP("MailslotError", "No mailslot of this name exists, or its server has closed it."),
     false},
    {kErrorPathNotFound, QT_TRANSLATE_NOOP("MailslotError", "The path was not found."), true},
    {kErrorAccessDenied, QT_TRANSLATE_NOOP("MailslotError", "Access is denied."), true},
    {kErrorInvalidHandle, QT_TRANSLATE_NOOP("MailslotError", "The mailslot is closed."), false},
    {kErrorNotEnoughMemory, QT_TRANSLATE_NOOP("MailslotError", "Not enough memory for the mailslot."), true},
    {kErrorBadNetpath, QT_TRANSLATE_NOOP("MailslotError", "The network path was not found."), true},
    {kErrorInvalidParameter, QT_TRANSLATE_NOOP("MailslotError", "The parameter is incorrect."), true},
    {kErrorBrokenPipe, QT_TRANSLATE_NOOP("MailslotError", "The reading end has gone (broken pipe)."), false},
    {kErrorSemTimeout, QT_TRANSLATE_NOOP("MailslotError", "No message arrived within the read timeout."), false},
    {kErrorInvalidName, QT_TRANSLATE_NOOP("MailslotError", "The mailslot name is invalid."), true},
    {kErrorAlreadyExists,
     QT_TRANSLATE_NOOP("MailslotError", "A mailslot of this name already exists: another server holds it."), false},
    {kErrorRemoteMailslotsDeprecated,
     QT_TRANSLATE_NOOP("MailslotError",
                       "Remote mailslots are turned off on this computer (Windows 11 24H2 and Windows Server 2025 "
                       "disable them by default). An administrator can turn them back on with the PowerShell command "
                       "Set-SmbClientConfiguration -EnableMailslots $true, or with the group policy \"Enable remote "
                       "mailslots\" (Computer Configuration > Administrative Templates > Network > Lanman Workstation)."),
     false},
};

} // namespace

QString MailslotError::message() const
{
    bool withDetail = false;
    QString text = sizedMessage(&withDetail);
    if (text.isNull()) {
        const auto entry = std::find_if(std::begin(kFixedMessages), std::end(kFixedMessages),
                                        [this](const FixedMessage &m) { return m.code == m_code; });
        if (entry != std::end(kFixedMessages)) {
            text = tr(entry->text);
            withDetail = entry->withDetail;
        } else {
            text = tr("The operation failed.");
            withDetail = true;
        }
    }
    if (withDetail && !m_detail.isEmpty())
        text += QLatin1Char(' ') + m_detail;
    return text;
}

QString MailslotError::sizedMessage(bool *withDetail) const
{
    switch (m_code) {
    case kErrorBadNetpath:
        if (!m_limit)
            return {}; // no sizes: the fixed "network path" message
        return tr("The message of %1 bytes is longer than the %2 bytes a network mailslot message may have.")
            .arg(m_size)
            .arg(m_limit);
    case kErrorInsufficientBuffer:
        return tr("The buffer of %1 bytes is too small for the next message of %2 bytes; the message stays queued.")
            .arg(m_limit)
            .arg(m_size);
    case kErrorNotEnoughQuota:
        return quotaMessage(withDetail);
    case kErrorMessageExceedsMaxSize:
        return tr("The message of %1 bytes is larger than the slot's maximum message size of %2 bytes.")
            .arg(m_size)
            .arg(m_limit);
    default:
        return {};
    }
}

QString MailslotError::quotaMessage(bool *withDetail) const
{
    if (m_size && m_limit)
        return tr("The message of %1 bytes does not fit the slot's queue of %2 bytes.").arg(m_size).arg(m_limit);
    if (m_size) {
        // Windows: the system refused the message for lack of room; it never makes a writer wait.
        *withDetail = true;
        return tr("The system has no room for the message of %1 bytes in the slot's queue; Windows does not "
                  "make a writer wait, so try again once the server has read some messages.")
            .arg(m_size);
    }
    if (m_limit)
        return tr("The slot's queue stayed full until the write timed out after %n ms.", nullptr, int(m_limit));
    return tr("The slot's queue is full, and the write was not allowed to wait.");
}

QString MailslotError::toString() const
{
    return QStringLiteral("%1 (%2)").arg(message(), codeName());
}
