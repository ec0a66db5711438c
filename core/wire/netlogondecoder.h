// Netlogon / DC locator pings on \MAILSLOT\NET\NETLOGON and \MAILSLOT\NET\NTLOGON
// (opcodes as in [MS-ADTS] §6.3.1 and Samba's nbt.idl; all integers little-endian).
#pragma once

#include "core/wire/decodedpayload.h"
#include "core/wire/oemcodec.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace mailslot::wire {

class NetlogonDecoder
{
    Q_DECLARE_TR_FUNCTIONS(NetlogonDecoder)
public:
    enum Opcode : quint16 {
        LogonRequest = 0x00,
        LogonResponse2 = 0x06,
        PrimaryQuery = 0x07,
        AnnounceUas = 0x0A,
        PrimaryResponse = 0x0C,
        SamLogonRequest = 0x12,
        SamLogonResponse = 0x13,
        SamPauseResponse = 0x14,
        SamUserUnknown = 0x15,
        SamLogonResponseEx = 0x17,
        SamPauseResponseEx = 0x18,
        SamUserUnknownEx = 0x19,
    };

    // Kind "netlogon.<opcodeName>" (or "netlogon.unknown"), fields opcode, opcodeName and the
    // names the frame carries (computerName, userName, mailslotName, domainName, ...).
    static DecodedPayload decode(QByteArrayView payload, OemCodePage cp = OemCodePage::Cp437);
    // "logonRequest", "primaryQuery", "samLogonRequest", ...; empty when unknown.
    static QString opcodeName(quint16 opcode);
};

} // namespace mailslot::wire
