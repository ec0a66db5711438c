// Rows into the systemd journal: a consumer of the stream hub's rows (`mailslot bridge
// --journal`, `serve --journal`, and any later source alike) that writes each as one structured
// entry: MESSAGE (a readable line), PRIORITY (6, or 4 for a malformed datagram),
// SYSLOG_IDENTIFIER=mailslot, MAILSLOT_SLOT, MAILSLOT_KIND (local, a well-known slot's kind,
// datagram, malformed), MAILSLOT_SIZE, MAILSLOT_PAYLOAD (the bytes, binary-safe), and where they
// apply MAILSLOT_SOURCE_IP, MAILSLOT_SOURCE_NAME, MAILSLOT_HOST (a remote row's host),
// MAILSLOT_MALFORMED. Rate-limited by a token bucket so that a flood cannot fill the journal:
// rows over the limit are counted, and the count is written as one entry per interval in which
// rows were dropped, and at finish().
#pragma once

#include "core/stream/streamrow.h"
#include "core/system/journalentry.h"
#include "core/system/journalwriter.h"
#include "core/system/tokenbucket.h"

#include <QObject>

#include <functional>

class QTimer;

class RowJournal : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        double rate = 1000;            // entries a second, on average
        double burst = 2000;           // entries at once
        int reportIntervalMs = 10000;  // how often dropped rows are reported (when there were any)
        QString socketPath = QLatin1String(JournalWriter::kDefaultSocket);
        QList<JournalEntry::Field> extraFields; // added to every entry (e.g. a test's id)
        std::function<qint64()> clockNs;        // monotonic ns; default: a QElapsedTimer
    };

    explicit RowJournal(Options options, QObject *parent = nullptr);
    ~RowJournal() override;

    bool isOpen() const { return m_writer.isOpen(); }
    // Why the journal could not be opened or did not take an entry.
    QString error() const { return m_writer.error(); }

    // Writes the rows (those the rate allows).
    void write(const StreamRowList &rows);
    // Reports what was dropped since the last report (once; also done on destruction).
    void finish();

    quint64 written() const { return m_written; }
    quint64 dropped() const { return m_dropped; }
    quint64 failed() const { return m_failed; }

    // The entry of one row (without the extra fields). Pure.
    static JournalEntry entryFor(const StreamRow &row);

private:
    void reportDrops();
    void add(JournalEntry &entry) const;

    Options m_options;
    JournalWriter m_writer;
    TokenBucket m_bucket;
    QTimer *m_reportTimer;
    quint64 m_written = 0;
    quint64 m_dropped = 0;
    quint64 m_unreported = 0;
    quint64 m_failed = 0;
};
