// A validated mailslot name in one canonical form.
//
// Accepted: \\.\mailslot\[path\]name (local), \\HOST\mailslot\..., \\DOMAIN\mailslot\...,
// \\*\mailslot\... (broadcast), the wire form \mailslot\..., and the short form [path\]name
// (local). Case-insensitive; '/' is taken as '\'. The canonical form is
// \\<SERVER>\mailslot\<path in lower case>, e.g. \\.\mailslot\abc\def.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/wire/mailslotlimits.h"

#include <QString>

class MailslotName
{
    Q_DECLARE_TR_FUNCTIONS(MailslotName)

public:
    enum class Scope { Invalid, Local, Remote, Broadcast };

    static constexpr int kMaxPathLength = mailslot::wire::kMaxSlotPathLength;
    static constexpr int kMaxServerLength = mailslot::wire::kMaxServerNameLength;

    MailslotName() = default;
    // Parses text; on failure returns an invalid name and sets *error to ERROR_INVALID_NAME with a reason.
    static MailslotName parse(const QString &text, MailslotError *error = nullptr);

    bool isValid() const { return m_scope != Scope::Invalid; }
    Scope scope() const { return m_scope; }
    bool isLocal() const { return m_scope == Scope::Local; }
    // ".", "*" or the upper-cased computer or domain name.
    QString server() const { return m_server; }
    // The part after mailslot\, as written (case kept), with '\' separators.
    QString path() const { return m_path; }
    // \\<server>\mailslot\<path lower case>
    QString canonical() const;
    // The same slot on this machine: \\.\mailslot\<path lower case>
    QString localCanonical() const;
    // \MAILSLOT\<path as written>, the form carried in network datagrams.
    QString wireName() const;
    // The slot a datagram names (\MAILSLOT\BROWSE) in the form every slot is shown in,
    // \\.\mailslot\browse (the slot of that name on this computer: where the bridge delivers it, what
    // a reader opens). Cheap (no validation: one per received datagram); a name not under
    // \MAILSLOT\ is returned as it came.
    static QString localFromWire(QByteArrayView wire);

    friend bool operator==(const MailslotName &a, const MailslotName &b)
    {
        return a.canonical() == b.canonical();
    }

private:
    Scope m_scope = Scope::Invalid;
    QString m_server;
    QString m_path;
};
