// The conformance suite's harness: the running suite's context, the checks (CHECK, CHECK_EQ,
// CHECK_OK, REQUIRE_OK, and EXPECT_OS for a documented Windows result that Wine 8 is known to
// give differently) and the helpers that the cases share. Qt-free, like the back-ends it tests.
#pragma once

#include "core/platform/slotbackend.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#ifndef _WIN32
#include <unistd.h>
#else
#include <windows.h>
#endif

namespace conformance {

using namespace mailslot::platform;

struct Case;

struct Context
{
    std::unique_ptr<SlotBackend> backend;
    bool windows = false; // the Windows back-end
    bool wine = false;    // ...running under Wine
    std::string system;   // for the report
    std::string self;         // this program, to run it as a child (--serve, --write, --query)
    std::string namespaceDir; // the POSIX back-end's namespace, passed to children ("-" on Windows)
    int counter = 0;
    std::string currentCase;
    int failures = 0;        // in the current case
    int deviationsHit = 0;   // Wine deviations seen in the current case
    std::string skipped;     // why the current case did not run here (reported as SKIP)
    std::vector<std::string> deviationLog;

    // Runs one case with fresh per-case state (failures, deviations, skip reason).
    void run(const Case &c);

    std::string uniqueName(const char *tag)
    {
        return "\\\\.\\mailslot\\conformance\\" + std::string(tag) + "_" + std::to_string(++counter) + "_"
            + std::to_string(pid());
    }
    static long pid()
    {
#ifdef _WIN32
        return long(GetCurrentProcessId());
#else
        return long(getpid());
#endif
    }
};

extern Context *g_ctx; // the running suite


// Counts a failure of the current case and prints where and what.
void fail(const char *file, int line, const std::string &what);

template<class T>
std::string show(T v)
{
    return std::to_string(v);
}
inline std::string show(std::uint32_t v) { return v == 0xFFFFFFFFu ? std::string("0xFFFFFFFF") : std::to_string(v); }

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            fail(__FILE__, __LINE__, #cond);                                                                           \
    } while (0)
#define CHECK_EQ(actual, expected)                                                                                     \
    do {                                                                                                               \
        const auto a_ = (actual);                                                                                      \
        const auto e_ = std::remove_const_t<decltype(a_)>(expected); \
        if (!(a_ == e_))                                                                                               \
            fail(__FILE__, __LINE__, std::string(#actual) + " == " + show(a_) + ", expected " + show(e_));             \
    } while (0)
#define CHECK_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const SlotError e_ = (expr);                                                                                   \
        if (e_)                                                                                                        \
            fail(__FILE__, __LINE__, std::string(#expr) + " failed: " + std::to_string(e_.code) + " " + e_.detail);    \
    } while (0)
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const SlotError e_ = (expr);                                                                                   \
        if (e_) {                                                                                                      \
            fail(__FILE__, __LINE__, std::string(#expr) + " failed: " + std::to_string(e_.code) + " " + e_.detail);    \
            return;                                                                                                    \
        }                                                                                                              \
    } while (0)

// The documented Windows result, or, under Wine only, Wine's known deviation (stated here).
template<class T>
void expectOs(const char *file, int line, const char *what, T actual, T windows, T wine, const char *deviation)
{
    if (actual == windows)
        return;
    if (g_ctx->wine && actual == wine) {
        ++g_ctx->deviationsHit;
        g_ctx->deviationLog.push_back(g_ctx->currentCase + ": " + deviation + " (" + what + " = " + show(actual)
                                      + ", Windows: " + show(windows) + ")");
        return;
    }
    fail(file, line, std::string(what) + " == " + show(actual) + ", expected " + show(windows)
             + (g_ctx->wine ? " (Windows) or " + show(wine) + " (Wine)" : std::string()));
}
#define EXPECT_OS(actual, windows, wine, deviation)                                                                    \
    expectOs(__FILE__, __LINE__, #actual, decltype(windows)(actual), windows, decltype(windows)(wine), deviation)

// ---- helpers shared by the cases ------------------------------------------------------------

using Clock = std::chrono::steady_clock;

long long msSince(Clock::time_point start);
// Creates a server slot; a failure is counted and nullptr returned.
std::unique_ptr<ServerSlot> makeServer(const std::string &name, std::uint32_t maxSize = 0, std::uint32_t timeout = 0);
// Opens name as a client and writes one message.
SlotError send(const std::string &name, const std::string &payload);
// Reads one message into out with a buffer of capacity bytes.
SlotError readString(ServerSlot &server, std::string *out, std::uint32_t capacity = 1 << 20);
// Waits until the server's readiness handle signals (fd or event), at most ms.
bool waitReady(ServerSlot &server, int ms);
// The interface takes canonical names: the Qt layer lower-cases the path (MailslotName).
std::string canonicalLocal(std::string text);

// The current case does not apply to this back-end: the runner reports it as SKIP with why.
void skip(const std::string &why);

// This program run as another process (see conformance.cpp's child modes), with its standard
// input and output connected to pipes: posix_spawn on POSIX, CreateProcessW on Windows.
class Child
{
public:
    Child() = default;
    ~Child(); // closes its input and waits for it (kills it after a few seconds)
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    // Starts ctx.self with these arguments; false (and a failure counted) if it cannot.
    bool start(const std::vector<std::string> &args);
    // One line of its output, without the newline; empty at the end of its output.
    std::string readLine();
    // Closes its standard input (a --serve child then exits).
    void closeInput();
    // Its exit code, waiting at most timeoutMs (then it is killed and -1 returned).
    int wait(int timeoutMs = 30000);
    long pid() const { return m_pid; }

private:
    long readSome(char *buffer, std::size_t size); // 0 at the end of its output

    long m_pid = 0;
    int m_exit = -1;
    bool m_waited = false;
#ifdef _WIN32
    HANDLE m_process = nullptr;
    HANDLE m_in = nullptr;  // our end of its stdin
    HANDLE m_out = nullptr; // our end of its stdout
#else
    int m_in = -1;
    int m_out = -1;
#endif
    std::string m_buffer;
};

// The child modes of the runner (conformance.cpp): argv after the mode; returns the exit code.
int childServe(const std::vector<std::string> &args);
int childWrite(const std::vector<std::string> &args);
int childQuery(const std::vector<std::string> &args);

// ---- the cases ------------------------------------------------------------------------------

struct Case
{
    const char *name;
    void (*fn)();
};

// Every case, in the order they run: those of conformancecases.cpp, then processCases().
const std::vector<Case> &cases();
// The cases that start other processes (conformanceprocesscases.cpp).
std::vector<Case> processCases();

} // namespace conformance
