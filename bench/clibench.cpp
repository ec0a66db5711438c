#include "clibench.h"

#include "benchutil.h"

#include "core/slots/mailslotserver.h"
#include "core/slots/mailslotwriter.h"
#include "core/stream/streamrow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtEndian>

#include <memory>
#include <thread>

namespace {

constexpr qsizetype kBlock = 1024 * 1024;
constexpr int kMessageBytes = 100;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CliBench", text);
}

struct Options
{
    qint64 datagrams = 1000000; // decode: datagrams in the capture
    qint64 messages = 1000000;  // send: messages
    int runs = 3;
    bool decode = true;
    bool send = true;
    QString tool;
};

bool parseOptions(const QStringList &arguments, Options *options)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        bool ok = true;
        if (a == QLatin1String("--datagrams") && hasValue)
            options->datagrams = arguments.at(++i).toLongLong(&ok);
        else if (a == QLatin1String("--messages") && hasValue)
            options->messages = arguments.at(++i).toLongLong(&ok);
        else if (a == QLatin1String("--runs") && hasValue)
            options->runs = arguments.at(++i).toInt(&ok);
        else if (a == QLatin1String("--tool") && hasValue)
            options->tool = arguments.at(++i);
        else if (a == QLatin1String("--decode-only"))
            options->send = false;
        else if (a == QLatin1String("--send-only"))
            options->decode = false;
        else
            ok = false;
        if (!ok) {
            QTextStream(stderr) << tr("cli: bad option '%1' (--datagrams N, --messages N, --runs N, --tool PATH, "
                                      "--decode-only, --send-only)").arg(a)
                                << Qt::endl;
            return false;
        }
    }
    if (options->tool.isEmpty()) {
        const QString dir = QCoreApplication::applicationDirPath();
        for (const QString &candidate : {dir + QStringLiteral("/mailslot"), dir + QStringLiteral("/../app/mailslot")}) {
            if (QFileInfo(candidate).isExecutable())
                options->tool = QFileInfo(candidate).canonicalFilePath();
        }
    }
    if (options->tool.isEmpty() || !QFileInfo(options->tool).isExecutable()) {
        QTextStream(stderr) << tr("cli: the mailslot tool was not found next to this program (--tool PATH)") << Qt::endl;
        return false;
    }
    return options->datagrams > 0 && options->messages > 0 && options->runs > 0;
}

