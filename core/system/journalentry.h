// One entry of the systemd journal in its native protocol ("Native Journal Protocol",
// systemd.io/JOURNAL_NATIVE_PROTOCOL): each field is NAME=value and a newline, or, for a value
// that holds a newline (binary data: any byte, NULs too), NAME, a newline, the value's length as
// a little-endian 64-bit number, the value and a newline. Pure: fields in, bytes out (and back,
// for tests and tools).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

class JournalEntry
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    // A field; a name that the journal would refuse (see isValidName) is left out, and false
    // returned.
    bool add(QByteArrayView name, QByteArrayView value);
    const QList<Field> &fields() const { return m_fields; }
    // The first value of a field (empty when absent).
    QByteArray value(QByteArrayView name) const;

    // The datagram the journal's socket takes.
    QByteArray encode() const;
    // The fields of an encoded entry; nullopt when it is not one (a length beyond the end, a
    // missing newline, a bad name).
    static std::optional<JournalEntry> decode(QByteArrayView bytes);

    // Upper-case letters, digits and '_', not starting with a digit or '_' (those are the
    // journal's own), at most 64 characters.
    static bool isValidName(QByteArrayView name);

private:
    QList<Field> m_fields;
};
