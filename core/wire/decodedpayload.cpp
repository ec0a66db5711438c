#include "core/wire/decodedpayload.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace mailslot::wire {

QString DecodedPayload::Field::label() const
{
    if (!labelSource)
        return labelText;
    return labelContext ? QCoreApplication::translate(labelContext, labelSource) : QString::fromUtf8(labelSource);
}

void DecodedPayload::addField(QString key, const char *label, QVariant value)
{
    m_fields.append(Field{std::move(key), std::move(value), m_labelContext, label, {}});
}

void DecodedPayload::addField(const QString &key, const QString &label, const QVariant &value)
{
    m_fields.append(Field{key, value, nullptr, nullptr, label});
}

bool DecodedPayload::contains(QStringView key) const
{
    for (const Field &f : m_fields)
        if (f.key == key)
            return true;
    return false;
}

QVariant DecodedPayload::value(QStringView key) const
{
    for (const Field &f : m_fields)
        if (f.key == key)
            return f.value;
    return {};
}

QJsonObject DecodedPayload::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), m_kind);
    for (const Field &f : m_fields)
        o.insert(f.key, QJsonValue::fromVariant(f.value));
    if (m_truncated)
        o.insert(QStringLiteral("truncated"), true);
    return o;
}

} // namespace mailslot::wire