// The floor of a decode: the file read in 1 MiB blocks and walked pcapng block by block (each
// block's length read, nothing decoded); the seconds it took, or -1 when it cannot be read.
double readAndWalk(const QString &path, qint64 *blocks)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return -1;
    QByteArray buffer(kBlock, Qt::Uninitialized);
    qint64 nextBlock = 0; // file offset of the next block header
    qint64 offset = 0;
    *blocks = 0;
    // Blocks start at multiples of 4 and the reads end at multiples of 4 (1 MiB), so a block's
    // length field never straddles two reads.
    for (qint64 n; (n = file.read(buffer.data(), kBlock)) > 0; offset += n) {
        while (nextBlock + 8 <= offset + n) {
            const quint32 length = qFromLittleEndian<quint32>(buffer.constData() + (nextBlock + 4 - offset));
            if (length < 12)
                return -1; // not a pcapng block
            nextBlock += length;
            ++*blocks;
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

bool benchDecode(const Options &options, const QString &capture)
{
    QElapsedTimer timer;
    timer.start();
    if (!BenchUtil::writeCapture(capture, options.datagrams)) {
        out() << tr("decode: cannot write %1").arg(capture) << Qt::endl;
        return false;
    }
    const double megabytes = double(QFileInfo(capture).size()) / 1e6;
    out() << tr("decode: %1 datagrams, %2 MB of pcapng, written in %3 s")
                 .arg(options.datagrams)
                 .arg(megabytes, 0, 'f', 1)
                 .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
          << Qt::endl;
    bool ok = true;
    for (int run = 1; run <= options.runs; ++run) {
        qint64 blocks = 0;
        const double floor = readAndWalk(capture, &blocks);
        const QStringList args{QStringLiteral("decode"), capture, QStringLiteral("--fields"), QStringLiteral("slot,hex")};
        const BenchUtil::ChildRun ours = BenchUtil::runChild(options.tool, args);
        ok = ok && ours.ok && floor > 0;
        const double floorRate = floor > 0 ? megabytes / floor : 0;
        const double ourRate = ours.seconds > 0 ? megabytes / ours.seconds : 0;
        out() << tr("decode run %1: floor (read 1 MiB blocks + walk %2 blocks) %3 MB/s; "
                    "mailslot decode --fields slot,hex %4 MB/s (%5 s, CPU %6 s, peak RSS %7 MB)%8; ratio %9 (target >= 1000 MB/s)")
                     .arg(run)
                     .arg(blocks)
                     .arg(floorRate, 0, 'f', 0)
                     .arg(ourRate, 0, 'f', 0)
                     .arg(ours.seconds, 0, 'f', 3)
                     .arg(ours.cpuSeconds, 0, 'f', 3)
                     .arg(double(ours.maxRssKb) / 1024, 0, 'f', 1)
                     .arg(ours.ok ? QString() : tr(" FAILED"))
                     .arg(floorRate > 0 ? ourRate / floorRate : 0, 0, 'f', 3)
              << Qt::endl;
    }
    return ok;
}

// Counts the messages a served slot receives, each checked against the message sent.
class Receiver
{
public:
    Receiver(MailslotServer *server, const QByteArray &message) : m_message(message)
    {
        QObject::connect(server, &MailslotServer::messagesReceived, &m_loop, [this](const StreamRowList &rows) {
            for (const StreamRow &row : rows)
                m_wrong += row.payload != m_message;
            m_count += rows.size();
            if (m_count >= m_expected)
                m_loop.quit();
        });
        m_idle.setSingleShot(true);
        QObject::connect(&m_idle, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    }
    // Runs the event loop until `expected` more messages arrived, or none for 10 s.
    void waitFor(qint64 expected)
    {
        m_expected = m_count + expected;
        while (m_count < m_expected) {
            const qint64 before = m_count;
            m_idle.start(10000);
            m_loop.exec();
            if (m_count == before)
                return;
        }
    }
    qint64 count() const { return m_count; }
    qint64 wrong() const { return m_wrong; }

private:
    QByteArray m_message;
    QEventLoop m_loop;
    QTimer m_idle;
    qint64 m_count = 0;
    qint64 m_expected = 0;
    qint64 m_wrong = 0;
};

bool benchSend(const Options &options)
{
    const QString name = QStringLiteral("bench\\clisend");
    MailslotError error;
    std::unique_ptr<MailslotServer> server(MailslotServer::create(name, MailslotServer::Options(), &error));
    if (!server) {
        out() << tr("send: cannot serve %1: %2").arg(name, error.toString()) << Qt::endl;
        return false;
    }
    const QByteArray message(kMessageBytes, 'm');
    Receiver receiver(server.get(), message);
    bool ok = true;
    for (int run = 1; run <= options.runs; ++run) {
        // The floor: the same writes from this process (a thread), into the same slot.
        std::unique_ptr<MailslotWriter> writer = MailslotWriter::open(name, &error);
        if (!writer) {
            out() << tr("send: cannot open %1: %2").arg(name, error.toString()) << Qt::endl;
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 floorWritten = 0;
        double floorSeconds = 0;
        std::thread floorThread([&] {
            for (qint64 i = 0; i < options.messages && !writer->write(message, 10000); ++i)
                ++floorWritten;
            floorSeconds = double(timer.nsecsElapsed()) / 1e9;
        });
        const qint64 before = receiver.count();
        receiver.waitFor(options.messages);
        floorThread.join();
        const qint64 floorArrived = receiver.count() - before;

        // The tool: a child process, timed from its start to its exit, its messages counted here.
        QProcess child;
        child.setStandardOutputFile(QProcess::nullDevice());
        child.setStandardErrorFile(QProcess::nullDevice());
        double childSeconds = 0;
        QObject::connect(&child, &QProcess::finished, &child, [&] { childSeconds = double(timer.nsecsElapsed()) / 1e9; });
        const qint64 childBefore = receiver.count();
        timer.restart();
        child.start(options.tool, {QStringLiteral("send"), name, QString::fromLatin1(message), QStringLiteral("--repeat"),
                                   QString::number(options.messages)});
        receiver.waitFor(options.messages);
        child.waitForFinished(60000);
        const qint64 childArrived = receiver.count() - childBefore;
        const bool childOk = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        const double floorRate = floorSeconds > 0 ? double(floorWritten) / floorSeconds : 0;
        const bool runOk = childOk && childArrived == options.messages && floorArrived == options.messages
                        && receiver.wrong() == 0;
        // A rate only for a run that did what it was asked (a child that failed early is not fast).
        const double childRate = runOk && childSeconds > 0 ? double(options.messages) / childSeconds : 0;
        ok = ok && runOk;
        out() << tr("send run %1: floor (in-process MailslotWriter) %2 msg/s (%3 of %4 arrived); "
                    "mailslot send --repeat %4: %5 msg/s (%6 s, exit %7, %8 arrived, %9 differing); ratio %10 (target >= 500000 msg/s)%11")
                     .arg(run)
                     .arg(floorRate, 0, 'f', 0)
                     .arg(floorArrived)
                     .arg(options.messages)
                     .arg(childRate, 0, 'f', 0)
                     .arg(childSeconds, 0, 'f', 3)
                     .arg(child.exitCode())
                     .arg(childArrived)
                     .arg(receiver.wrong())
                     .arg(floorRate > 0 ? childRate / floorRate : 0, 0, 'f', 3)
                     .arg(runOk ? QString() : tr(" FAILED"))
              << Qt::endl;
    }
    server->stop();
    return ok;
}

// Lines of a file that end with suffix, and all lines; -1 when it cannot be read.
qint64 countLines(const QString &path, const QByteArray &suffix, qint64 *matching)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    *matching = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lines;
        *matching += line.endsWith(suffix);
    }
    return lines;
}

// The tool at both ends: `mailslot serve SLOT --count N` (its lines into a file) reads what
// `mailslot send SLOT <100 bytes> --repeat N` writes; the send process timed, serve's lines counted.
bool benchServeAndSend(const Options &options, const QString &scratch, int run)
{
    const QString name = QStringLiteral("bench\\cliserve");
    const QString lines = scratch + QStringLiteral("/serve.txt");
    QProcess serve;
    serve.setStandardOutputFile(lines);
    serve.start(options.tool, {QStringLiteral("serve"), name, QStringLiteral("--count"), QString::number(options.messages)});
    serve.setReadChannel(QProcess::StandardError);
    if (!serve.waitForReadyRead(30000)) { // "serving ..." on standard error: the slot is there
        out() << tr("serve+send: mailslot serve did not start") << Qt::endl;
        return false;
    }
    const QByteArray message(kMessageBytes, 'm');
    QElapsedTimer timer;
    timer.start();
    const BenchUtil::ChildRun send = BenchUtil::runChild(
        options.tool, {QStringLiteral("send"), name, QString::fromLatin1(message), QStringLiteral("--repeat"), QString::number(options.messages)});
    const bool served = serve.waitForFinished(120000) && serve.exitStatus() == QProcess::NormalExit && serve.exitCode() == 0;
    const double endToEnd = double(timer.nsecsElapsed()) / 1e9;
    qint64 matching = 0;
    const qint64 printed = countLines(lines, QByteArray(": ") + message + '\n', &matching);
    QFile::remove(lines);
    const bool ok = send.ok && served && printed == options.messages && matching == printed;
    out() << tr("serve+send run %1: mailslot send --repeat %2 into mailslot serve: %3 msg/s (send %4 s, CPU %5 s; "
                "all printed by serve after %6 s: %7 msg/s; %8 lines, %9 with the message)%10")
                 .arg(run)
                 .arg(options.messages)
                 .arg(send.seconds > 0 ? double(options.messages) / send.seconds : 0, 0, 'f', 0)
                 .arg(send.seconds, 0, 'f', 3)
                 .arg(send.cpuSeconds, 0, 'f', 3)
                 .arg(endToEnd, 0, 'f', 3)
                 .arg(double(options.messages) / endToEnd, 0, 'f', 0)
                 .arg(printed)
                 .arg(matching)
                 .arg(ok ? QString() : tr(" FAILED"))
          << Qt::endl;
    return ok;
}

} // namespace

int runCliBench(const QStringList &arguments)
{
    Options options;
    if (!parseOptions(arguments, &options))
        return 2;
    QTemporaryDir dir;
    if (qEnvironmentVariableIsEmpty("MAILSLOT_RUNTIME_DIR"))
        qputenv("MAILSLOT_RUNTIME_DIR", QFile::encodeName(dir.path() + QStringLiteral("/ns")));
    out() << tr("mailslot-bench cli: the tool %1").arg(options.tool) << Qt::endl;
    bool ok = true;
    if (options.decode)
        ok = benchDecode(options, dir.filePath(QStringLiteral("bench.pcapng"))) && ok;
    if (options.send)
        ok = benchSend(options) && ok;
    for (int run = 1; options.send && run <= options.runs; ++run)
        ok = benchServeAndSend(options, dir.path(), run) && ok;
    return ok ? 0 : 1;
}
