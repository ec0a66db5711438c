// What the commands of the `mailslot` tool share: its output streams, option parsing and
// reports. Its messages are in the tool's translation context (CliTool).
#pragma once

#include "core/wire/jsonlinewriter.h"
#include "core/slots/mailsloterror.h"
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
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static QTextStream &out();
    static QTextStream &err();
    // Bytes straight to standard output, after whatever out() holds.
    static void writeOut(QByteArrayView bytes);
    // One datagram as a line of a listing: JSON or text.
    static void appendLine(mailslot::wire::JsonLineWriter &lines, const ObservedDatagram &d, bool json);
    static QString jsonLine(const QJsonObject &object);

    // A non-negative integer option; "forever"/"infinite" give 0xFFFFFFFF where allowed.
    static std::optional<quint64> parseNumber(const QString &text, quint64 max, bool allowForever);
    static QString formatTimeout(quint32 ms);
    static QString formatNext(quint32 next);
    // The options that say who we are on the network (send and bridge).
    static QList<QCommandLineOption> identityOptions();
    // Fills identity from --name/--workgroup (defaults from the system); false with *problem.
    static bool readIdentity(const QCommandLineParser &parser, NetworkIdentity *identity, QString *problem);
    // The --port option of send, bridge and decode: 1 to 65535. Invalid: the usage error is
    // reported and nullopt returned.
    static std::optional<quint16> readPort(const QCommandLineParser &parser);
    // The --code-page option of bridge and decode; its help names the default in use, the OEM
    // code page of the user's locale ("default: 850, from the locale es_ES").
    static QCommandLineOption codePageOption();
    // The --code-page option (cp437, cp850, latin1, utf8; when not given: the OEM code page of
    // the user's locale, as Windows chooses it); invalid: reported, nullopt.
    static std::optional<mailslot::wire::OemCodePage> readCodePage(const QCommandLineParser &parser);

    // "mailslot: <subject>: <message> (<ERROR_NAME>)" on stderr.
    // One line on stderr: "mailslot: <subject>: <message> (<ERROR_NAME>)". Control characters in
    // the subject (a name as typed) are shown escaped, never sent to the terminal.
    static void reportError(const QString &subject, const MailslotError &error);
    // The same for a file that could not be read (--file): the system's reason, and the Win32
    // name of the closest error.
    static void reportFileError(const QFile &file);
    // One line on stderr for a usage error (exit status 2), pointing at --help.
    static void reportUsage(const QString &message);
    // "1 byte", "424 bytes", also for sizes beyond the range of %n.
    static QString formatBytes(quint64 bytes);
    // Whether standard output still takes what is written (false once its reader has gone).
    static bool outputAlive();
};
