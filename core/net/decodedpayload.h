// The decoded form of a well-known mailslot message: a kind and an ordered list of fields.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace mailslot::net {

class DecodedPayload
{
public:
    struct Field
    {
        QString key;   // stable, camelCase (JSON key)
        QString label; // translated display label
        QVariant value;
    };

    DecodedPayload() = default;
    explicit DecodedPayload(const QString &kind) : m_kind(kind) {}

    // e.g. "browse.hostAnnouncement", "messenger.message", "netlogon.samLogonRequest".
    QString kind() const { return m_kind; }
    void setKind(const QString &kind) { m_kind = kind; }
    // True when the payload ended before all fields of its kind were read.
    bool isTruncated() const { return m_truncated; }
    void setTruncated(bool truncated) { m_truncated = truncated; }

    const QList<Field> &fields() const { return m_fields; }
    void addField(const QString &key, const QString &label, const QVariant &value);
    bool contains(QStringView key) const;
    // Null QVariant when absent.
    QVariant value(QStringView key) const;

    // {"kind": ..., <key>: <value>..., "truncated": true (only when truncated)}.
    QJsonObject toJson() const;

private:
    QString m_kind;
    bool m_truncated = false;
    QList<Field> m_fields;
};

} // namespace mailslot::net
