#include "core/text/payloadtext.h"

#include "core/wire/oemcodec.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>

using mailslot::wire::OemCodec;
using mailslot::wire::OemCodePage;

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

QString PayloadText::encodingTitle(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return tr("UTF-8");
    case Encoding::Utf16Le: return tr("UTF-16LE");
    case Encoding::Latin1: return tr("Latin-1 (ISO 8859-1)");
    case Encoding::Cp437: return tr("OEM 437 (US)");
    case Encoding::Cp850: return tr("OEM 850 (Western Europe)");
    }
    return {};
}

QList<PayloadText::Encoding> PayloadText::encodings()
{
    return {Encoding::Utf8, Encoding::Utf16Le, Encoding::Latin1, Encoding::Cp437, Encoding::Cp850};
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
        bytes = OemCodec::encodeExact(text, OemCodePage::Latin1, &bad);
        break;
    case Encoding::Cp437:
        bytes = OemCodec::encodeExact(text, OemCodePage::Cp437, &bad);
        break;
    case Encoding::Cp850:
        bytes = OemCodec::encodeExact(text, OemCodePage::Cp850, &bad);
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
        return OemCodec::decode(bytes, OemCodePage::Cp437);
    case Encoding::Cp850:
        return OemCodec::decode(bytes, OemCodePage::Cp850);
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
    bool base = false;    // the last character shown can carry a combining mark
    bool rightToLeft = false;
    for (QChar c : text) {
        if (out.size() >= maxChars) {
            out.append(QChar(0x2026));
            break;
        }
        const bool mark = c.isMark();
        if (mark && !base) {
            // A mark with nothing to sit on takes what follows into its script (the escapes
            // were drawn as boxes): written as its code.
            out.append(QStringLiteral("\\x%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            continue;
        }
        const QChar::Direction direction = c.direction();
        rightToLeft = rightToLeft || direction == QChar::DirR || direction == QChar::DirAL;
        const qsizetype before = out.size();
        switch (c.unicode()) {
        case '\n': out.append(QLatin1String("\\n")); break;
        case '\r': out.append(QLatin1String("\\r")); break;
        case '\t': out.append(QLatin1String("\\t")); break;
        case '\\': out.append(QLatin1String("\\\\")); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0)
                || c.category() == QChar::Other_Format)
                out.append(QStringLiteral("\\x%1").arg(c.unicode(), c.unicode() > 0xFF ? 4 : 2, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
        base = mark ? base : out.size() == before + 1; // an escape carries nothing
    }
    // Right-to-left text isolated as one left-to-right run: the escapes around it stay in place
    // (a label or a tooltip would otherwise take the whole line as right-to-left).
    if (rightToLeft)
        return QChar(0x2066) + out + QChar(0x2069);
    return out;
}

QString PayloadText::escapeControls(const QString &text, bool keepLayout)
{
    const auto escaped = [keepLayout](QChar c) {
        return isLineControl(c.unicode()) && !(keepLayout && (c == u'\t' || c == u'\n' || c == u'\r'));
    };
    if (std::none_of(text.cbegin(), text.cend(), escaped))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (escaped(c))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
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
