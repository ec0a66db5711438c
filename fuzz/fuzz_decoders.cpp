// libFuzzer target: the well-known slot decoders on raw payloads; the first byte picks the slot.
#include "core/wire/wellknownslotdecoder.h"

#include <QJsonDocument>

using namespace mailslot::wire;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const kSlots[] = {"\\MAILSLOT\\BROWSE", "\\MAILSLOT\\LANMAN", "\\MAILSLOT\\MESSNGR",
                                         "\\MAILSLOT\\NET\\NETLOGON", "\\MAILSLOT\\NET\\NTLOGON"};
    if (size < 1)
        return 0;
    const char *slot = kSlots[data[0] % 5];
    const QByteArrayView payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (OemCodePage cp : {OemCodePage::Cp437, OemCodePage::Utf8}) {
        if (const auto decoded = WellKnownSlotDecoder::decode(QByteArrayView(slot), payload, cp)) {
            QJsonDocument(decoded->toJson()).toJson(QJsonDocument::Compact);
            for (const auto &field : decoded->fields())
                (void)field.value.toString();
        }
    }
    return 0;
}
