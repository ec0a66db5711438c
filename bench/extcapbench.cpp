#include "extcapbench.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace {

constexpr uint kNobody = 65534;

struct Options
{
    qint64 messages = 20000;
    qint64 size = 100;
    QString tool; // the built `mailslot`
};

bool parseOptions(const QStringList &arguments, Options *o)
{
    o->tool = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/mailslot");
    for (int i = 0; i + 1 < arguments.size(); i += 2) {
        bool ok = true;
        if (arguments[i] == QLatin1String("--messages"))
            o->messages = arguments[i + 1].toLongLong(&ok);
        else if (arguments[i] == QLatin1String("--size"))
            o->size = arguments[i + 1].toLongLong(&ok);
        else if (arguments[i] == QLatin1String("--tool"))
            o->tool = arguments[i + 1];
        else
            ok = false;
        if (!ok || o->messages < 1 || o->size < 1 || o->size > 400) {
            QTextStream(stderr) << "mailslot-bench extcap: bad option " << arguments[i] << ' ' << arguments[i + 1]
                                << " (--messages N, --size 1..400, --tool PATH)" << Qt::endl;
            return false;
        }
    }
    return QFileInfo(o->tool).isExecutable();
}

// Where tshark finds our extcap, and who runs it: tshark ignores WIRESHARK_EXTCAP_DIR for root,
// so as root tshark and the writer run as uid 65534 (setpriv) in folders made theirs.
struct Stage
{
    QTemporaryDir dir{QStringLiteral("/tmp/mailslot-bench-extcap-XXXXXX")};
    QStringList prefix;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString runtime;

    bool prepare(const QString &tool)
    {
        runtime = dir.filePath(QStringLiteral("runtime"));
        const QString extcap = dir.filePath(QStringLiteral("extcap"));
        const QString home = dir.filePath(QStringLiteral("home"));
        QFile wrapper(extcap + QStringLiteral("/mailslot-extcap"));
        if (!dir.isValid() || !QDir().mkpath(extcap) || !QDir().mkpath(runtime) || !QDir().mkpath(home)
            || !wrapper.open(QIODevice::WriteOnly))
            return false;
        wrapper.write("#!/bin/sh\nexec '" + QFile::encodeName(QFileInfo(tool).absoluteFilePath()) + "' extcap \"$@\"\n");
        wrapper.close();
        ::chmod(QFile::encodeName(wrapper.fileName()).constData(), 0755);
        ::chmod(QFile::encodeName(runtime).constData(), 0700);
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                return false;
            prefix = {setpriv, QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                      QStringLiteral("--clear-groups"), QStringLiteral("--")};
            for (const QString &path : {dir.path(), extcap, wrapper.fileName(), runtime, home})
                if (::chown(QFile::encodeName(path).constData(), kNobody, kNobody) != 0)
                    return false;
        }
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("WIRESHARK_EXTCAP_DIR"), extcap);
        env.insert(QStringLiteral("MAILSLOT_RUNTIME_DIR"), runtime);
        return true;
    }

    void start(QProcess *process, const QStringList &args) const
    {
        process->setProcessEnvironment(env);
        process->setWorkingDirectory(dir.path());
        process->setStandardOutputFile(QProcess::nullDevice());
        const QStringList all = prefix + args;
        process->start(all.first(), all.mid(1));
    }

    // A slot's fifo is made last, once the slot can take messages.
    bool hasSlotFifo() const
    {
        const QStringList entries = QDir(runtime).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
        return std::any_of(entries.cbegin(), entries.cend(), [this](const QString &entry) {
            struct stat st{};
            return entry.endsWith(QLatin1String(".fifo"))
                && ::stat(QFile::encodeName(runtime + QLatin1Char('/') + entry).constData(), &st) == 0
                && S_ISFIFO(st.st_mode);
        });
    }

    // A tap is attached (its queue file, <slot>.<id>.tap).
    bool hasTapFile() const { return !QDir(runtime).entryList({QStringLiteral("*.tap")}, QDir::Files).isEmpty(); }

    // Until the condition holds (the namespace directory changes when it may), or 60 s.
    template<typename F>
    bool waitFor(const F &holds) const
    {
        QFileSystemWatcher watcher({runtime});
        QEventLoop loop;
        QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        while (!holds()) {
            QElapsedTimer waited;
            waited.start();
            loop.exec();
            if (waited.elapsed() >= 60000)
                return false;
        }
        return true;
    }
};

