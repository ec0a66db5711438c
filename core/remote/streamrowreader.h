// Reads one row of the stream format (STREAM-FORMAT.md) back into a StreamRow: a local message
// ({slot, time, size, hex, ..., source: "local"}) or a datagram (ObservedDatagram's object).
// A datagram is rebuilt from its fields (the NetBIOS datagram and the SMB write are encoded
// again and parsed as received, so that the row is decoded as a local one is); a malformed one
// from its bytes. Pure: JSON in, a row out.
#pragma once

#include "core/stream/streamrow.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class StreamRowReader
{
    Q_DECLARE_TR_FUNCTIONS(StreamRowReader)

public:
    // The row of one line (without its newline); nullopt and *problem when the line is not a
    // row of the format (not JSON, a field missing or of the wrong type).
    static std::optional<StreamRow> read(QByteArrayView line, QString *problem);
    static std::optional<StreamRow> read(const QJsonObject &object, QString *problem);

private:
    static std::optional<StreamRow> readLocal(const QJsonObject &object, QString *problem);
    static std::optional<StreamRow> readDatagram(const QJsonObject &object, QString *problem);
    // "time", ISO 8601 with milliseconds, as ns since the epoch.
    static std::optional<qint64> readTime(const QJsonObject &object, QString *problem);
    // "hex" as bytes, checked against "size".
    static std::optional<QByteArray> readBytes(const QJsonObject &object, const QString &key, QString *problem);
};
