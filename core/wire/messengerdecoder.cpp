#include "core/wire/messengerdecoder.h"

namespace mailslot::wire {

DecodedPayload MessengerDecoder::decode(QByteArrayView payload, OemCodePage cp)
{
    DecodedPayload out(QStringLiteral("messenger.message"), "MessengerDecoder");
    const qsizetype first = payload.indexOf('\0');
    if (first < 0) {
        out.addField(QStringLiteral("from"), QT_TRANSLATE_NOOP("MessengerDecoder", "From"), OemCodec::decode(payload, cp));
        out.setTruncated(true);
        return out;
    }
    out.addField(QStringLiteral("from"), QT_TRANSLATE_NOOP("MessengerDecoder", "From"), OemCodec::decode(payload.first(first), cp));
    const qsizetype second = payload.indexOf('\0', first + 1);
    if (second < 0) {
        out.addField(QStringLiteral("to"), QT_TRANSLATE_NOOP("MessengerDecoder", "To"), OemCodec::decode(payload.sliced(first + 1), cp));
        out.setTruncated(true);
        return out;
    }
    out.addField(QStringLiteral("to"), QT_TRANSLATE_NOOP("MessengerDecoder", "To"), OemCodec::decode(payload.sliced(first + 1, second - first - 1), cp));
    QByteArrayView text = payload.sliced(second + 1);
    const qsizetype end = text.indexOf('\0');
    if (end >= 0)
        text = text.first(end);
    out.addField(QStringLiteral("text"), QT_TRANSLATE_NOOP("MessengerDecoder", "Text"), OemCodec::decode(text, cp));
    out.addField(QStringLiteral("codePage"), QT_TRANSLATE_NOOP("MessengerDecoder", "Code page"), OemCodec::key(cp));
    return out;
}

QByteArray MessengerDecoder::encode(QStringView from, QStringView to, QStringView text, OemCodePage cp)
{
    QByteArray out = OemCodec::encode(from, cp);
    out.append('\0');
    out.append(OemCodec::encode(to, cp));
    out.append('\0');
    out.append(OemCodec::encode(text, cp));
    out.append('\0');
    return out;
}

} // namespace mailslot::wire