QStringList fields()
{
    return {QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("smb.trans_name"),
            QStringLiteral("-e"), QStringLiteral("data.data")};
}

} // namespace

int runExtcapBench(const QStringList &arguments)
{
    Options o;
    if (!parseOptions(arguments, &o))
        return 2;
    QTextStream out(stdout);
    out << "mailslot-bench extcap\n";
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    Stage stage;
    if (tshark.isEmpty() || !stage.prepare(o.tool)) {
        out << "  skipped: needs tshark (tools/apt-ensure.sh tshark), and setpriv when run as root\n";
        return 0;
    }
    // A process serves the slot (as an application would); the extcap taps it.
    QProcess server;
    stage.start(&server, {o.tool, QStringLiteral("serve"), QStringLiteral("wireshark")});
    if (!stage.waitFor([&stage] { return stage.hasSlotFifo(); })) {
        out << "  failed: mailslot serve did not serve its slot within 60 s\n" << server.readAllStandardError();
        return 1;
    }
    const QString file = stage.dir.filePath(QStringLiteral("live.pcapng"));
    QProcess capture;
    stage.start(&capture, QStringList{tshark, QStringLiteral("-i"), QStringLiteral("mailslot-slots"), QStringLiteral("-c"),
                                      QString::number(o.messages), QStringLiteral("-w"), file, QStringLiteral("-P")}
                              + fields());
    if (!stage.waitFor([&stage] { return stage.hasTapFile(); })) {
        out << "  failed: the extcap did not tap the slot within 60 s\n" << capture.readAllStandardError();
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess writer;
    stage.start(&writer, {o.tool, QStringLiteral("send"), QStringLiteral("wireshark"), QString(o.size, QLatin1Char('x')),
                          QStringLiteral("--repeat"), QString::number(o.messages), QStringLiteral("--timeout"),
                          QStringLiteral("forever")});
    const bool sent = writer.waitForFinished(-1) && writer.exitCode() == 0;
    const bool captured = capture.waitForFinished(-1) && capture.exitCode() == 0;
    const double liveSeconds = timer.nsecsElapsed() / 1e9;
    server.kill();
    server.waitForFinished(-1);
    if (!sent || !captured) {
        out << "  failed: " << writer.readAllStandardError() << capture.readAllStandardError() << '\n';
        return 1;
    }
    const BenchUtil::ChildRun offline = BenchUtil::runChild(tshark, QStringList{QStringLiteral("-r"), file} + fields());
    out << QStringLiteral("  %1 messages of %2 bytes, dissected by tshark (fields smb.trans_name, data.data)\n")
               .arg(o.messages).arg(o.size);
    out << QStringLiteral("  live, slot -> (tap) mailslot extcap -> tshark -i mailslot-slots: %1 s, %2 messages/s\n")
               .arg(liveSeconds, 0, 'f', 2).arg(o.messages / liveSeconds, 0, 'f', 0);
    out << QStringLiteral("  tshark -r of the same file:                                   %1 s, %2 messages/s (CPU %3 s)\n")
               .arg(offline.seconds, 0, 'f', 2).arg(o.messages / offline.seconds, 0, 'f', 0)
               .arg(offline.cpuSeconds, 0, 'f', 2);
    out << QStringLiteral("  live / file: %1 (the file's time includes tshark's start; the live one starts when the "
                          "extcap has tapped the slot)\n")
               .arg(offline.seconds / liveSeconds, 0, 'f', 2);
    return offline.ok ? 0 : 1;
}
