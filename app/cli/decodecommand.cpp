#include "app/cli/decodecommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/fieldslisting.h"
#include "core/formats/rowjson.h"
#include "core/formats/sessioncomment.h"
#include "core/platform/win32error.h"
#include "core/wire/udpextractor.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

QString DecodeCommand::description() const
{
    return tr("Prints the mailslot datagrams (UDP 138) of a pcap or pcapng capture file, decoded, one per line. "
              "With --json, the rows of a saved session (File > Save Session... in the monitor) are shown as "
              "they were saved: origin, stream number, host, writer pid and delivery.");
}

QList<CliCommand::Argument> DecodeCommand::arguments() const
{
    return {{tr("file"), tr("file"), tr("A pcap or pcapng capture file.")}};
}

QList<QCommandLineOption> DecodeCommand::options() const
{
    return {
        {QStringLiteral("json"), tr("Print one JSON object per datagram.")},
        {QStringLiteral("fields"),
         tr("Print only these fields, tab-separated, one line per datagram (like tshark -T fields), "
            "e.g. slot,hex. Fields: %1.")
             .arg(DatagramFields::names().join(QStringLiteral(", "))),
         tr("list")},
        {QStringLiteral("port"), tr("The UDP port of the datagrams (default 138)."), tr("port"), QStringLiteral("138")},
        CliSupport::codePageOption(),
    };
}

QString DecodeCommand::readOptions(const QCommandLineParser &parser)
{
    QString problem;
    const auto port = CliSupport::readPort(parser, &problem);
    const auto codePage = port ? CliSupport::readCodePage(parser, &problem) : std::nullopt;
    if (!codePage)
        return problem;
    m_port = *port;
    m_codePage = *codePage;
    m_json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("fields"))) {
        if (m_json)
            return tr("--json and --fields cannot be combined");
        m_fields = DatagramFields::parse(parser.value(QStringLiteral("fields")), &problem);
        if (!m_fields)
            return tr("--fields: %1").arg(problem);
    }
    return {};
}

int DecodeCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("decode takes exactly one capture file"));
    if (const QString problem = readOptions(parser); !problem.isEmpty())
        return usageError(problem);
    // Formatted on every processor, written in file order.
    CliSupport::out().flush();
    const auto write = [](QByteArrayView chunk) {
        return std::fwrite(chunk.data(), 1, std::size_t(chunk.size()), stdout) == std::size_t(chunk.size());
    };
    if (m_fields && !m_fields->needsDecoding())
        return listFields(positional.first(), write);
    CaptureDecoder decoder(m_port, m_codePage); // decoding: for --json, the text and "kind"
    const bool ok = decoder.formatFile(
        positional.first(),
        [this](const ObservedDatagram &d, mailslot::wire::JsonLineWriter &lines) {
            if (m_fields) {
                m_fields->write(d, lines);
            } else if (m_json && SessionComment::find(d.comments())) {
                // A saved session's row: as it was saved (origin, stream number, host, pid, delivery).
                lines.raw(RowJson::sessionLine(SessionComment::restore(d)));
                lines.newline();
            } else {
                CliSupport::appendLine(lines, d, m_json);
            }
        },
        write);
    std::fflush(stdout);
    if (!ok) { // the decoder's message names the file
        CliSupport::reportFailure({}, decoder.errorString(), decoder.errorCode());
        return Failure;
    }
    return reportLinkTypes(positional.first(), decoder.stats());
}

int DecodeCommand::listFields(const QString &path, const CaptureDecoder::ChunkSink &write)
{
    FieldsListing listing(*m_fields, m_port, m_codePage);
    const bool ok = listing.run(path, write);
    std::fflush(stdout);
    if (!ok) { // the decoder's message names the file
        CliSupport::reportFailure({}, listing.errorString(), listing.errorCode());
        return Failure;
    }
    return reportLinkTypes(path, listing.stats());
}

int DecodeCommand::reportLinkTypes(const QString &path, const CaptureDecoder::Stats &stats)
{
    for (auto it = stats.unsupportedLinkTypes.cbegin(); it != stats.unsupportedLinkTypes.cend(); ++it) {
        const QString name = mailslot::wire::UdpExtractor::linkTypeName(it.key());
        const QString type = name.isEmpty() ? tr("link type %1").arg(it.key()) : tr("link type %1 (%2)").arg(it.key()).arg(name);
        CliSupport::reportFailure(path, tr("%1 is not supported: %n frame(s) skipped", nullptr, int(it.value())).arg(type),
                                  mailslot::platform::kErrorNotSupported);
    }
    // Nothing could be read: not a listing that happens to be empty.
    return stats.frames > 0 && stats.unsupportedFrames == stats.frames ? Failure : Success;
}
