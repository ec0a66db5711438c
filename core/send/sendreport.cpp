#include "core/send/sendreport.h"

#include "core/wire/netbiosdatagram.h"

#include <QLocale>
#include <QStringList>

QString SendReport::routeText() const
{
    QStringList where;
    for (const NetworkSender::Destination &d : route.destinations)
        where.append(d.interfaceName.isEmpty() ? d.address.toString()
                                               : QStringLiteral("%1 (%2)").arg(d.address.toString(), d.interfaceName));
    return tr("as %1 to %2 at %3 port %4")
        .arg(mailslot::wire::NetbiosDatagram::messageTypeName(route.msgType),
             route.destinationName.toDisplayString(), where.join(QStringLiteral(", ")))
        .arg(port);
}

QString SendReport::summary() const
{
    switch (outcome) {
    case Outcome::Sent: {
        QString text = tr("Sent %n message(s) of %1 bytes to %2", nullptr, sent)
                           .arg(QLocale().toString(payloadSize), target);
        if (network)
            text += QLatin1Char(' ')
                  + tr("in %n datagram(s) %1", nullptr, int(qMin<quint64>(route.datagramsSent, 0x7FFFFFFF)))
                        .arg(routeText());
        return text;
    }
    case Outcome::Failed:
        return tr("Failed after %n message(s) to %1: %2", nullptr, sent).arg(target, error.toString());
    case Outcome::Stopped:
        return tr("Stopped after %n message(s) to %1", nullptr, sent).arg(target);
    case Outcome::NetworkOff:
        return tr("Stopped after %n message(s) to %1: the network was turned off", nullptr, sent).arg(target);
    }
    return {};
}
