#include "app/cli/extcapcapture.h"

#include "app/cli/clicommand.h"
#include "app/cli/clisupport.h"
#include "core/platform/win32error.h"
#include "core/stream/bridgesource.h"
#include "core/stream/tapsource.h"
#include "core/system/signalwatcher.h"

#include <cerrno>
#include <csignal>

ExtcapCapture::ExtcapCapture(Options options)
    : m_options(std::move(options)), m_fifo(m_options.fifo), m_writer(&m_buffer, m_options.bridge.identity)
{
    m_buffer.setBuffer(&m_pending);
    m_buffer.open(QIODevice::WriteOnly);
}

ExtcapCapture::~ExtcapCapture() = default;

StreamSource *ExtcapCapture::createSource(QString *problem)
{
    if (m_options.interface == kBridgeInterface) {
        auto *bridge = new BridgeSource(nullptr);
        m_hub.addSource(bridge);
        NetworkBridge::Options options = m_options.bridge;
        options.deliver = false; // capturing changes nothing: observe only
        return bridge->start(options, problem) ? bridge : nullptr;
    }
    // A tap: what other processes write to the slots their servers read, the servers losing nothing.
    const SlotPattern pattern = m_options.watched;
    auto *tap = new TapSource(pattern);
    m_hub.addSource(tap);
    QObject::connect(tap, &TapSource::errorOccurred, qApp, [this, pattern](const MailslotError &e) {
        CliSupport::reportError(pattern.canonical(), e);
        stop(CliCommand::Failure);
    });
    return tap;
}

int ExtcapCapture::run()
{
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN); // a reader that goes away is a failed write (EPIPE), not a death
#endif
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalled, qApp, [this] { stop(CliCommand::Success); });
    QString problem;
    if (!createSource(&problem)) {
        CliSupport::reportFailure(QStringLiteral("extcap"), problem, mailslot::platform::kErrorGenFailure);
        return CliCommand::Failure;
    }
    // Opening a fifo waits for its reader (Wireshark opens it as it starts the capture).
    if (!m_fifo.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        CliSupport::reportFailure(m_options.fifo, m_fifo.errorString(), mailslot::platform::kErrorPathNotFound);
        return CliCommand::Failure;
    }
    QObject::connect(&m_hub, &StreamHub::rowsArrived, qApp, [this](const StreamRowList &rows) { take(rows); });
    if (!m_writer.writeHeader() || !flush())
        return m_status;
    QCoreApplication::exec();
    return m_status;
}

void ExtcapCapture::take(const StreamRowList &rows)
{
    if (m_stopped)
        return;
    for (const StreamRow &row : rows) {
        if (m_options.filter.matches(row.slot) && m_writer.write(row) == PcapngRowWriter::Outcome::Failed) {
            CliSupport::reportFailure(m_options.fifo, m_writer.errorString(), mailslot::platform::kErrorGenFailure);
            stop(CliCommand::Failure);
            return;
        }
    }
    flush();
}

bool ExtcapCapture::flush()
{
    if (m_pending.isEmpty())
        return true;
    errno = 0;
    const bool written = m_fifo.write(m_pending) == m_pending.size();
    m_pending.clear();
    m_buffer.seek(0);
    if (written)
        return true;
#ifdef EPIPE
    if (errno == EPIPE) { // Wireshark stopped reading: the capture is over
        stop(CliCommand::Success);
        return false;
    }
#endif
    CliSupport::reportFailure(m_options.fifo, m_fifo.errorString(), mailslot::platform::kErrorBrokenPipe);
    stop(CliCommand::Failure);
    return false;
}

void ExtcapCapture::stop(int status)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_status = status;
    QCoreApplication::exit(status);
}
