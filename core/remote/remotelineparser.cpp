#include "core/remote/remotelineparser.h"

#include "core/remote/streamrowreader.h"

RemoteLineParser::RemoteLineParser(QString host) : m_host(std::move(host))
{
    m_hosted.setHost(m_host);
}

StreamRowList RemoteLineParser::feed(QByteArrayView bytes)
{
    StreamRowList rows;
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        bytes = newline < 0 ? QByteArrayView() : bytes.sliced(newline + 1);
        if (!m_skipping)
            m_partial.append(piece);
        if (m_partial.size() > kMaxLineBytes) {
            m_partial.clear();
            m_skipping = true;
            ++m_lines;
            reject(tr("longer than %n byte(s) without a newline", nullptr, int(kMaxLineBytes)));
        }
        if (newline < 0)
            break;
        if (!m_skipping)
            takeLine(m_partial, &rows);
        m_partial.clear();
        m_skipping = false;
    }
    return rows;
}

StreamRowList RemoteLineParser::finish()
{
    StreamRowList rows;
    if (!m_partial.isEmpty() && !m_skipping)
        takeLine(m_partial, &rows);
    m_partial.clear();
    m_skipping = false;
    return rows;
}

void RemoteLineParser::restart()
{
    m_partial.clear();
    m_skipping = false;
    m_firstLine = true;
    m_header.reset();
}

void RemoteLineParser::takeLine(QByteArrayView line, StreamRowList *rows)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    ++m_lines;
    const bool first = std::exchange(m_firstLine, false);
    if (StreamFormat::isHeader(line)) {
        QString problem;
        if (auto header = StreamFormat::parseHeader(line, &problem); header && first)
            m_header = std::move(header);
        else
            reject(first ? problem : tr("a header line in the middle of the stream"));
        return;
    }
    QString problem;
    std::optional<StreamRow> row = StreamRowReader::read(line, &problem);
    if (!row) {
        reject(problem); // a line is counted bad once, for its worst problem
        return;
    }
    if (first)
        reject(tr("no %1 header: rows are read as version %2").arg(QLatin1String(StreamFormat::kName)).arg(StreamFormat::kVersion));
    if (row->hasExtras())
        row->setHost(m_host); // (a writer's pid too)
    else
        row->shareExtrasOf(m_hosted);
    rows->append(std::move(*row));
}

void RemoteLineParser::reject(const QString &problem)
{
    ++m_badLines;
    m_lastProblem = tr("line %1: %2").arg(m_lines).arg(problem);
}
