// Picks the decoder of a well-known mailslot by (case-insensitive) slot name.
#pragma once

#include "core/wire/decodedpayload.h"
#include "core/wire/oemcodec.h"

#include <QByteArrayView>

#include <optional>

namespace mailslot::wire {

class WellKnownSlotDecoder
{
public:
    // \MAILSLOT\BROWSE -> BrowseDecoder::decode; \MAILSLOT\LANMAN -> BrowseDecoder::decodeLanman;
    // \MAILSLOT\MESSNGR -> MessengerDecoder; \MAILSLOT\NET\NETLOGON, \MAILSLOT\NET\NTLOGON,
    // \MAILSLOT\TEMP\NETLOGON and \MAILSLOT\NET\GETDC* -> NetlogonDecoder.
    // Other slots: nullopt (show the raw payload).
    static std::optional<DecodedPayload> decode(QByteArrayView slotName, QByteArrayView payload,
                                                OemCodePage cp = OemCodePage::Cp437);
    static bool isWellKnown(QByteArrayView slotName);
};

} // namespace mailslot::wire
