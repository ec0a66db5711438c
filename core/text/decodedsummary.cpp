#include "core/text/decodedsummary.h"

#include "core/wire/malformedreason.h"


QString DecodedSummary::kindTitle(const QString &kind)
{
    struct Title
    {
        const char *kind;
        const char *title;
    };
    static const Title titles[] = {
        {"browse.hostAnnouncement", QT_TR_NOOP("Host announcement")},
        {"browse.announcementRequest", QT_TR_NOOP("Announcement request")},
        {"browse.requestElection", QT_TR_NOOP("Browser election")},
        {"browse.getBackupListRequest", QT_TR_NOOP("Backup list request")},
        {"browse.getBackupListResponse", QT_TR_NOOP("Backup list response")},
        {"browse.becomeBackup", QT_TR_NOOP("Become backup browser")},
        {"browse.domainAnnouncement", QT_TR_NOOP("Domain announcement")},
        {"browse.masterAnnouncement", QT_TR_NOOP("Master browser announcement")},
        {"browse.resetStateRequest", QT_TR_NOOP("Reset browser state")},
        {"browse.localMasterAnnouncement", QT_TR_NOOP("Local master announcement")},
        {"browse.unknown", QT_TR_NOOP("Browser message (unknown opcode)")},
        {"lanman.hostAnnouncement", QT_TR_NOOP("LAN Manager host announcement")},
        {"messenger.message", QT_TR_NOOP("Messenger message")},
        {"netlogon.logonRequest", QT_TR_NOOP("Logon request")},
        {"netlogon.logonResponse2", QT_TR_NOOP("Logon response")},
        {"netlogon.primaryQuery", QT_TR_NOOP("Primary domain controller query")},
        {"netlogon.announceUas", QT_TR_NOOP("UAS change announcement")},
        {"netlogon.primaryResponse", QT_TR_NOOP("Primary domain controller response")},
        {"netlogon.samLogonRequest", QT_TR_NOOP("SAM logon request")},
        {"netlogon.samLogonResponse", QT_TR_NOOP("SAM logon response")},
        {"netlogon.samPauseResponse", QT_TR_NOOP("SAM logon: service paused")},
        {"netlogon.samUserUnknown", QT_TR_NOOP("SAM logon: user unknown")},
        {"netlogon.samLogonResponseEx", QT_TR_NOOP("SAM logon response (extended)")},
        {"netlogon.samPauseResponseEx", QT_TR_NOOP("SAM logon: service paused (extended)")},
        {"netlogon.samUserUnknownEx", QT_TR_NOOP("SAM logon: user unknown (extended)")},
        {"netlogon.unknown", QT_TR_NOOP("Netlogon message (unknown opcode)")},
    };
    for (const Title &t : titles) {
        if (kind == QLatin1String(t.kind))
            return tr(t.title);
    }
    return kind;
}

QString DecodedSummary::oneLine(const QString &text, int maxChars)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars + 1));
    for (const QChar c : text) {
        if (out.size() >= maxChars) {
            out.append(QChar(0x2026)); // …
            break;
        }
        out.append(c.isPrint() || c == QLatin1Char(' ') ? c : QChar(0xFFFD));
    }
    return out;
}

QString DecodedSummary::valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

QString DecodedSummary::summary(const mailslot::wire::DecodedPayload &decoded)
{
    const QString kind = decoded.kind();
    const QString title = kindTitle(kind);
    const auto text = [&decoded](const char *key) { return valueText(decoded.value(QString::fromLatin1(key))).trimmed(); };
    QString result;
    if (kind == QLatin1String("messenger.message")) {
        const QString message = text("text");
        result = tr("%1 from %2 to %3: %4").arg(title, text("from"), text("to"), message);
    } else {
        // The name the message is about, then a comment if it has one.
        QString subject;
        for (const char *key : {"serverName", "workgroup", "responseName", "masterBrowserServerName", "browserToPromote",
                                "computerName", "unicodeComputerName", "pdcName", "unicodePdcName", "dnsHostName",
                                "userName", "backupServers"}) {
            subject = text(key);
            if (!subject.isEmpty())
                break;
        }
        const QString comment = text("comment");
        if (subject.isEmpty())
            result = title;
        else if (comment.isEmpty())
            result = tr("%1: %2", "decoded summary: kind, subject").arg(title, subject);
        else
            result = tr("%1: %2 (%3)", "decoded summary: kind, subject, comment").arg(title, subject, comment);
    }
    if (decoded.isTruncated())
        result = tr("%1 [truncated]").arg(result);
    return oneLine(result);
}

QString DecodedSummary::malformedText(const QString &key)
{
    const auto reason = mailslot::wire::malformedReasonFromKey(key);
    return reason ? mailslot::wire::malformedReasonText(*reason) : key;
}

QString DecodedSummary::forRow(const StreamRow &row)
{
    const ObservedDatagram *d = row.datagram.get();
    if (!d)
        return {};
    const auto [parsed, decoded] = d->expanded();
    if (!parsed.isMailslotWrite()) {
        const QString reason = tr("Malformed: %1").arg(mailslot::wire::malformedReasonText(parsed.malformed));
        // Decoded as far as its payload: what the payload says too.
        if (!decoded)
            return reason;
        return tr("%1; %2", "malformed reason; decoded summary").arg(reason, summary(*decoded));
    }
    if (!decoded)
        return {};
    return summary(*decoded);
}
