// What the commands of the `mailslot` tool share: its output streams, the reading of options,
// and the error lines.
#pragma once

#include "core/slots/mailsloterror.h"
#include "core/wire/jsonlinewriter.h"
#include "core/wire/oemcodec.h"

#include <QByteArrayView>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class NetworkIdentity;
class QCommandLineParser;
class QFile;
class QTextStream;
struct ObservedDatagram;

class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    static QTextStream &out();
    static QTextStream &err();
    // Bytes straight to standard output, after whatever out() holds.
    static void writeOut(QByteArrayView bytes);
    // One datagram as a line of a listing: JSON or text.
    static void appendLine(mailslot::wire::JsonLineWriter &lines, const ObservedDatagram &d, bool json);
    static QString jsonLine(const QJsonObject &object);

    // A number option: a non-negative integer from min to max; where allowForever, "forever",
    // "infinite" and -1 give 0xFFFFFFFF (MAILSLOT_WAIT_FOREVER).
    struct NumberOption
    {
        QString name;     // without dashes: "count"
        quint64 min = 0;
        quint64 max = 0;
        bool allowForever = false;
        QString invalid;  // the usage error for a value that is not a number from min up, "%1": the value
    };
    // The option's value (its default when not given); nullopt and *problem when it is not a
    // number from min up (option.invalid) or over max ("... is too large").
    static std::optional<quint64> readNumber(const QCommandLineParser &parser, const NumberOption &option,
                                             QString *problem);
    // The --timeout of serve and send: ms, 0 to 4294967295; forever, infinite or -1 = forever.
    static std::optional<quint32> readTimeout(const QCommandLineParser &parser, QString *problem);
    // The --count of serve and bridge: -1 when not given, else a positive number.
    static std::optional<qint64> readCount(const QCommandLineParser &parser, QString *problem);

    static QString formatTimeout(quint32 ms);
    static QString formatNext(quint32 next);
    // "1 byte", "424 bytes", also for sizes beyond the range of %n.
    static QString formatBytes(quint64 bytes);

    // The options that say who we are on the network (send and bridge).
    static QList<QCommandLineOption> identityOptions();
    // Fills identity from --name/--workgroup (defaults from the system); false with *problem
    // for a name NetBIOS cannot carry (a character, or more than 15 characters).
    static bool readIdentity(const QCommandLineParser &parser, NetworkIdentity *identity, QString *problem);
    // The --port option of send, bridge and decode: 1 to 65535.
    static std::optional<quint16> readPort(const QCommandLineParser &parser, QString *problem);
    // The --code-page option of bridge and decode; its help names the default in use, the OEM
    // code page of the user's locale ("default: 850, from the locale es_ES").
    static QCommandLineOption codePageOption();
    // The --code-page option (cp437, cp850, latin1, utf8; when not given: the OEM code page of
    // the user's locale, as Windows chooses it).
    static std::optional<mailslot::wire::OemCodePage> readCodePage(const QCommandLineParser &parser, QString *problem);

    // How error lines name a slot: its canonical form (\\.\mailslot\a\b), or the name as typed
    // when it is not a valid name.
    static QString slotSubject(const QString &typed);
    // One line on stderr: "mailslot: <subject>: <message> (<ERROR_NAME>)". Control characters in
    // the subject (a name as typed) are shown escaped, never sent to the terminal.
    static void reportError(const QString &subject, const MailslotError &error);
    // The same with a message of our own and the Win32 code that goes with it (no subject: a
    // message that names what it is about).
    static void reportFailure(const QString &subject, const QString &message, quint32 code);
    // The same for a file that could not be read (--file): the system's reason, and the Win32
    // name of the closest error.
    static void reportFileError(const QFile &file);
    // One line on stderr for a usage error (exit status 2), pointing at 'mailslot <command>
    // --help', or at 'mailslot --help' without a command.
    static void reportUsage(const QString &message, const QString &command = {});
    // Whether standard output still takes what is written (false once its reader has gone).
    static bool outputAlive();
    // When standard output's reader has gone (`mailslot serve x | head`): says so (one error
    // line), ends the event loop with status 1 and returns true.
    static bool stopWhenOutputGone();
};
