#include "core/system/journalentry.h"

#include <QtEndian>

namespace {
constexpr qsizetype kMaxNameLength = 64;
} // namespace

bool JournalEntry::isValidName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength || name.front() == '_' || (name.front() >= '0' && name.front() <= '9'))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool JournalEntry::add(QByteArrayView name, QByteArrayView value)
{
    if (!isValidName(name))
        return false;
    m_fields.append({name.toByteArray(), value.toByteArray()});
    return true;
}

QByteArray JournalEntry::value(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

QByteArray JournalEntry::encode() const
{
    QByteArray out;
    for (const Field &field : m_fields) {
        out += field.first;
        if (field.second.contains('\n')) {
            out += '\n';
            char length[8];
            qToLittleEndian<quint64>(quint64(field.second.size()), length);
            out.append(length, 8);
        } else {
            out += '=';
        }
        out += field.second;
        out += '\n';
    }
    return out;
}

std::optional<JournalEntry> JournalEntry::decode(QByteArrayView bytes)
{
    JournalEntry entry;
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0)
            return std::nullopt;
        const qsizetype equals = bytes.first(newline).indexOf('=');
        QByteArrayView name;
        QByteArrayView value;
        if (equals >= 0) {
            name = bytes.first(equals);
            value = bytes.sliced(equals + 1, newline - equals - 1);
            bytes = bytes.sliced(newline + 1);
        } else {
            name = bytes.first(newline);
            bytes = bytes.sliced(newline + 1);
            if (bytes.size() < 8)
                return std::nullopt;
            const quint64 length = qFromLittleEndian<quint64>(bytes.data());
            bytes = bytes.sliced(8);
            if (length >= quint64(bytes.size()) || bytes[qsizetype(length)] != '\n')
                return std::nullopt;
            value = bytes.first(qsizetype(length));
            bytes = bytes.sliced(qsizetype(length) + 1);
        }
        if (!entry.add(name, value))
            return std::nullopt;
    }
    return entry;
}
