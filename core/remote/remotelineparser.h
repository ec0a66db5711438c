// The reading end of the stream format (STREAM-FORMAT.md): bytes as they arrive, in pieces of
// any size, in; rows out, tagged with their host. A line cut between two reads is kept until its
// end arrives; a line that is not a row is counted and its problem kept, never fatal. Pure:
// fuzzable (tests/remote/fuzz_remotelineparser.cpp).
#pragma once

#include "core/remote/streamformat.h"
#include "core/stream/streamrow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

class RemoteLineParser
{
    Q_DECLARE_TR_FUNCTIONS(RemoteLineParser)

public:
    // A line longer than this without its newline is dropped (counted as bad).
    static constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024;

    explicit RemoteLineParser(QString host = {});

    // The rows of every line that these bytes complete.
    StreamRowList feed(QByteArrayView bytes);
    // End of the stream: the last line, if it had no newline.
    StreamRowList finish();
    // A new stream (a new connection): the header is expected again; counters stay.
    void restart();

    // The stream's header, once its first line was one.
    const std::optional<StreamFormat::Header> &header() const { return m_header; }
    quint64 lines() const { return m_lines; }
    quint64 badLines() const { return m_badLines; }
    // The latest bad line's problem: "line 3: not JSON (...)" (empty when none).
    QString lastProblem() const { return m_lastProblem; }

private:
    void takeLine(QByteArrayView line, StreamRowList *rows);
    void reject(const QString &problem);

    QString m_host;
    StreamRow m_hosted; // a row holding only m_host: rows with nothing else of the kind share its one allocation
    QByteArray m_partial;
    bool m_skipping = false; // dropping the rest of an over-long line
    bool m_firstLine = true;
    std::optional<StreamFormat::Header> m_header;
    quint64 m_lines = 0;
    quint64 m_badLines = 0;
    QString m_lastProblem;
};
