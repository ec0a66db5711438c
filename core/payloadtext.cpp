#include "payloadtext.h"

#include <QRegularExpression>

#include <cctype>

namespace {

// The upper halves (0x80-0xFF) of the OEM code pages; the lower halves are ASCII.
constexpr char16_t kCp437[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
    0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};
constexpr char16_t kCp850[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
    0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
    0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0,
    0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE,
    0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8,
    0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

QString decodeOem(QByteArrayView bytes, const char16_t *table)
{
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(b < 0x80 ? QChar(b) : QChar(table[b - 0x80]));
    }
    return text;
}

std::optional<QByteArray> encodeOem(const QString &text, const char16_t *table, QChar *bad)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            bytes.append(char(c.unicode()));
            continue;
        }
        int found = -1;
        for (int i = 0; i < 128 && found < 0; ++i) {
            if (table[i] == c.unicode())
                found = i;
        }
        if (found < 0) {
            *bad = c;
            return std::nullopt;
        }
        bytes.append(char(0x80 + found));
    }
    return bytes;
}

} // namespace

std::optional<PayloadText::Encoding> PayloadText::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return Encoding::Utf16Le;
    if (n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        return Encoding::Latin1;
    if (n == QLatin1String("cp437") || n == QLatin1String("ibm437"))
        return Encoding::Cp437;
    if (n == QLatin1String("cp850") || n == QLatin1String("ibm850"))
        return Encoding::Cp850;
    return std::nullopt;
}

QString PayloadText::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Utf16Le: return QStringLiteral("utf-16le");
    case Encoding::Latin1: return QStringLiteral("latin1");
    case Encoding::Cp437: return QStringLiteral("cp437");
    case Encoding::Cp850: return QStringLiteral("cp850");
    }
    return {};
}

QStringList PayloadText::encodingNames()
{
    return {QStringLiteral("utf-8"), QStringLiteral("utf-16le"), QStringLiteral("latin1"), QStringLiteral("cp437"),
            QStringLiteral("cp850")};
}

std::optional<QByteArray> PayloadText::encode(const QString &text, Encoding encoding, QString *error)
{
    QChar bad;
    std::optional<QByteArray> bytes;
    switch (encoding) {
    case Encoding::Utf8:
        return text.toUtf8();
    case Encoding::Utf16Le: {
        QByteArray out;
        out.reserve(text.size() * 2);
        for (QChar c : text) {
            out.append(char(c.unicode() & 0xFF));
            out.append(char(c.unicode() >> 8));
        }
        return out;
    }
    case Encoding::Latin1:
        for (QChar c : text) {
            if (c.unicode() > 0xFF) {
                bad = c;
                break;
            }
        }
        if (bad.isNull())
            return text.toLatin1();
        break;
    case Encoding::Cp437:
        bytes = encodeOem(text, kCp437, &bad);
        break;
    case Encoding::Cp850:
        bytes = encodeOem(text, kCp850, &bad);
        break;
    }
    if (bytes)
        return bytes;
    if (error)
        *error = tr("The character \"%1\" (U+%2) cannot be written in %3.")
                     .arg(bad)
                     .arg(QString::number(bad.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')),
                          encodingName(encoding));
    return std::nullopt;
}

QString PayloadText::decode(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(bytes);
    case Encoding::Utf16Le: {
        QString text;
        text.reserve(bytes.size() / 2 + 1);
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            text.append(QChar(char16_t(quint8(bytes[i]) | (quint8(bytes[i + 1]) << 8))));
        if (bytes.size() % 2)
            text.append(QChar(0xFFFD));
        return text;
    }
    case Encoding::Latin1:
        return QString::fromLatin1(bytes);
    case Encoding::Cp437:
        return decodeOem(bytes, kCp437);
    case Encoding::Cp850:
        return decodeOem(bytes, kCp850);
    }
    return {};
}

QString PayloadText::jsonText(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes); // invalid sequences become U+FFFD
}

QString PayloadText::preview(QByteArrayView bytes, int maxChars)
{
    const QString text = QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), qsizetype(maxChars) * 4)));
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars) + 8);
    for (QChar c : text) {
        if (out.size() >= maxChars) {
            out.append(QChar(0x2026));
            break;
        }
        switch (c.unicode()) {
        case '\n': out.append(QLatin1String("\\n")); break;
        case '\r': out.append(QLatin1String("\\r")); break;
        case '\t': out.append(QLatin1String("\\t")); break;
        case '\\': out.append(QLatin1String("\\\\")); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0)
                || c.category() == QChar::Other_Format)
                out.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    return out;
}

std::optional<QByteArray> PayloadText::parseHex(const QString &text, QString *error)
{
    QString digits;
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("[\\s,;:]+")), Qt::SkipEmptyParts);
    for (QString token : tokens) {
        if (token.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            token = token.mid(2);
        digits += token;
    }
    for (int i = 0; i < digits.size(); ++i) {
        if (!isxdigit(digits[i].unicode() < 0x80 ? digits[i].toLatin1() : 'g')) {
            if (error)
                *error = tr("\"%1\" is not a hexadecimal digit.").arg(digits[i]);
            return std::nullopt;
        }
    }
    if (digits.size() % 2) {
        if (error)
            *error = tr("The hexadecimal text has an odd number of digits (%n).", nullptr, int(digits.size()));
        return std::nullopt;
    }
    return QByteArray::fromHex(digits.toLatin1());
}
