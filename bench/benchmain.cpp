// mailslot-bench: performance figures measured against a raw baseline in the same run.
//   mailslot-bench local   [--messages N] [--writers N] [--size N] [--rounds N] [--ours-only] [--latency-only]
//                          [--matrix-messages N] [--matrix-rounds N] [--latency-messages N] [--latency-rate N]
//   mailslot-bench network [--count N] [--rounds N] [--wire-only] [--no-tshark] [--keep-capture FILE]
//   mailslot-bench extcap  [--messages N] [--size N] [--tool PATH]       (with the network bench)
//   mailslot-bench cli     [--datagrams N] [--messages N] [--runs N] [--tool PATH] [--decode-only|--send-only]
//   mailslot-bench tap     [--messages N] [--size N] [--rounds N] [--unread-taps]   (Linux: the reader's rate with 0, 1, 4 taps)
//   mailslot-bench gui     [--network] [--rates N,N,...] [--duration S] [--load N]   (when built with the GUI)
#include "localbench.h"
#ifdef MAILSLOT_BENCH_NETWORK
#include "clibench.h"
#include "extcapbench.h"
#include "networkbench.h"
#endif
#ifdef MAILSLOT_BENCH_TAP
#include "tapbench.h"
#endif
#ifdef MAILSLOT_BENCH_GUI
#include "guibench.h"
#include <QApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
#ifdef MAILSLOT_BENCH_GUI
    // The GUI bench measures the real main window offscreen unless a platform is chosen.
    if (mode == QLatin1String("gui") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(mode == QLatin1String("gui") ? new QApplication(argc, argv)
                                                                        : new QCoreApplication(argc, argv));
#else
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    const QStringList args = QCoreApplication::arguments().mid(2);
    if (mode == QLatin1String("local"))
        return runLocalBench(args);
#ifdef MAILSLOT_BENCH_NETWORK
    if (mode == QLatin1String("network"))
        return runNetworkBench(args);
    if (mode == QLatin1String("extcap"))
        return runExtcapBench(args);
    if (mode == QLatin1String("cli"))
        return runCliBench(args);
#endif
#ifdef MAILSLOT_BENCH_TAP
    if (mode == QLatin1String("tap"))
        return runTapBench(args);
    if (mode == QLatin1String("tap-writer"))
        return runTapWriter(args);
#endif
#ifdef MAILSLOT_BENCH_GUI
    if (mode == QLatin1String("gui"))
        return runGuiBench(args);
#endif
    QTextStream(stderr) << "usage: mailslot-bench local|network|extcap|cli|tap|gui [options]" << Qt::endl;
    return 2;
}
