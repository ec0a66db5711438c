#include "app/cli/sendcommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/networksend.h"
#include "core/netio/networksender.h"
#include "core/platform/win32error.h"
#include "core/slots/mailslotname.h"
#include "core/slots/mailslotregistry.h"
#include "core/slots/mailslotwriter.h"
#include "core/text/payloadtext.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace mailslot::platform;

namespace {
// The options of our own datagram sender.
constexpr const char *kNetworkOptions[] = {"to", "domain", "priority", "name", "workgroup", "interface", "port"};
// The most one WriteFile carries through MailslotWriter.
constexpr quint64 kMaxWrite = 0xFFFFFFFEull;
} // namespace

QString SendCommand::description() const
{
    return tr("Writes a message to a mailslot on this computer or on the network: one write, one message.");
}

QList<CliCommand::Argument> SendCommand::arguments() const
{
    return {{tr("target"), tr("target"), tr("The mailslot to write to.")},
            {tr("text"), QStringLiteral("[%1]").arg(tr("text")),
             tr("The message text (empty sends a zero-length message).")}};
}

QList<QCommandLineOption> SendCommand::options() const
{
    QList<QCommandLineOption> options{
        {QStringLiteral("hex"), tr("Send these bytes, written in hexadecimal."), tr("hex")},
        {QStringLiteral("file"), tr("Send the contents of this file as one message."), tr("path")},
        {QStringLiteral("encoding"), tr("Encoding of the text: utf-8, utf-16le, latin1, cp437 or cp850."),
         tr("encoding"), QStringLiteral("utf-8")},
        {QStringLiteral("repeat"), tr("Send the message N times (stops at the first failed write)."), tr("N"),
         QStringLiteral("1")},
        {QStringLiteral("timeout"),
         tr("How long each write may wait while the slot's queue is full, in ms (or 'forever')."), tr("ms"),
         QString::number(MailslotWriter::kDefaultWriteTimeout)},
        {QStringLiteral("to"), tr("Network targets: send to this address instead of broadcasting or resolving."),
         tr("address")},
        {QStringLiteral("domain"), tr("Network targets: \\\\NAME is a domain (group), not a computer.")},
        {QStringLiteral("priority"), tr("Network targets: the mailslot priority field, 0 to 9."), tr("n"),
         QStringLiteral("0")},
    };
    return options + CliSupport::identityOptions();
}

QString SendCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const bool hasHex = parser.isSet(QStringLiteral("hex"));
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (positional.isEmpty() || positional.size() > 2)
        return tr("send takes a target and at most one text");
    if (int(hasHex) + int(hasFile) + int(positional.size() == 2) > 1)
        return tr("give the message once: as text, with --hex or with --file");
    if (!hasHex && !hasFile && positional.size() < 2)
        return tr("nothing to send: give a text (\"\" for an empty message), --hex or --file");
    QString problem;
    const auto repeat = CliSupport::readNumber(
        parser, {QStringLiteral("repeat"), 1, 0x7FFFFFFFull, false, tr("--repeat: '%1' is not a positive number")},
        &problem);
    const auto timeout = repeat ? CliSupport::readTimeout(parser, &problem) : std::nullopt;
    if (!timeout)
        return problem;
    m_repeat = *repeat;
    m_timeout = *timeout;
    return {};
}

QString SendCommand::readInlinePayload(const QCommandLineParser &parser, QByteArray *payload)
{
    QString problem;
    if (parser.isSet(QStringLiteral("hex"))) {
        const auto bytes = PayloadText::parseHex(parser.value(QStringLiteral("hex")), &problem);
        if (!bytes)
            return QStringLiteral("--hex: %1").arg(problem);
        *payload = *bytes;
        return {};
    }
    const auto encoding = PayloadText::encodingFromName(parser.value(QStringLiteral("encoding")));
    if (!encoding)
        return tr("--encoding: '%1' is not one of %2")
            .arg(parser.value(QStringLiteral("encoding")), PayloadText::encodingNames().join(QStringLiteral(", ")));
    const auto bytes = PayloadText::encode(parser.positionalArguments().at(1), *encoding, &problem);
    if (!bytes)
        return QStringLiteral("--encoding: %1").arg(problem);
    *payload = *bytes;
    return {};
}

