// Text in the encodings a mailslot payload may use: UTF-8, UTF-16LE, Latin-1 and the OEM code
// pages 437 and 850 (through mailslot::wire::OemCodec).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class PayloadText
{
    Q_DECLARE_TR_FUNCTIONS(PayloadText)

public:
    enum class Encoding { Utf8, Utf16Le, Latin1, Cp437, Cp850 };

    // "utf-8", "utf-16le", "latin1", "cp437", "cp850" (a few aliases are accepted too).
    static std::optional<Encoding> encodingFromName(const QString &name);
    static QString encodingName(Encoding encoding);
    // What the monitor shows for an encoding, the same everywhere ("UTF-8", "OEM 850 (Western
    // Europe)"), translated; encodingName() is the key the CLI and settings use.
    static QString encodingTitle(Encoding encoding);
    static QList<Encoding> encodings();
    static QStringList encodingNames();

    // Text to bytes. Characters the encoding cannot represent fail with *error naming the first one.
    static std::optional<QByteArray> encode(const QString &text, Encoding encoding, QString *error = nullptr);
    static QString decode(QByteArrayView bytes, Encoding encoding);

    // The JSON "text" field: the payload as UTF-8 if valid, else decoded lossily.
    static QString jsonText(QByteArrayView bytes);
    // A one-line preview for lists: control characters escaped (\n, \t, \xNN), at most maxChars.
    static QString preview(QByteArrayView bytes, int maxChars = 200);
    // The control characters of one-line listings (U+0000..U+001F and U+007F): written as \xNN by
    // escapeControls() and by the --fields columns, so that a value never splits a line or its
    // columns and never reaches a terminal raw. Backslashes stay as they are (slot names).
    static constexpr bool isLineControl(char32_t c) { return c < 0x20 || c == 0x7F; }
    // keepLayout: tab, line feed and carriage return stay as they are (text copied for other
    // programs keeps its lines; a NUL would end it there, so it is escaped).
    static QString escapeControls(const QString &text, bool keepLayout = false);
    // Parses hex text ("48 65 6c", "48656c", "0x48,0x65"); nullopt and *error on bad input.
    static std::optional<QByteArray> parseHex(const QString &text, QString *error = nullptr);
};
