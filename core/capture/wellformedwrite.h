// A UDP 138 payload read in place (no copies), for the fast listings of capture files: accepted
// only when it is a well-formed mailslot write that MailslotDatagramParser would read with no
// flaw at all (a data message, not a fragment, DGM_LENGTH within the bytes, two NetBIOS names
// without a scope, the 17-word SMB transaction, a \MAILSLOT\ name, the data within the SMB).
// Anything else is refused, and the caller reads it the general way: every value given here is
// the one the general parser gives for the same bytes.
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>

class WellFormedWrite
{
public:
    quint8 msgType = 0;
    quint8 flags = 0;
    quint16 dgmId = 0;
    std::array<char, 16> sourceName{};      // the 16 decoded bytes: 15 name bytes and the suffix
    std::array<char, 16> destinationName{};
    quint16 priority = 0;
    quint16 mailslotClass = 0;
    QByteArrayView slotName; // as on the wire, e.g. "\MAILSLOT\BROWSE"
    QByteArrayView payload;  // DataCount bytes at DataOffset

    // False (and *this unspecified) for anything but a well-formed write; the views point into
    // udpPayload.
    bool read(QByteArrayView udpPayload);

private:
    bool readSmb(QByteArrayView smb);
};
