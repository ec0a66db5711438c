// The `mailslot` command-line tool end to end: what every command shares (version, help in
// English, Spanish and Italian, usage errors, error lines). The slot commands are in
// tst_clislotcommands, the network ones in tst_clinetworkcommands.
#include "clirunner.h"

#include <QFile>
#include <QTest>

#include <algorithm>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp_data();
    void versionAndHelp();
    void commandHelp_data();
    void commandHelp();
    void translatedHelp_data();
    void translatedHelp();
    void usageErrors_data();
    void usageErrors();
    void failedOperations_data();
    void failedOperations();

private:
    CliRunner m_cli;
};

void TestCli::initTestCase()
{
    QVERIFY2(m_cli.isValid(), qPrintable(m_cli.tool()));
#ifndef Q_OS_WIN // (no FIFOs on Windows: the FIFO rows are Linux-only)
    QVERIFY(::mkfifo(qPrintable(m_cli.dir().filePath(QStringLiteral("fifo"))), 0600) == 0);
#endif
}

void TestCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--version") << QStringList{"--version"} << QByteArray("mailslot 0.");
    QTest::newRow("--help") << QStringList{"--help"} << QByteArray("serve NAME");
    QTest::newRow("serve --help") << QStringList{"serve", "--help"} << QByteArray("--max-size");
    QTest::newRow("send --help") << QStringList{"send", "--help"} << QByteArray("--encoding");
    QTest::newRow("list --help") << QStringList{"list", "--help"} << QByteArray("--json");
    QTest::newRow("info -h") << QStringList{"info", "-h"} << QByteArray("--json");
    QTest::newRow("bridge --help") << QStringList{"bridge", "--help"} << QByteArray("--dedup");
    QTest::newRow("decode --help") << QStringList{"decode", "--help"} << QByteArray("--fields");
}

void TestCli::versionAndHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), r.out.constData());
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("usage");       // the first line
    QTest::addColumn<QByteArray>("description"); // the start of the second line: the command's own
    QTest::newRow("serve") << "serve" << QByteArray("Usage: mailslot serve [options] name") << QByteArray("Creates a mailslot");
    QTest::newRow("send") << "send" << QByteArray("Usage: mailslot send [options] target [text]")
                          << QByteArray("Writes a message");
    QTest::newRow("list") << "list" << QByteArray("Usage: mailslot list [options]") << QByteArray("Lists every mailslot");
    QTest::newRow("info") << "info" << QByteArray("Usage: mailslot info [options] name") << QByteArray("Shows one mailslot");
    QTest::newRow("bridge") << "bridge" << QByteArray("Usage: mailslot bridge [options]")
                            << QByteArray("Receives mailslot messages");
    QTest::newRow("decode") << "decode" << QByteArray("Usage: mailslot decode [options] file")
                            << QByteArray("Prints the mailslot datagrams");
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, usage);
    QFETCH(QByteArray, description);
    const CliResult r = m_cli.run({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.size() > 4);
    QCOMPARE(lines.at(0), usage);
    QVERIFY2(lines.at(1).startsWith(description), lines.at(1).constData());
    QVERIFY2(r.out.contains("  -h, --help "), r.out.constData());
    // --help-all was listed and ignored (the command then ran): it is not offered any more.
    QVERIFY2(!r.out.contains("--help-all") && !r.out.contains("Qt"), r.out.constData());
}

void TestCli::translatedHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("usage"); // the first line, or (general help) its start
    QTest::newRow("es send") << "es" << QStringList{"send", "--help"}
                             << QByteArray("Uso: mailslot send [opciones] destino [texto]");
    QTest::newRow("es serve") << "es" << QStringList{"serve", "--help"} << QByteArray("Uso: mailslot serve [opciones] nombre");
    QTest::newRow("es decode") << "es" << QStringList{"decode", "--help"}
                               << QByteArray("Uso: mailslot decode [opciones] archivo");
    QTest::newRow("es bridge") << "es" << QStringList{"bridge", "--help"} << QByteArray("Uso: mailslot bridge [opciones]");
    QTest::newRow("es general") << "es" << QStringList{"--help"} << QByteArray("Uso: mailslot <comando> [opciones]");
    QTest::newRow("it send") << "it" << QStringList{"send", "--help"}
                             << QByteArray("Uso: mailslot send [opzioni] destinazione [testo]");
    QTest::newRow("it info") << "it" << QStringList{"info", "--help"} << QByteArray("Uso: mailslot info [opzioni] nome");
    QTest::newRow("it list") << "it" << QStringList{"list", "--help"} << QByteArray("Uso: mailslot list [opzioni]");
    QTest::newRow("it general") << "it" << QStringList{"--help"} << QByteArray("Uso: mailslot <comando> [opzioni]");
}

