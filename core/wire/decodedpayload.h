// The decoded form of a well-known mailslot message: a kind and an ordered list of fields.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace mailslot::wire {

class DecodedPayload
{
public:
    struct Field
    {
        QString key; // stable, camelCase (JSON key)
        QVariant value;
        // The display label: labelSource translated in labelContext when shown (decoding
        // translates nothing), or labelText when given as text.
        const char *labelContext = nullptr;
        const char *labelSource = nullptr;
        QString labelText;

        // The translated display label.
        QString label() const;
    };

    DecodedPayload() { m_fields.reserve(kTypicalFields); }
    // labelContext: the translation context of the labels given as source text to addField().
    explicit DecodedPayload(const QString &kind, const char *labelContext = nullptr)
        : m_kind(kind), m_labelContext(labelContext)
    {
        m_fields.reserve(kTypicalFields);
    }

    // e.g. "browse.hostAnnouncement", "messenger.message", "netlogon.samLogonRequest".
    QString kind() const { return m_kind; }
    void setKind(const QString &kind) { m_kind = kind; }
    // True when the payload ended before all fields of its kind were read.
    bool isTruncated() const { return m_truncated; }
    void setTruncated(bool truncated) { m_truncated = truncated; }

    const QList<Field> &fields() const { return m_fields; }
    // label: untranslated source text (a literal marked with QT_TRANSLATE_NOOP in this payload's
    // label context), translated only when Field::label() is asked for.
    void addField(QString key, const char *label, QVariant value);
    // label: display text as it is.
    void addField(const QString &key, const QString &label, const QVariant &value);
    bool contains(QStringView key) const;
    // Null QVariant when absent.
    QVariant value(QStringView key) const;

    // {"kind": ..., <key>: <value>..., "truncated": true (only when truncated)}.
    QJsonObject toJson() const;

private:
    static constexpr qsizetype kTypicalFields = 16;

    QString m_kind;
    const char *m_labelContext = nullptr;
    bool m_truncated = false;
    QList<Field> m_fields;
};

} // namespace mailslot::wire
