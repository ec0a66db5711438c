#include "core/formats/rowjournal.h"

#include "core/text/payloadtext.h"
#include "core/wire/malformedreason.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

RowJournal::RowJournal(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_writer(m_options.socketPath),
      m_bucket(m_options.rate, m_options.burst), m_reportTimer(new QTimer(this))
{
    if (!m_options.clockNs) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        m_options.clockNs = [clock] { return clock->nsecsElapsed(); };
    }
    m_reportTimer->setInterval(m_options.reportIntervalMs);
    connect(m_reportTimer, &QTimer::timeout, this, &RowJournal::reportDrops);
    m_reportTimer->start();
}

RowJournal::~RowJournal()
{
    finish();
}

JournalEntry RowJournal::entryFor(const StreamRow &row)
{
    JournalEntry entry;
    const ObservedDatagram *d = row.datagram.get();
    const ObservedDatagram::Expanded e = d ? d->expanded() : ObservedDatagram::Expanded();
    const bool malformed = d && !e.parsed.isMailslotWrite();
    QString message = d ? d->toText()
                        : QStringLiteral("%1 (%2 bytes): %3").arg(row.slot).arg(row.payload.size()).arg(PayloadText::preview(row.payload));
    if (const QString host = row.host(); !host.isEmpty())
        message = host + QStringLiteral(": ") + message;
    entry.add("MESSAGE", message.toUtf8());
    entry.add("PRIORITY", malformed ? "4" : "6");
    entry.add("SYSLOG_IDENTIFIER", "mailslot");
    entry.add("MAILSLOT_SLOT", row.slot.toUtf8());
    QByteArray kind = "local";
    if (d)
        kind = malformed ? QByteArray("malformed") : e.decoded ? e.decoded->kind().toUtf8() : QByteArray("datagram");
    entry.add("MAILSLOT_KIND", kind);
    entry.add("MAILSLOT_SIZE", QByteArray::number(row.payload.size()));
    if (d) {
        entry.add("MAILSLOT_SOURCE_IP", d->sourceAddress().toUtf8());
        if (!e.parsed.sourceName.isNull())
            entry.add("MAILSLOT_SOURCE_NAME", e.parsed.sourceName.toDisplayString().toUtf8());
        if (malformed)
            entry.add("MAILSLOT_MALFORMED", mailslot::wire::malformedReasonKey(e.parsed.malformed).toUtf8());
    }
    if (const QString host = row.host(); !host.isEmpty())
        entry.add("MAILSLOT_HOST", host.toUtf8());
    entry.add("MAILSLOT_PAYLOAD", row.payload);
    return entry;
}

void RowJournal::add(JournalEntry &entry) const
{
    for (const JournalEntry::Field &field : m_options.extraFields)
        entry.add(field.first, field.second);
}

void RowJournal::write(const StreamRowList &rows)
{
    for (const StreamRow &row : rows) {
        if (!m_bucket.take(m_options.clockNs())) {
            ++m_dropped;
            ++m_unreported;
            continue;
        }
        JournalEntry entry = entryFor(row);
        add(entry);
        if (m_writer.send(entry))
            ++m_written;
        else
            ++m_failed;
    }
}

void RowJournal::finish()
{
    reportDrops();
}

void RowJournal::reportDrops()
{
    if (m_unreported == 0)
        return;
    JournalEntry entry;
    entry.add("MESSAGE", QStringLiteral("mailslot: %1 rows not written to the journal (rate limit: %2 a second, %3 at once)")
                             .arg(m_unreported)
                             .arg(m_options.rate)
                             .arg(m_options.burst)
                             .toUtf8());
    entry.add("PRIORITY", "4");
    entry.add("SYSLOG_IDENTIFIER", "mailslot");
    entry.add("MAILSLOT_DROPPED", QByteArray::number(m_unreported));
    add(entry);
    m_unreported = 0;
    if (!m_writer.send(entry))
        ++m_failed;
}
