// An error of a mailslot operation: the Win32 code, its name and a translated message.
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace mailslot::platform {
struct SlotError;
}

class MailslotError
{
    Q_DECLARE_TR_FUNCTIONS(MailslotError)

public:
    MailslotError() = default;
    explicit MailslotError(quint32 code, const QString &detail = {}, quint64 size = 0, quint64 limit = 0);
    static MailslotError fromPlatform(const mailslot::platform::SlotError &error);

    bool isError() const { return m_code != 0; }
    explicit operator bool() const { return isError(); }

    quint32 code() const { return m_code; }
    // "ERROR_FILE_NOT_FOUND", or "ERROR_<code>" for a code without a known name.
    QString codeName() const;
    // A translated sentence that says what went wrong (with the detail, where there is one).
    QString message() const;
    QString detail() const { return m_detail; }
    quint64 size() const { return m_size; }
    quint64 limit() const { return m_limit; }
    // "<message> (<ERROR_NAME>)"
    QString toString() const;

private:
    // The message of an error that carries sizes (m_size, m_limit); a null string for the others.
    QString sizedMessage(bool *withDetail) const;
    // ERROR_NOT_ENOUGH_QUOTA: what the sizes say about why the queue had no room.
    QString quotaMessage(bool *withDetail) const;

    quint32 m_code = 0;
    QString m_detail;
    quint64 m_size = 0;
    quint64 m_limit = 0;
};

Q_DECLARE_METATYPE(MailslotError)
