// libFuzzer target: a UDP 138 payload through the whole receive path (datagram, SMB, slot name,
// well-known slot decoders, JSON and text lines), as the bridge and `mailslot decode` run it.
#include "core/stream/observeddatagram.h"
#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/netbiosdatagram.h"
#include "core/wire/wellknownslotdecoder.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace mailslot::wire;

static bool sameName(const NetbiosName &a, const NetbiosName &b)
{
    return a.name().toUpper() == b.name().toUpper() && a.suffix() == b.suffix()
        && a.scope().toLower() == b.scope().toLower();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDatagram parsed = MailslotDatagramParser::parse(bytes);
    QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact);
    if (parsed.isMailslotWrite()) {
        // The payload is what DataOffset/DataCount say, and it lies inside the datagram.
        if (parsed.payload.size() > qsizetype(size))
            std::abort();
        if (const auto decoded = WellKnownSlotDecoder::decode(parsed.slotName, parsed.payload))
            QJsonDocument(decoded->toJson()).toJson(QJsonDocument::Compact);
    }
    // A flawed datagram is decoded as far as it parses: what was read lies inside the datagram,
    // and a part is read only after the one before it.
    if ((parsed.slotValid && !parsed.smbValid) || (parsed.payloadValid && !parsed.slotValid)
        || (parsed.payloadValid && !bytes.contains(parsed.payload)) || (parsed.slotValid && !bytes.contains(parsed.slotName)))
        std::abort();
    // Both JSON forms of the listed datagram agree byte for byte; the text line is one line.
    const ObservedDatagram observed =
        ObservedDatagram::fromUdp(QByteArray(bytes.data(), bytes.size()), 0, 0x0A000001, 138, 0x0A0000FF, 138);
    if (observed.toJsonLine() != QJsonDocument(observed.toJson()).toJson(QJsonDocument::Compact))
        std::abort();
    for (const QChar c : observed.toText())
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            std::abort();
    // A datagram that decodes re-encodes to something that decodes to the same fields (names
    // compare without case: the encoder upper-cases them, as RFC 1001 senders do).
    const NetbiosDatagramDecodeResult first = NetbiosDatagram::decode(bytes);
    if (first.ok()) {
        const NetbiosDatagramDecodeResult again = NetbiosDatagram::decode(first.datagram.encode());
        if (!again.ok() || again.datagram.msgType() != first.datagram.msgType()
            || !sameName(again.datagram.sourceName(), first.datagram.sourceName())
            || !sameName(again.datagram.destinationName(), first.datagram.destinationName())
            || again.datagram.userData() != first.datagram.userData())
            std::abort();
    }
    return 0;
}
