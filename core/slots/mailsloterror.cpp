#include "core/slots/mailsloterror.h"

#include "core/platform/slotbackend.h"

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

QString MailslotError::message() const
{
    QString text;
    bool withDetail = false;
    switch (m_code) {
    case kErrorSuccess:
        return tr("The operation completed successfully.");
    case kErrorFileNotFound:
        text = tr("No mailslot of this name exists, or its server has closed it.");
        break;
    case kErrorPathNotFound:
        text = tr("The path was not found.");
        withDetail = true;
        break;
    case kErrorAccessDenied:
        text = tr("Access is denied.");
        withDetail = true;
        break;
    case kErrorInvalidHandle:
        text = tr("The mailslot is closed.");
        break;
    case kErrorNotEnoughMemory:
        text = tr("Not enough memory for the mailslot.");
        withDetail = true;
        break;
    case kErrorBadNetpath:
        text = m_limit ? tr("The message of %1 bytes is longer than the %2 bytes a network mailslot message may have.")
                             .arg(m_size)
                             .arg(m_limit)
                       : tr("The network path was not found.");
        withDetail = !m_limit;
        break;
    case kErrorInvalidParameter:
        text = tr("The parameter is incorrect.");
        withDetail = true;
        break;
    case kErrorBrokenPipe:
        text = tr("The reading end has gone (broken pipe).");
        break;
    case kErrorSemTimeout:
        text = tr("No message arrived within the read timeout.");
        break;
    case kErrorInsufficientBuffer:
        text = tr("The buffer of %1 bytes is too small for the next message of %2 bytes; the message stays queued.")
                   .arg(m_limit)
                   .arg(m_size);
        break;
    case kErrorInvalidName:
        text = tr("The mailslot name is invalid.");
        withDetail = true;
        break;
    case kErrorAlreadyExists:
        text = tr("A mailslot of this name already exists: another server holds it.");
        break;
    case kErrorNotEnoughQuota:
        if (m_size && m_limit) {
            text = tr("The message of %1 bytes does not fit the slot's queue of %2 bytes.").arg(m_size).arg(m_limit);
        } else if (m_size) {
            // Windows: the system refused the message for lack of room; it never makes a writer wait.
            text = tr("The system has no room for the message of %1 bytes in the slot's queue; Windows does not "
                      "make a writer wait, so try again once the server has read some messages.")
                       .arg(m_size);
            withDetail = true;
        } else if (m_limit) {
            text = tr("The slot's queue stayed full until the write timed out after %n ms.", nullptr, int(m_limit));
        } else {
            text = tr("The slot's queue is full, and the write was not allowed to wait.");
        }
        break;
    case kErrorMessageExceedsMaxSize:
        text = tr("The message of %1 bytes is larger than the slot's maximum message size of %2 bytes.")
                   .arg(m_size)
                   .arg(m_limit);
        break;
    case kErrorRemoteMailslotsDeprecated:
        text = tr("Remote mailslots are turned off on this computer (Windows 11 24H2 and Windows Server 2025 "
                  "disable them by default). An administrator can turn them back on with the PowerShell command "
                  "Set-SmbClientConfiguration -EnableMailslots $true, or with the group policy \"Enable remote "
                  "mailslots\" (Computer Configuration > Administrative Templates > Network > Lanman Workstation).");
        break;
    default:
        text = tr("The operation failed.");
        withDetail = true;
        break;
    }
    if (withDetail && !m_detail.isEmpty())
        text += QLatin1Char(' ') + m_detail;
    return text;
}

QString MailslotError::toString() const
{
    return QStringLiteral("%1 (%2)").arg(message(), codeName());
}
