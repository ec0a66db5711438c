// Writes fuzzing seeds from capture files: each UDP 138 payload as a file (datagram seeds), its
// USER_DATA (SMB seeds) and its mailslot payload prefixed for the decoder target.
// Usage: makeseeds OUTDIR CAPTURE...
#include "core/wire/mailslotdatagramparser.h"
#include "core/wire/pcapreader.h"
#include "core/wire/udpextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace mailslot::wire;

static void save(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return 2;
    const QString out = args.first();
    int n = 0;
    for (const QString &path : args.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (!path.endsWith(QLatin1String(".pcap")) && !path.endsWith(QLatin1String(".pcapng"))) {
            save(out + QStringLiteral("/smb"), QStringLiteral("file%1").arg(n++), file.readAll());
            continue;
        }
        save(out + QStringLiteral("/pcap"), QFileInfo(path).fileName(), file.readAll());
        file.seek(0);
        PcapReader reader(&file);
        if (!reader.open())
            continue;
        CaptureFrame frame;
        while (reader.readNext(frame)) {
            const auto udp = UdpExtractor::extract(frame.linkType, frame.data, frame.originalLength);
            if (!udp.ok())
                continue;
            const QString tag = QStringLiteral("seed%1").arg(n++);
            save(out + QStringLiteral("/datagram"), tag, udp.datagram.payload);
            const ParsedDatagram parsed = MailslotDatagramParser::parse(udp.datagram.payload);
            save(out + QStringLiteral("/smb"), tag, parsed.userData);
            save(out + QStringLiteral("/decoders"), tag, QByteArray(1, char(0)) + parsed.payload);
        }
    }
    for (const char *name : {"demo", "\\\\.\\mailslot\\a\\b", "\\\\*\\mailslot\\messngr", "\\MAILSLOT\\BROWSE", "a/../b"})
        save(out + QStringLiteral("/name"), QString::fromLatin1(QByteArray(name).toHex()), QByteArray(name));
    return 0;
}