void TestCli::translatedHelp()
{
    QFETCH(QString, language);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, usage);
    CliRunner translated;
    translated.environment().insert(QStringLiteral("MAILSLOT_LANG"), language);
    const CliResult r = translated.run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(usage + '\n'), r.out.constData());
    // Nothing left in English: not the headings, not --help's own line, not Qt's.
    for (const char *english : {"Usage", "Options:", "Arguments:", "[options]", "Show this help", "Displays", "Print "})
        QVERIFY2(!r.out.contains(english), qPrintable(QStringLiteral("%1 in:\n%2").arg(english, r.out)));
    // The description is translated too (the first text after the usage line differs from English).
    auto description = [](const QByteArray &help) {
        const QList<QByteArray> lines = help.split('\n');
        const auto it = std::find_if(lines.begin() + 1, lines.end(), [](const QByteArray &l) { return !l.isEmpty(); });
        return it == lines.end() ? QByteArray() : *it;
    };
    const QByteArray translatedText = description(r.out);
    QVERIFY(!translatedText.isEmpty());
    QVERIFY2(translatedText != description(m_cli.run(args).out), translatedText.constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    QTest::addColumn<QByteArray>("pointer"); // where the line sends the reader
    const QByteArray general("(see 'mailslot --help')");
    const QByteArray serve("(see 'mailslot serve --help')");
    const QByteArray send("(see 'mailslot send --help')");
    QTest::newRow("no command") << QStringList{} << QByteArray("Usage: mailslot <command> [options]") << general;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("frobnicate") << general;
    QTest::newRow("unknown general option") << QStringList{"--help-all"} << QByteArray("unknown option --help-all")
                                            << general;
    QTest::newRow("unknown option") << QStringList{"list", "--bogus"} << QByteArray("unknown option --bogus")
                                    << QByteArray("(see 'mailslot list --help')");
    QTest::newRow("unknown short option") << QStringList{"info", "x", "-x"} << QByteArray("unknown option -x")
                                          << QByteArray("(see 'mailslot info --help')");
    QTest::newRow("unknown options") << QStringList{"send", "x", "t", "--frob=1", "-qz"}
                                     << QByteArray("unknown options --frob, -qz") << send;
    QTest::newRow("send --help-all") << QStringList{"send", "x", "t", "--help-all"} << QByteArray("--help-all") << send;
    QTest::newRow("missing value") << QStringList{"send", "x", "t", "--timeout"} << QByteArray("--timeout") << send;
    QTest::newRow("serve without name") << QStringList{"serve"} << QByteArray("name") << serve;
    QTest::newRow("serve bad timeout") << QStringList{"serve", "x", "--timeout", "soon"} << QByteArray("soon") << serve;
    QTest::newRow("serve negative timeout") << QStringList{"serve", "x", "--timeout", "-2"} << QByteArray("'-2' is not a time")
                                            << serve;
    QTest::newRow("serve bad max size") << QStringList{"serve", "x", "--max-size", "-4"} << QByteArray("-4") << serve;
    QTest::newRow("serve max size too large") << QStringList{"serve", "x", "--max-size", "4294967296"}
                                              << QByteArray("--max-size: 4294967296 is too large (at most 4294967295)") << serve;
    QTest::newRow("serve timeout too large") << QStringList{"serve", "x", "--timeout", "99999999999"}
                                             << QByteArray("--timeout: 99999999999 is too large") << serve;
    QTest::newRow("serve queue too large") << QStringList{"serve", "x", "--queue-size", "17179869185"}
                                           << QByteArray("--queue-size: 17179869185 is too large") << serve;
    QTest::newRow("serve queue too small") << QStringList{"serve", "x", "--queue-size", "1000"}
                                           << QByteArray("is not a size between 65536 and") << serve;
    QTest::newRow("serve count beyond 64 bits") << QStringList{"serve", "x", "--count", "99999999999999999999999"}
                                                << QByteArray("--count: 99999999999999999999999 is too large") << serve;
    QTest::newRow("serve zero count") << QStringList{"serve", "x", "--count", "0"} << QByteArray("--count") << serve;
    QTest::newRow("send nothing") << QStringList{"send", "x"} << QByteArray("nothing to send") << send;
    QTest::newRow("send twice") << QStringList{"send", "x", "text", "--hex", "00"} << QByteArray("once") << send;
    QTest::newRow("send bad hex") << QStringList{"send", "x", "--hex", "zz"} << QByteArray("hexadecimal") << send;
    QTest::newRow("send bad encoding") << QStringList{"send", "x", "t", "--encoding", "ebcdic"} << QByteArray("ebcdic")
                                       << send;
    QTest::newRow("send unencodable") << QStringList{"send", "x", QString::fromUtf8("\xe2\x82\xac"), "--encoding", "cp437"}
                                      << QByteArray("U+20AC") << send;
    QTest::newRow("send bad repeat") << QStringList{"send", "x", "t", "--repeat", "0"} << QByteArray("--repeat") << send;
    QTest::newRow("send repeat too large") << QStringList{"send", "x", "t", "--repeat", "2147483648"}
                                           << QByteArray("--repeat: 2147483648 is too large") << send;
#ifdef Q_OS_WIN // Windows sends to other computers itself: the options are refused for every target
    const QByteArray notOnWindows(" is not used on Windows: Windows itself sends mailslot messages to other computers");
    QTest::newRow("send --priority") << QStringList{"send", "cli/x", "t", "--priority", "3"} << "--priority" + notOnWindows
                                     << send;
    QTest::newRow("send --to") << QStringList{"send", "x", "t", "--to", "127.0.0.1"} << "--to" + notOnWindows << send;
#else
    QTest::newRow("send --priority to a local slot") << QStringList{"send", "cli/x", "t", "--priority", "3"}
                                                     << QByteArray(R"(--priority is for a mailslot on another computer; )"
                                                                   R"(\\.\mailslot\cli\x is on this computer)")
                                                     << send;
    QTest::newRow("send --to to a local slot") << QStringList{"send", "x", "t", "--to", "127.0.0.1"} << QByteArray("--to is for")
                                               << send;
#endif
    QTest::newRow("info without name") << QStringList{"info"} << QByteArray("name") << QByteArray("(see 'mailslot info --help')");
    QTest::newRow("serve hold with count") << QStringList{"serve", "x", "--hold", "--count", "2"} << QByteArray("--hold")
                                           << serve;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    QFETCH(QByteArray, pointer);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one line, pointing at --help
    QVERIFY2(r.err.startsWith("mailslot: ") && r.err.endsWith(pointer + '\n'), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::failedOperations_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("line"); // the whole error line, without its newline
    const QString fifo = m_cli.dir().filePath(QStringLiteral("fifo"));
    QFile absent(QStringLiteral("/nonexistent/payload")); // the system's own text, as the tool shows it
    QVERIFY(!absent.open(QIODevice::ReadOnly));
    QTest::newRow("missing file") << QStringList{"send", "x", "--file", absent.fileName()}
                                  << "mailslot: /nonexistent/payload: " + absent.errorString().toUtf8() + " (ERROR_FILE_NOT_FOUND)";
    QTest::newRow("folder as file") << QStringList{"send", "x", "--file", "/"}
                                    << QByteArray("mailslot: /: It is a folder, not a file. (ERROR_ACCESS_DENIED)");
    const QByteArray notRegular(": It is not a regular file (a device, FIFO or socket); --file sends the contents of "
                                "a regular file. (ERROR_NOT_SUPPORTED)");
#ifndef Q_OS_WIN // (no /dev/zero or FIFOs on Windows)
    QTest::newRow("device as file") << QStringList{"send", "x", "--file", "/dev/zero"}
                                    << QByteArray("mailslot: /dev/zero") + notRegular;
    QTest::newRow("FIFO as file") << QStringList{"send", "x", "--file", fifo} << QByteArray("mailslot: ") + fifo.toUtf8() + notRegular;
#endif
    QTest::newRow("control character escaped") << QStringList{"info", QStringLiteral("a\x1b[31mb")}
                                              << QByteArray("mailslot: a\\x1b[31mb: The mailslot name is invalid. The name "
                                                            "contains a control character (U+001B). (ERROR_INVALID_NAME)");
    QTest::newRow("tab escaped") << QStringList{"send", QStringLiteral("a\tb"), "x"}
                                 << QByteArray("mailslot: a\\x09b: The mailslot name is invalid. The name contains a "
                                               "control character (U+0009). (ERROR_INVALID_NAME)");
    const QByteArray missing(R"(mailslot: \\.\mailslot\cli\nobody: No mailslot of this name exists, or its server has )"
                             "closed it. (ERROR_FILE_NOT_FOUND)");
    // Error lines name a slot in its canonical form, whatever the command and however it was typed.
    QTest::newRow("info names the slot canonically") << QStringList{"info", "CLI/Nobody"} << missing;
    QTest::newRow("info, long form") << QStringList{"info", R"(\\.\MAILSLOT\Cli\NOBODY)"} << missing;
    QTest::newRow("send names the slot canonically") << QStringList{"send", R"(Cli\Nobody)", "x"} << missing;
}

void TestCli::failedOperations()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, line);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, line + '\n');
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
