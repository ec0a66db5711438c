#include "core/wire/malformedreason.h"

#include <QCoreApplication>
#include <QList>

namespace mailslot::wire {

namespace {
struct ReasonInfo
{
    MalformedReason reason;
    const char *key;
    const char *text;
};

// QT_TRANSLATE_NOOP so that lupdate sees the strings in the "MalformedReason" context.
constexpr ReasonInfo kReasons[] = {
    {MalformedReason::None, "", QT_TRANSLATE_NOOP("MalformedReason", "Well-formed")},
    {MalformedReason::Truncated, "truncated", QT_TRANSLATE_NOOP("MalformedReason", "The datagram is truncated")},
    {MalformedReason::BadMessageType, "badMessageType",
     QT_TRANSLATE_NOOP("MalformedReason", "Unknown NetBIOS datagram message type")},
    {MalformedReason::Fragment, "fragment",
     QT_TRANSLATE_NOOP("MalformedReason", "Fragmented NetBIOS datagram (mailslots are never fragmented)")},
    {MalformedReason::BadLength, "badLength",
     QT_TRANSLATE_NOOP("MalformedReason", "DGM_LENGTH does not match the received size")},
    {MalformedReason::BadName, "badName", QT_TRANSLATE_NOOP("MalformedReason", "Badly encoded NetBIOS name")},
    {MalformedReason::NotDataDatagram, "notDataDatagram",
     QT_TRANSLATE_NOOP("MalformedReason", "Error or query datagram without user data")},
    {MalformedReason::BadProtocol, "badProtocol",
     QT_TRANSLATE_NOOP("MalformedReason", "User data is not an SMB message")},
    {MalformedReason::BadCommand, "badCommand",
     QT_TRANSLATE_NOOP("MalformedReason", "SMB command is not a transaction")},
    {MalformedReason::WrongWordCount, "wrongWordCount",
     QT_TRANSLATE_NOOP("MalformedReason", "SMB WordCount is not 17")},
    {MalformedReason::WrongSetupCount, "wrongSetupCount",
     QT_TRANSLATE_NOOP("MalformedReason", "Transaction SetupCount is not 3")},
    {MalformedReason::BadOpcode, "badOpcode",
     QT_TRANSLATE_NOOP("MalformedReason", "Mailslot opcode is not 1 (write)")},
    {MalformedReason::BadOffset, "badOffset",
     QT_TRANSLATE_NOOP("MalformedReason", "DataOffset points outside the message")},
    {MalformedReason::BadDataCount, "badDataCount",
     QT_TRANSLATE_NOOP("MalformedReason", "DataCount runs past the end of the message")},
    {MalformedReason::NameNotTerminated, "nameNotTerminated",
     QT_TRANSLATE_NOOP("MalformedReason", "Mailslot name is not NUL-terminated")},
    {MalformedReason::NotMailslot, "notMailslot",
     QT_TRANSLATE_NOOP("MalformedReason", "Transaction name is not under \\MAILSLOT\\")},
    {MalformedReason::IpFragment, "ipFragment",
     QT_TRANSLATE_NOOP("MalformedReason", "IP fragment: the rest of the UDP datagram is in other frames")},
    {MalformedReason::CaptureTruncated, "captureTruncated",
     QT_TRANSLATE_NOOP("MalformedReason", "The capture kept only part of the frame (snap length)")},
    {MalformedReason::BadIpLength, "badIpLength",
     QT_TRANSLATE_NOOP("MalformedReason", "The IP length runs past the end of the frame")},
    {MalformedReason::BadUdpLength, "badUdpLength",
     QT_TRANSLATE_NOOP("MalformedReason", "The UDP length does not match the IP payload")},
};

const ReasonInfo *find(MalformedReason reason)
{
    for (const auto &info : kReasons)
        if (info.reason == reason)
            return &info;
    return nullptr;
}
} // namespace

QString malformedReasonKey(MalformedReason reason)
{
    const ReasonInfo *info = find(reason);
    return info ? QString::fromLatin1(info->key) : QStringLiteral("unknown");
}

QString malformedReasonText(MalformedReason reason)
{
    const ReasonInfo *info = find(reason);
    return info ? QCoreApplication::translate("MalformedReason", info->text) : QString();
}

std::optional<MalformedReason> malformedReasonFromKey(QStringView key)
{
    for (const auto &info : kReasons)
        if (key == QLatin1StringView(info.key))
            return info.reason;
    return std::nullopt;
}

QList<MalformedReason> allMalformedReasons()
{
    QList<MalformedReason> all;
    for (const auto &info : kReasons)
        all.append(info.reason);
    return all;
}

} // namespace mailslot::wire
