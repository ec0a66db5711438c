#include "core/formats/pcapngrowwriter.h"

#include "core/formats/sessioncomment.h"
#include "core/netio/networksender.h"
#include "core/slots/mailslotname.h"

using mailslot::wire::NetbiosName;
using mailslot::wire::PcapngWriter;

namespace {

constexpr quint32 kLoopback = 0x7F000001; // 127.0.0.1
constexpr quint8 kDirectUnique = 0x10;

// The NetBIOS name a local message is sent from: its host's (the first label, at most 15
// characters, upper case) when the row came from another machine, else this computer's.
NetbiosName writerName(const StreamRow &row, const NetbiosName &thisComputer)
{
    if (row.seenOn().isEmpty())
        return thisComputer;
    const QString host = row.seenOn().section(QLatin1Char('@'), -1).section(QLatin1Char('.'), 0, 0);
    const QByteArray name = host.toUpper().left(15).toLatin1();
    return name.isEmpty() ? thisComputer : NetbiosName(name, thisComputer.suffix());
}

NetworkIdentity completed(const NetworkIdentity &identity)
{
    return identity.netbiosName().isEmpty() || identity.workgroup().isEmpty() ? NetworkIdentity::systemDefault()
                                                                                : identity;
}

} // namespace

PcapngRowWriter::PcapngRowWriter(QIODevice *device, const NetworkIdentity &identity, bool writeLocal)
    : m_writer(device, PcapngWriter::RawIpv4), m_writeLocal(writeLocal)
{
    const NetworkIdentity who = completed(identity);
    m_source = who.sourceName();
    m_destination = NetbiosName(who.netbiosName().toLatin1(), 0x00);
}

PcapngRowWriter::Outcome PcapngRowWriter::write(const StreamRow &row)
{
    if (!row.datagram)
        return writeLocal(row);
    const ObservedDatagram &d = *row.datagram;
    const bool ok = m_writer.writeUdp(d.sourceIp, d.sourcePort, d.destinationIp ? d.destinationIp : kLoopback,
                                      d.destinationPort ? d.destinationPort : NetworkSender::kDatagramPort, d.raw,
                                      d.timestampNs, SessionComment::encode(row));
    return ok ? Outcome::Written : Outcome::Failed;
}

PcapngRowWriter::Outcome PcapngRowWriter::writeLocal(const StreamRow &row)
{
    const MailslotName name = MailslotName::parse(row.slot);
    const auto wire = name.isValid() ? NetworkSender::wireNameBytes(name) : std::nullopt;
    if (!m_writeLocal || !wire || row.payload.size() > kMaxLocalPayload)
        return Outcome::Skipped;
    const QByteArray datagram = NetworkSender::buildDatagram(kDirectUnique, quint16(row.sequence), kLoopback,
                                                             NetworkSender::kDatagramPort, writerName(row, m_source),
                                                             m_destination, *wire, row.payload);
    const bool ok = m_writer.writeUdp(kLoopback, NetworkSender::kDatagramPort, kLoopback, NetworkSender::kDatagramPort,
                                      datagram, row.timeNs, SessionComment::encode(row));
    return ok ? Outcome::Written : Outcome::Failed;
}
