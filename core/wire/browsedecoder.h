// CIFS Browser Protocol frames on \MAILSLOT\BROWSE and \MAILSLOT\LANMAN ([MS-BRWS] §2.2).
#pragma once

#include "core/wire/decodedpayload.h"
#include "core/wire/oemcodec.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace mailslot::wire {

class BrowseDecoder
{
    Q_DECLARE_TR_FUNCTIONS(BrowseDecoder)
public:
    enum Opcode : quint8 {
        HostAnnouncement = 0x01,
        AnnouncementRequest = 0x02,
        RequestElection = 0x08,
        GetBackupListRequest = 0x09,
        GetBackupListResponse = 0x0A,
        BecomeBackup = 0x0B,
        DomainAnnouncement = 0x0C,
        MasterAnnouncement = 0x0D,
        ResetStateRequest = 0x0E,
        LocalMasterAnnouncement = 0x0F,
    };

    // A BROWSE-style frame. Kinds: "browse.<opcodeName>" or "browse.unknown".
    static DecodedPayload decode(QByteArrayView payload, OemCodePage cp = OemCodePage::Cp437);
    // A frame received on \MAILSLOT\LANMAN: BROWSE-style frames (as Windows sends) are
    // recognised by the 0xAA55 signature; otherwise a LAN Manager host announcement
    // (opcode u16 = 1, Samba's send_lm_announcement) gives "lanman.hostAnnouncement".
    static DecodedPayload decodeLanman(QByteArrayView payload, OemCodePage cp = OemCodePage::Cp437);

    // "hostAnnouncement", ... ; empty for unknown opcodes.
    static QString opcodeName(quint8 opcode);
    // Names of the SV_TYPE_* bits set in serverType (e.g. "WORKSTATION", "SERVER", ...).
    static QStringList serverTypeNames(quint32 serverType);
};

} // namespace mailslot::wire
