// The stream format between two ends of a remote source (STREAM-FORMAT.md): JSON lines as
// `mailslot serve --json` and `bridge --json` write them, preceded by one header line that names
// the format, its version, the host, the mailslot version and the command. Pure: values in,
// bytes out, and back.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class StreamFormat
{
    Q_DECLARE_TR_FUNCTIONS(StreamFormat)

public:
    static constexpr const char *kName = "mailslot-stream";
    // Bumped only by a change that an older reader would misread (see STREAM-FORMAT.md).
    static constexpr int kVersion = 1;

    struct Header
    {
        int version = kVersion;
        QString host;        // the writing host's name
        QString mailslot;    // the writing `mailslot`'s version
        QStringList command; // the command that writes the stream, e.g. ["bridge", "--json"]
    };

    // The header line (compact JSON, no newline).
    static QByteArray headerLine(const Header &header);
    // This process's header: this host, this program's version, the given command.
    static Header localHeader(const QStringList &command);
    // Whether a line is a header line (a JSON object whose "format" is kName).
    static bool isHeader(QByteArrayView line);
    // The header of a line; nullopt and *problem when it is not one, or of a version this reader
    // does not know.
    static std::optional<Header> parseHeader(QByteArrayView line, QString *problem);
};
