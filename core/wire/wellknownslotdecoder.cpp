#include "core/wire/wellknownslotdecoder.h"

#include "core/wire/browsedecoder.h"
#include "core/wire/messengerdecoder.h"
#include "core/wire/netlogondecoder.h"

namespace mailslot::wire {

namespace {
enum class Slot { None, Browse, Lanman, Messenger, Netlogon };

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0; // sizes first: most slots differ there
}

Slot classify(QByteArrayView slot)
{
    if (equalsCi(slot, "\\MAILSLOT\\BROWSE"))
        return Slot::Browse;
    if (equalsCi(slot, "\\MAILSLOT\\LANMAN"))
        return Slot::Lanman;
    if (equalsCi(slot, "\\MAILSLOT\\MESSNGR"))
        return Slot::Messenger;
    if (equalsCi(slot, "\\MAILSLOT\\NET\\NETLOGON") || equalsCi(slot, "\\MAILSLOT\\NET\\NTLOGON")
        || equalsCi(slot, "\\MAILSLOT\\TEMP\\NETLOGON"))
        return Slot::Netlogon;
    constexpr QByteArrayView getdc("\\MAILSLOT\\NET\\GETDC");
    if (slot.size() >= getdc.size() && slot.first(getdc.size()).compare(getdc, Qt::CaseInsensitive) == 0)
        return Slot::Netlogon;
    return Slot::None;
}
} // namespace

bool WellKnownSlotDecoder::isWellKnown(QByteArrayView slotName)
{
    return classify(slotName) != Slot::None;
}

std::optional<DecodedPayload> WellKnownSlotDecoder::decode(QByteArrayView slotName, QByteArrayView payload, OemCodePage cp)
{
    switch (classify(slotName)) {
    case Slot::Browse: return BrowseDecoder::decode(payload, cp);
    case Slot::Lanman: return BrowseDecoder::decodeLanman(payload, cp);
    case Slot::Messenger: return MessengerDecoder::decode(payload, cp);
    case Slot::Netlogon: return NetlogonDecoder::decode(payload, cp);
    case Slot::None: break;
    }
    return std::nullopt;
}

} // namespace mailslot::wire
