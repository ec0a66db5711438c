// `mailslot send TARGET [TEXT]`: writes a message (text, --hex bytes or a --file) to a mailslot,
// --repeat times; to a slot on this computer, or (NetworkSend) to other computers.
#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/payloadfile.h"

#include <QByteArray>
#include <QCoreApplication>

class MailslotName;

class SendCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    QString name() const override { return QStringLiteral("send"); }
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser) override;

private:
    // The arguments, --repeat and --timeout; the usage error, or an empty string.
    QString readArguments(const QCommandLineParser &parser);
    // The message given as text or --hex; the usage error, or an empty string.
    static QString readInlinePayload(const QCommandLineParser &parser, QByteArray *payload);
    // The options of our own datagram sender: refused for a slot on this computer (and on
    // Windows, where the system sends to other computers); the usage error, or an empty string.
    static QString checkNetworkOptions(const QCommandLineParser &parser, const MailslotName &name);
    // The largest message the target takes.
    static PayloadFile::Limit messageLimit(const MailslotName &name);
    // Writes the message --repeat times into a slot (on Windows, any slot the system can reach).
    int writeLocal(const MailslotName &name, const QByteArray &payload) const;

    quint64 m_repeat = 1;
    quint32 m_timeout = 0;
};
