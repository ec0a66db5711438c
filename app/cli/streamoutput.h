// The stream-format side of `serve --json --header` and `bridge --json --header` (what a remote
// source runs over ssh, STREAM-FORMAT.md): the option, the header line first, and the end of the
// command once the reader of standard output has gone (ssh's connection dropped), so that a
// served slot is closed at once rather than at the next message. And `--journal`, the rows into
// the systemd journal.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;
class QObject;
class RowJournal;
class StreamHub;

class StreamOutput
{
    Q_DECLARE_TR_FUNCTIONS(StreamOutput)

public:
    static QCommandLineOption headerOption();
    // Whether --header was given; *problem when it was without --json.
    static bool readHeader(const QCommandLineParser &parser, QString *problem);
    // Writes the header line (this command's words) and ends the event loop (status 0) when the
    // reader of standard output goes away; the watcher is a child of parent.
    static void begin(QObject *parent);

    // --journal: each row also into the systemd journal (RowJournal, rate-limited).
    static QCommandLineOption journalOption();
    // A journal that takes the hub's rows from now on (a child of parent); null and *problem
    // when the journal cannot be reached.
    static RowJournal *startJournal(StreamHub *hub, QObject *parent, QString *problem);
    // What serve and bridge start before their loop: the journal (when asked for; false, said
    // on standard error, when it cannot be reached), then the header (when asked for).
    static bool start(StreamHub *hub, QObject *parent, bool header, bool journal);
};
