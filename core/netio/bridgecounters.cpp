#include "core/netio/bridgecounters.h"

#include <QJsonValue>
#include <QStringList>

using namespace mailslot::wire;

void BridgeCounters::countMalformed(MalformedReason reason)
{
    ++malformed;
    ++malformedByReason[reason];
}

QJsonObject BridgeCounters::toJson() const
{
    QJsonObject byReason{{QStringLiteral("total"), double(malformed)}};
    for (auto it = malformedByReason.cbegin(); it != malformedByReason.cend(); ++it)
        byReason.insert(malformedReasonKey(it.key()), double(it.value()));
    return QJsonObject{
        {QStringLiteral("received"), double(received)},
        {QStringLiteral("delivered"), double(delivered)},
        {QStringLiteral("observed"), double(observed)},
        {QStringLiteral("malformed"), byReason},
        {QStringLiteral("duplicates"), double(duplicates)},
        {QStringLiteral("invalidNames"), double(invalidNames)},
        {QStringLiteral("deliveryFailures"), double(deliveryFailures)},
        {QStringLiteral("otherInterface"), double(otherInterface)},
        {QStringLiteral("kernelDrops"), kernelDropsKnown ? QJsonValue(double(kernelDrops)) : QJsonValue(QJsonValue::Null)},
    };
}

QString BridgeCounters::toText() const
{
    QStringList parts{
        tr("%n datagram(s) received", nullptr, int(received)),
        tr("%n delivered", nullptr, int(delivered)),
        tr("%n only observed", nullptr, int(observed)),
        tr("%n malformed", nullptr, int(malformed)),
    };
    if (duplicates)
        parts.append(tr("%n duplicate(s) suppressed", nullptr, int(duplicates)));
    if (invalidNames)
        parts.append(tr("%n with an invalid slot name", nullptr, int(invalidNames)));
    if (deliveryFailures)
        parts.append(tr("%n delivery failure(s)", nullptr, int(deliveryFailures)));
    if (kernelDropsKnown)
        parts.append(tr("%n dropped by the kernel", nullptr, int(kernelDrops)));
    QString text = parts.join(QStringLiteral(", "));
    if (malformed) {
        QStringList reasons;
        for (auto it = malformedByReason.cbegin(); it != malformedByReason.cend(); ++it)
            reasons.append(QStringLiteral("%1: %2").arg(malformedReasonKey(it.key())).arg(it.value()));
        text += QStringLiteral(" (%1)").arg(reasons.join(QStringLiteral(", ")));
    }
    return text;
}
