// Why a received datagram is not a well-formed mailslot write.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mailslot::wire {

enum class MalformedReason {
    None = 0,
    Truncated,          // "truncated": the buffer ends before a fixed-size field
    BadMessageType,     // "badMessageType": MSG_TYPE not in 0x10..0x16
    Fragment,           // "fragment": MORE flag set or PACKET_OFFSET != 0
    BadLength,          // "badLength": DGM_LENGTH larger than the received bytes, or smaller than the names
    BadName,            // "badName": NetBIOS name not first-level encoded, bad label or scope
    NotDataDatagram,    // "notDataDatagram": error (0x13) or query (0x14..0x16) packet, no user data
    BadProtocol,        // "badProtocol": USER_DATA does not start with FF 'SMB'
    BadCommand,         // "badCommand": SMB command is not SMB_COM_TRANSACTION (0x25)
    WrongWordCount,     // "wrongWordCount": WordCount != 17
    WrongSetupCount,    // "wrongSetupCount": SetupCount != 3
    BadOpcode,          // "badOpcode": mailslot opcode != 1 (write)
    BadOffset,          // "badOffset": DataOffset outside the SMB or inside the fixed header/name
    BadDataCount,       // "badDataCount": DataOffset + DataCount beyond the end
    NameNotTerminated,  // "nameNotTerminated": transaction name has no NUL before the end
    NotMailslot,        // "notMailslot": transaction name not under \MAILSLOT\ (case-insensitive)
    // The IP/UDP framing of a captured datagram (capture files only; the datagram's bytes are
    // still decoded as far as the frame holds them):
    IpFragment,         // "ipFragment": first IP fragment (MF set): the rest of the UDP datagram is in other frames
    CaptureTruncated,   // "captureTruncated": the capture kept only part of the frame (snap length)
    BadIpLength,        // "badIpLength": the IP length runs past the end of the frame
    BadUdpLength,       // "badUdpLength": UDP length below 8 or beyond the IP payload
};

// Stable machine key (JSON "malformed"); empty for None.
QString malformedReasonKey(MalformedReason reason);
// Translatable human text (context "MalformedReason").
QString malformedReasonText(MalformedReason reason);
// Inverse of malformedReasonKey(); "" maps to None, unknown keys to nullopt.
std::optional<MalformedReason> malformedReasonFromKey(QStringView key);
// Every value, None included, in declaration order.
QList<MalformedReason> allMalformedReasons();

} // namespace mailslot::wire
