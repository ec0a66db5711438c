#include "app/cli/clisupport.h"

#include "core/slots/mailslotinfo.h"
#include "core/platform/win32error.h"
#include "core/netio/networkidentity.h"
#include "core/stream/observeddatagram.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

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

// Parses a non-negative integer option; "forever"/"infinite" give 0xFFFFFFFF where allowed.
std::optional<quint64> CliSupport::parseNumber(const QString &text, quint64 max, bool allowForever)
{
    const QString t = text.trimmed().toLower();
    if (allowForever && (t == QLatin1String("forever") || t == QLatin1String("infinite") || t == QLatin1String("-1")))
        return 0xFFFFFFFFull;
    bool ok = false;
    const quint64 value = t.toULongLong(&ok, 10);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

QString CliSupport::formatTimeout(quint32 ms)
{
    return ms == MailslotInfo::kWaitForever ? tr("forever") : tr("%1 ms").arg(ms);
}

QString CliSupport::formatNext(quint32 next)
{
    return next == MailslotInfo::kNoMessage ? tr("none") : QString::number(next);
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

// Fills identity from --name/--workgroup (defaults from the system); false with *problem.
bool CliSupport::readIdentity(const QCommandLineParser &parser, NetworkIdentity *identity, QString *problem)
{
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
        if (key == QLatin1String("name"))
            identity->setNetbiosName(value);
        else
            identity->setWorkgroup(value);
    }
    return true;
}

std::optional<quint16> CliSupport::readPort(const QCommandLineParser &parser)
{
    const QString value = parser.value(QStringLiteral("port"));
    const auto port = parseNumber(value, 65535, false);
    if (!port || *port == 0) {
        reportUsage(tr("--port: '%1' is not a port number").arg(value));
        return std::nullopt;
    }
    return quint16(*port);
}

QCommandLineOption CliSupport::codePageOption()
{
    return {QStringLiteral("code-page"),
            tr("OEM code page of messenger texts: cp437, cp850, latin1 or utf8 (default: %1).")
                .arg(mailslot::wire::OemCodec::systemDefault().description()),
            tr("cp")};
}

std::optional<mailslot::wire::OemCodePage> CliSupport::readCodePage(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("code-page")))
        return mailslot::wire::OemCodec::systemDefault().codePage;
    const QString value = parser.value(QStringLiteral("code-page"));
    const auto codePage = mailslot::wire::OemCodec::fromKey(value);
    if (!codePage)
        reportUsage(tr("--code-page: '%1' is not one of cp437, cp850, latin1, utf8").arg(value));
    return codePage;
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

void CliSupport::reportFileError(const QFile &file)
{
    const QFileInfo info(file.fileName());
    using namespace mailslot::platform;
    const quint32 code = !info.exists() ? kErrorFileNotFound
                         : (info.isDir() || !info.isReadable()) ? kErrorAccessDenied
                                                                 : kErrorGenFailure;
    const QString reason = info.isDir() ? tr("It is a folder, not a file.") : file.errorString();
    err() << QStringLiteral("mailslot: %1: %2 (%3)")
                 .arg(escapedSubject(file.fileName()), reason, MailslotError(code).codeName())
          << Qt::endl;
}

void CliSupport::reportUsage(const QString &message)
{
    QString text = message;
    if (text.endsWith(QLatin1Char('.'))) // QCommandLineParser's messages end with one
        text.chop(1);
    err() << QStringLiteral("mailslot: %1").arg(tr("%1 (see 'mailslot --help')").arg(text)) << Qt::endl;
}

QString CliSupport::formatBytes(quint64 bytes)
{
    if (bytes <= quint64(std::numeric_limits<int>::max()))
        return tr("%n byte(s)", nullptr, int(bytes));
    return tr("%1 bytes").arg(bytes); // beyond %n's range: always plural
}

bool CliSupport::outputAlive()
{
    out().flush();
    return std::fflush(stdout) == 0 && !std::ferror(stdout);
}