QString SendCommand::checkNetworkOptions(const QCommandLineParser &parser, const MailslotName &name)
{
    for (const char *option : kNetworkOptions) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
#ifdef Q_OS_WIN
        // The system carries writes to \\HOST\, \\DOMAIN\ and \\*\ (CreateFile/WriteFile): the
        // options of our own datagram sender do not apply, and are refused rather than ignored.
        Q_UNUSED(name);
        return tr("--%1 is not used on Windows: Windows itself sends mailslot messages to other computers.")
            .arg(QLatin1String(option));
#else
        if (name.isLocal())
            return tr("--%1 is for a mailslot on another computer; %2 is on this computer")
                .arg(QLatin1String(option), name.canonical());
#endif
    }
    return {};
}

PayloadFile::Limit SendCommand::messageLimit(const MailslotName &name)
{
    if (!name.isLocal()) { // the 424-byte rule of network mailslot messages
        const auto wire = NetworkSender::wireNameBytes(name);
        const quint64 max = quint64(NetworkSender::maxPayloadSize(wire ? *wire : name.wireName().toUtf8()));
        return {max, kErrorBadNetpath, max};
    }
    MailslotError error;
    const MailslotInfo info = MailslotRegistry().query(name.canonical(), &error);
    if (!error && info.maxMessageSize != 0)
        return {info.maxMessageSize, kErrorMessageExceedsMaxSize, info.maxMessageSize};
    if (!error && info.queueCapacity != 0) // a message never outgrows the slot's queue
        return {std::min(info.queueCapacity, kMaxWrite), kErrorNotEnoughQuota, info.queueCapacity};
    // Not known (no such slot: opening it says so): the most one write can carry.
    return {kMaxWrite, kErrorMessageExceedsMaxSize, kMaxWrite};
}

int SendCommand::run(const QCommandLineParser &parser)
{
    if (const QString problem = readArguments(parser); !problem.isEmpty())
        return usageError(problem);
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    QByteArray payload;
    if (const QString problem = hasFile ? QString() : readInlinePayload(parser, &payload); !problem.isEmpty())
        return usageError(problem);
    const QString target = parser.positionalArguments().first();
    MailslotError error;
    const MailslotName name = MailslotName::parse(target, &error);
    if (!name.isValid()) {
        CliSupport::reportError(target, error);
        return Failure;
    }
    if (const QString problem = checkNetworkOptions(parser, name); !problem.isEmpty())
        return usageError(problem);
#ifndef Q_OS_WIN
    NetworkSend network;
    if (const QString problem = name.isLocal() ? QString() : network.readOptions(parser); !problem.isEmpty())
        return usageError(problem);
#endif
    if (hasFile && !PayloadFile::read(parser.value(QStringLiteral("file")), messageLimit(name), name.canonical(), &payload))
        return Failure;
#ifndef Q_OS_WIN
    if (!name.isLocal())
        return network.send(target, payload, m_repeat);
#endif
    return writeLocal(name, payload);
}

int SendCommand::writeLocal(const MailslotName &name, const QByteArray &payload) const
{
    MailslotError error;
    std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(name.canonical(), &error);
    if (!writer) {
        CliSupport::reportError(name.canonical(), error);
        return Failure;
    }
    for (quint64 i = 0; i < m_repeat; ++i) {
        if (const MailslotError e = writer->write(payload, m_timeout)) {
            // Stop at the first failed write: one error line, and what was sent stays in order.
            CliSupport::reportError(name.canonical(), e);
            return Failure;
        }
    }
    return Success;
}
