#include "app/cli/clisupport.h"

#include "core/netio/networkidentity.h"
#include "core/platform/win32error.h"
#include "core/slots/mailslotinfo.h"
#include "core/slots/mailslotname.h"
#include "core/stream/observeddatagram.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <limits>

QTextStream &CliSupport::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliSupport::err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Bytes straight to standard output, after whatever out() holds (the fast path of the
// datagram listings: no UTF-16 round trip).
void CliSupport::writeOut(QByteArrayView bytes)
{
    out().flush();
    std::fwrite(bytes.data(), 1, std::size_t(bytes.size()), stdout);
}

// One datagram as a line of the listing: JSON or text.
void CliSupport::appendLine(mailslot::wire::JsonLineWriter &lines, const ObservedDatagram &d, bool json)
{
    if (json)
        d.writeJson(lines);
    else
        lines.raw(d.toText().toUtf8());
    lines.newline();
}

QString CliSupport::jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<quint64> CliSupport::readNumber(const QCommandLineParser &parser, const NumberOption &option,
                                              QString *problem)
{
    const QString value = parser.value(option.name);
    const QString text = value.trimmed().toLower();
    if (option.allowForever
        && (text == QLatin1String("forever") || text == QLatin1String("infinite") || text == QLatin1String("-1")))
        return 0xFFFFFFFFull;
    const bool digits = !text.isEmpty()
                        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const quint64 number = digits ? text.toULongLong(&ok, 10) : 0;
    if (digits && (!ok || number > option.max)) { // !ok: digits beyond 64 bits
        *problem = tr("--%1: %2 is too large (at most %3)").arg(option.name, value.trimmed()).arg(option.max);
        return std::nullopt;
    }
    if (!digits || number < option.min) {
        *problem = option.invalid.arg(value);
        return std::nullopt;
    }
    return number;
}

std::optional<quint32> CliSupport::readTimeout(const QCommandLineParser &parser, QString *problem)
{
    const NumberOption timeout{QStringLiteral("timeout"), 0, 0xFFFFFFFFull, true, tr("--timeout: '%1' is not a time in ms")};
    if (const auto ms = readNumber(parser, timeout, problem))
        return quint32(*ms);
    return std::nullopt;
}

std::optional<qint64> CliSupport::readCount(const QCommandLineParser &parser, QString *problem)
{
    if (!parser.isSet(QStringLiteral("count")))
        return -1;
    const NumberOption count{QStringLiteral("count"), 1, 0x7FFFFFFFFFFFull, false,
                             tr("--count: '%1' is not a positive number")};
    if (const auto n = readNumber(parser, count, problem))
        return qint64(*n);
    return std::nullopt;
}

QString CliSupport::formatTimeout(quint32 ms)
{
    return ms == MailslotInfo::kWaitForever ? tr("forever") : tr("%1 ms").arg(ms);
}

QString CliSupport::formatNext(quint32 next)
{
    return next == MailslotInfo::kNoMessage ? tr("none") : QString::number(next);
}

QString CliSupport::formatBytes(quint64 bytes)
{
    if (bytes <= quint64(std::numeric_limits<int>::max()))
        return tr("%n byte(s)", nullptr, int(bytes));
    return tr("%1 bytes").arg(bytes); // beyond %n's range: always plural
}

// The options that say who we are on the network (send and bridge).
QList<QCommandLineOption> CliSupport::identityOptions()
{
    return {
        {QStringLiteral("name"), tr("Our NetBIOS name (default: the host name, upper case)."), tr("name")},
        {QStringLiteral("workgroup"), tr("Our workgroup or domain (default: smb.conf's workgroup, else WORKGROUP)."),
         tr("name")},
        {QStringLiteral("interface"), tr("A network interface to use (repeatable; default: all)."),
         tr("interface")},
        {QStringLiteral("port"), tr("The NetBIOS datagram port (default 138)."), tr("port"),
         QStringLiteral("138")},
    };
}

bool CliSupport::readIdentity(const QCommandLineParser &parser, NetworkIdentity *identity, QString *problem)
{
    // A NetBIOS name is 15 bytes (and a suffix byte); every character allowed is one byte.
    constexpr qsizetype kMaxNameLength = 15;
    *identity = NetworkIdentity::systemDefault();
    for (const char *option : {"name", "workgroup"}) {
        const QString key = QLatin1String(option);
        if (!parser.isSet(key))
            continue;
        const QString value = parser.value(key);
        QString why;
        if (!NetworkIdentity::isValidName(value, &why)) {
            *problem = QStringLiteral("--%1: %2").arg(key, why);
            return false;
        }
        if (value.trimmed().size() > kMaxNameLength) {
            *problem = tr("--%1: '%2' is longer than the %3 characters a NetBIOS name may have")
                           .arg(key, value.trimmed())
                           .arg(kMaxNameLength);
            return false;
        }
        if (key == QLatin1String("name"))
            identity->setNetbiosName(value);
        else
            identity->setWorkgroup(value);
    }
    return true;
}

std::optional<quint16> CliSupport::readPort(const QCommandLineParser &parser, QString *problem)
{
    const NumberOption port{QStringLiteral("port"), 1, 65535, false, tr("--port: '%1' is not a port number")};
    if (const auto number = readNumber(parser, port, problem))
        return quint16(*number);
    return std::nullopt;
}

QCommandLineOption CliSupport::codePageOption()
{
    return {QStringLiteral("code-page"),
            tr("OEM code page of messenger texts: cp437, cp850, latin1 or utf8 (default: %1).")
                .arg(mailslot::wire::OemCodec::systemDefault().description()),
            tr("cp")};
}

std::optional<mailslot::wire::OemCodePage> CliSupport::readCodePage(const QCommandLineParser &parser,
                                                                    QString *problem)
{
    if (!parser.isSet(QStringLiteral("code-page")))
        return mailslot::wire::OemCodec::systemDefault().codePage;
    const QString value = parser.value(QStringLiteral("code-page"));
    const auto codePage = mailslot::wire::OemCodec::fromKey(value);
    if (!codePage)
        *problem = tr("--code-page: '%1' is not one of cp437, cp850, latin1, utf8").arg(value);
    return codePage;
}

QString CliSupport::slotSubject(const QString &typed)
{
    const MailslotName name = MailslotName::parse(typed);
    return name.isValid() ? name.canonical() : typed;
}

namespace {
QString escapedSubject(const QString &subject)
{
    QString shown;
    shown.reserve(subject.size());
    for (QChar c : subject) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            shown += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}
} // namespace

void CliSupport::reportError(const QString &subject, const MailslotError &error)
{
    err() << QStringLiteral("mailslot: %1: %2").arg(escapedSubject(subject), error.toString()) << Qt::endl;
}

void CliSupport::reportFailure(const QString &subject, const QString &message, quint32 code)
{
    const QString text = subject.isEmpty() ? message : QStringLiteral("%1: %2").arg(escapedSubject(subject), message);
    err() << QStringLiteral("mailslot: %1 (%2)").arg(text, MailslotError(code).codeName()) << Qt::endl;
}

void CliSupport::reportFileError(const QFile &file)
{
    const QFileInfo info(file.fileName());
    using namespace mailslot::platform;
    const quint32 code = !info.exists() ? kErrorFileNotFound
                         : (info.isDir() || !info.isReadable()) ? kErrorAccessDenied
                                                                 : kErrorGenFailure;
    reportFailure(file.fileName(), info.isDir() ? tr("It is a folder, not a file.") : file.errorString(), code);
}

void CliSupport::reportUsage(const QString &message, const QString &command)
{
    QString text = message;
    if (text.endsWith(QLatin1Char('.'))) // QCommandLineParser's messages end with one
        text.chop(1);
    const QString line = command.isEmpty() ? tr("%1 (see 'mailslot --help')").arg(text)
                                           : tr("%1 (see 'mailslot %2 --help')").arg(text, command);
    err() << QStringLiteral("mailslot: %1").arg(line) << Qt::endl;
}

bool CliSupport::outputAlive()
{
    out().flush();
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
}

bool CliSupport::stopWhenOutputGone()
{
    if (outputAlive())
        return false;
    reportError(tr("standard output"), MailslotError(mailslot::platform::kErrorBrokenPipe));
    QCoreApplication::exit(1);
    return true;
}
