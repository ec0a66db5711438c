// Writes stream rows to a file as CSV, JSON or pcapng, through QSaveFile: a failure (disk full,
// no permission, ...) gives an error naming the file and the reason, and never leaves a
// truncated file behind (an existing file is left as it was): the rows go to a temporary file
// that is renamed over the target at the end. A progress callback sees the rows handled every
// kProgressRows rows and may cancel the export (then nothing is written either); ExportJob runs an
// export in a worker thread with it.
//
// CSV: one header line, then one line per row (RFC 4180 quoting). JSON: an array of the objects
// the CLI prints with --json (`mailslot decode --json` / `mailslot bridge --json` for network
// rows, `mailslot serve --json` for local ones). pcapng: rows in time order (a capture never
// runs backwards, even with rows of an older capture file among live ones), network rows as the
// UDP datagrams they were; local messages either skipped, or written as the NetBIOS datagram Windows would send for
// them (a DIRECT_UNIQUE mailslot write to this computer's name) from 127.0.0.1:138 to
// 127.0.0.1:138 (from the row's host's NetBIOS name when it came from another machine), so that
// Wireshark and `mailslot decode` read them as mailslot writes. Every pcapng frame carries the
// row's metadata as its packet comment (SessionComment: origin, stream number, slot, host, writer
// pid, delivery), so that a pcapng export with local messages is a saved session that reopens with
// nothing lost (core/formats/CAPTURE-FORMAT.md).
#pragma once

#include "core/formats/pcapngrowwriter.h"
#include "core/netio/networkidentity.h"
#include "core/stream/rowring.h"
#include "core/stream/streamrow.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

class MessageExporter
{
    Q_DECLARE_TR_FUNCTIONS(MessageExporter)

public:
    enum class Format { Csv, Json, Pcapng };
    enum class LocalMessages { Skip, AsLoopbackUdp };

    // Local payloads larger than this do not fit in one NetBIOS datagram: skipped in pcapng.
    static constexpr qsizetype kMaxPcapngLocalPayload = PcapngRowWriter::kMaxLocalPayload;
    // How often (in rows) an export reports its progress.
    static constexpr qint64 kProgressRows = 4096;

    using Row = StreamRow;
    struct Result
    {
        bool ok = false;
        QString error;     // names the file and the reason
        qint64 written = 0;
        qint64 skipped = 0; // rows not written (pcapng: local rows when skipped or too large)
        bool cancelled = false; // the progress callback stopped it (then ok is false, nothing written)
    };
    // Given the rows handled so far (written or skipped); false cancels the export.
    using Progress = std::function<bool(qint64 handled)>;

    // The rows of a snapshot of the stream (read in the calling thread, copied nowhere).
    static Result exportSnapshot(const QString &path, Format format, const RowRing::Snapshot &rows,
                                 LocalMessages local = LocalMessages::Skip, const NetworkIdentity &identity = {},
                                 const Progress &progress = {});
    static Result exportRows(const QString &path, Format format, const QList<Row> &rows,
                             LocalMessages local = LocalMessages::Skip, const NetworkIdentity &identity = {},
                             const Progress &progress = {});

    static QString formatName(Format format);
    // "CSV (*.csv)" etc., for file dialogs.
    static QString fileFilter(Format format);
    static QString suffix(Format format);
    // From a file name's suffix; nullopt when it is none of ours.
    static std::optional<Format> formatForPath(const QString &path);

    static QStringList csvHeader();
    static QStringList csvRecord(const Row &row);
    // One CSV field: quoted when it has a comma, quote, CR or LF (quotes doubled).
    static QString csvField(const QString &text);
    // The JSON object of a row (the CLI's).
    static QJsonObject jsonObject(const Row &row);

private:
    // Counts a row as written (or skipped); false when the progress callback cancels.
    static bool advance(Result *result, const Progress &progress, bool skipped = false);
    static bool writeCsv(QIODevice *out, const RowRing::Snapshot &rows, Result *result, const Progress &progress);
    static bool writeJson(QIODevice *out, const RowRing::Snapshot &rows, Result *result, const Progress &progress);
    static bool writePcapng(QIODevice *out, const RowRing::Snapshot &rows, LocalMessages local,
                            const NetworkIdentity &identity, Result *result, const Progress &progress);
};
Q_DECLARE_METATYPE(MessageExporter::Result)
