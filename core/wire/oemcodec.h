// OEM code pages for names and messenger text (Qt 6.4 QStringDecoder has no CP437/CP850).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mailslot::wire {

enum class OemCodePage { Cp437, Cp850, Latin1, Utf8 };

class OemCodec
{
public:
    static QString decode(QByteArrayView bytes, OemCodePage cp);
    // Characters the code page cannot represent become '?'.
    static QByteArray encode(QStringView text, OemCodePage cp);
    // Like encode(), but fails on the first character the code page cannot represent (*bad).
    static std::optional<QByteArray> encodeExact(QStringView text, OemCodePage cp, QChar *bad = nullptr);
    // "cp437", "cp850", "latin1", "utf8".
    static QString key(OemCodePage cp);
    static std::optional<OemCodePage> fromKey(QStringView key);
    static QList<OemCodePage> allCodePages();
};

} // namespace mailslot::wire
