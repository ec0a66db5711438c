// `mailslot decode FILE`: prints the mailslot datagrams (UDP 138) of a pcap or pcapng capture
// file, decoded: a text line, a JSON object (--json) or chosen fields (--fields) per datagram.
#pragma once

#include "app/cli/clicommand.h"
#include "core/capture/capturedecoder.h"
#include "core/formats/datagramfields.h"

#include <QCoreApplication>

#include <optional>

class DecodeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    QString name() const override { return QStringLiteral("decode"); }
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    // --port, --code-page, --json and --fields; the usage error, or an empty string.
    QString readOptions(const QCommandLineParser &parser);
    // Says which link types of the file could not be read (one line each); Failure when no frame
    // at all could be read.
    // --fields without "kind": the fast listing (FieldsListing).
    int listFields(const QString &path, const CaptureDecoder::ChunkSink &write);
    static int reportLinkTypes(const QString &path, const CaptureDecoder::Stats &stats);

    quint16 m_port = 138;
    mailslot::wire::OemCodePage m_codePage = mailslot::wire::OemCodePage::Cp437;
    bool m_json = false;
    std::optional<DatagramFields> m_fields;
};
