#include "core/formats/messageexporter.h"

#include "core/formats/rowjson.h"
#include "core/formats/pcapngrowwriter.h"
#include "core/text/decodedsummary.h"
#include "core/wire/malformedreason.h"
#include "core/slots/mailslotname.h"
#include "core/text/payloadtext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using mailslot::wire::ParsedDatagram;

namespace {

bool writeAll(QIODevice *out, const QByteArray &bytes)
{
    return out->write(bytes) == bytes.size();
}

} // namespace

QString MessageExporter::formatName(Format format)
{
    switch (format) {
    case Format::Csv: return tr("CSV");
    case Format::Json: return tr("JSON");
    case Format::Pcapng: return tr("pcapng capture");
    }
    return {};
}

QString MessageExporter::suffix(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    case Format::Pcapng: return QStringLiteral("pcapng");
    }
    return {};
}

QString MessageExporter::fileFilter(Format format)
{
    return tr("%1 (*.%2)").arg(formatName(format), suffix(format));
}

std::optional<MessageExporter::Format> MessageExporter::formatForPath(const QString &path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("csv"))
        return Format::Csv;
    if (s == QLatin1String("json"))
        return Format::Json;
    if (s == QLatin1String("pcapng"))
        return Format::Pcapng;
    return std::nullopt;
}

QString MessageExporter::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList MessageExporter::csvHeader()
{
    // Machine-readable keys (like the JSON's), not translated.
    return {QStringLiteral("seq"),         QStringLiteral("time"),      QStringLiteral("slot"),
            QStringLiteral("source"),      QStringLiteral("sourcePort"), QStringLiteral("sourceName"),
            QStringLiteral("destinationName"), QStringLiteral("size"),  QStringLiteral("text"),
            QStringLiteral("hex"),         QStringLiteral("decoded"),   QStringLiteral("malformed"),
            QStringLiteral("delivered")};
}

QStringList MessageExporter::csvRecord(const Row &row)
{
    const ObservedDatagram *d = row.datagram.get();
    const ObservedDatagram::Expanded e = d ? d->expanded() : ObservedDatagram::Expanded();
    const QString none;
    return {QString::number(row.sequence),
            row.time().toString(Qt::ISODateWithMs),
            row.slot,
            d ? d->sourceAddress() : QStringLiteral("local"),
            d && d->sourcePort ? QString::number(d->sourcePort) : none,
            d && !e.parsed.sourceName.isNull() ? e.parsed.sourceName.toDisplayString() : none,
            d && !e.parsed.destinationName.isNull() ? e.parsed.destinationName.toDisplayString() : none,
            QString::number(row.payload.size()),
            // Control bytes as \xNN (a NUL ends the text for many programs), the lines kept.
            PayloadText::escapeControls(PayloadText::jsonText(row.payload), true),
            QString::fromLatin1(row.payload.toHex()),
            d && e.decoded ? DecodedSummary::summary(*e.decoded) : none,
            d && !e.parsed.isMailslotWrite() ? mailslot::wire::malformedReasonKey(e.parsed.malformed) : none,
            d ? (d->delivered ? QStringLiteral("true") : QStringLiteral("false")) : none};
}

QJsonObject MessageExporter::jsonObject(const Row &row)
{
    return RowJson::object(row);
}

bool MessageExporter::advance(Result *result, const Progress &progress, bool skipped)
{
    ++(skipped ? result->skipped : result->written);
    const qint64 handled = result->written + result->skipped;
    if (progress && handled % kProgressRows == 0 && !progress(handled)) {
        result->cancelled = true;
        return false;
    }
    return true;
}

bool MessageExporter::writeCsv(QIODevice *out, const RowRing::Snapshot &rows, Result *result, const Progress &progress)
{
    const auto line = [](const QStringList &fields) {
        QString text;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                text += QLatin1Char(',');
            text += csvField(fields[i]);
        }
        text += QLatin1String("\r\n");
        return text.toUtf8();
    };
    if (!writeAll(out, line(csvHeader())))
        return false;
    for (qsizetype i = 0; i < rows.count(); ++i) {
        if (!writeAll(out, line(csvRecord(rows.at(i)))) || !advance(result, progress))
            return false;
    }
    return true;
}

bool MessageExporter::writeJson(QIODevice *out, const RowRing::Snapshot &rows, Result *result, const Progress &progress)
{
    if (!writeAll(out, "["))
        return false;
    bool first = true;
    for (qsizetype i = 0; i < rows.count(); ++i) {
        QByteArray object = RowJson::line(rows.at(i));
        object.prepend(first ? "\n" : ",\n");
        first = false;
        if (!writeAll(out, object) || !advance(result, progress))
            return false;
    }
    return writeAll(out, "\n]\n");
}

bool MessageExporter::writePcapng(QIODevice *out, const RowRing::Snapshot &rows, LocalMessages local,
                                  const NetworkIdentity &identity, Result *result, const Progress &progress)
{
    PcapngRowWriter writer(out, identity, local == LocalMessages::AsLoopbackUdp);
    if (!writer.writeHeader())
        return false;
    // Time order (stable): rows of an older capture file among live rows must not run backwards.
    QList<const Row *> ordered;
    ordered.reserve(rows.count());
    for (qsizetype i = 0; i < rows.count(); ++i)
        ordered.append(&rows.at(i));
    std::stable_sort(ordered.begin(), ordered.end(), [](const Row *a, const Row *b) { return a->timeNs < b->timeNs; });
    for (const Row *row : std::as_const(ordered)) {
        const PcapngRowWriter::Outcome outcome = writer.write(*row);
        if (outcome == PcapngRowWriter::Outcome::Failed
            || !advance(result, progress, outcome == PcapngRowWriter::Outcome::Skipped))
            return false;
    }
    return true;
}

MessageExporter::Result MessageExporter::exportRows(const QString &path, Format format, const QList<Row> &rows,
                                                    LocalMessages local, const NetworkIdentity &identity,
                                                    const Progress &progress)
{
    return exportSnapshot(path, format, RowRing::fromList(rows).snapshot(), local, identity, progress);
}

MessageExporter::Result MessageExporter::exportSnapshot(const QString &path, Format format, const RowRing::Snapshot &rows,
                                                        LocalMessages local, const NetworkIdentity &identity,
                                                        const Progress &progress)
{
    Result result;
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        // QSaveFile would rename its temporary file over a device or a pipe (as root, over /dev/...).
        result.error = tr("Could not export to %1: it is not a regular file.").arg(path);
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Could not export to %1: %2").arg(path, file.errorString());
        return result;
    }
    bool ok = false;
    switch (format) {
    case Format::Csv: ok = writeCsv(&file, rows, &result, progress); break;
    case Format::Json: ok = writeJson(&file, rows, &result, progress); break;
    case Format::Pcapng: ok = writePcapng(&file, rows, local, identity, &result, progress); break;
    }
    // Everything buffered must reach the file before the commit renames it into place.
    if (ok)
        ok = file.flush() && file.error() == QFileDevice::NoError;
    if (!ok) {
        const QString reason = file.errorString();
        file.cancelWriting();
        file.commit(); // discards the temporary file
        result.error = result.cancelled
            ? tr("Export to %1 cancelled. Nothing was written; an existing file was left unchanged.").arg(path)
            : tr("Could not export to %1: %2. Nothing was written; an existing file was left unchanged.").arg(path, reason);
        result.written = 0;
        result.skipped = 0;
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Could not export to %1: %2. Nothing was written; an existing file was left unchanged.")
                           .arg(path, file.errorString());
        result.written = 0;
        return result;
    }
    result.ok = true;
    return result;
}
