#include "conformanceharness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <thread>

#ifdef _WIN32
#include "core/platform/win32support.h"
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
#endif

namespace conformance {

Context *g_ctx = nullptr;

void Context::run(const Case &c)
{
    currentCase = c.name;
    failures = 0;
    deviationsHit = 0;
    skipped.clear();
    c.fn();
}

void fail(const char *file, int line, const std::string &what)
{
    ++g_ctx->failures;
    std::printf("    FAIL %s:%d: %s\n", file, line, what.c_str());
}

long long msSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

std::unique_ptr<ServerSlot> makeServer(const std::string &name, std::uint32_t maxSize, std::uint32_t timeout)
{
    std::unique_ptr<ServerSlot> server;
    SlotOptions options;
    options.maxMessageSize = maxSize;
    options.readTimeout = timeout;
    const SlotError e = g_ctx->backend->create(name, options, &server);
    if (e)
        fail(__FILE__, __LINE__, "create " + name + ": " + std::to_string(e.code) + " " + e.detail);
    return server;
}

SlotError send(const std::string &name, const std::string &payload)
{
    std::unique_ptr<ClientSlot> client;
    if (SlotError e = g_ctx->backend->open(name, &client))
        return e;
    return client->write(payload.data(), std::uint32_t(payload.size()), 1000);
}

SlotError readString(ServerSlot &server, std::string *out, std::uint32_t capacity)
{
    std::vector<char> buffer(std::max<std::uint32_t>(capacity, 1));
    std::uint32_t size = 0;
    SlotError e = server.read(buffer.data(), capacity, &size);
    out->assign(e ? std::string() : std::string(buffer.data(), size));
    if (e && e.code == kErrorInsufficientBuffer && e.size == 0)
        e.size = size;
    return e;
}

bool waitReady(ServerSlot &server, int ms)
{
#ifdef _WIN32
    return WaitForSingleObject(reinterpret_cast<HANDLE>(server.readinessHandle()), DWORD(ms)) == WAIT_OBJECT_0;
#else
    pollfd p{int(server.readinessHandle()), POLLIN, 0};
    return poll(&p, 1, ms) == 1;
#endif
}

std::string canonicalLocal(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    return text;
}

void skip(const std::string &why)
{
    g_ctx->skipped = why;
}

// ---- Child ----------------------------------------------------------------------------------

Child::~Child()
{
    closeInput();
    if (m_pid && !m_waited)
        wait(5000);
#ifdef _WIN32
    if (m_out)
        CloseHandle(m_out);
    if (m_process)
        CloseHandle(m_process);
#else
    if (m_out >= 0)
        ::close(m_out);
#endif
}

std::string Child::readLine()
{
    for (;;) {
        const std::size_t eol = m_buffer.find('\n');
        if (eol != std::string::npos) {
            std::string line = m_buffer.substr(0, eol);
            m_buffer.erase(0, eol + 1);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            return line;
        }
        char chunk[256];
        const long n = readSome(chunk, sizeof chunk);
        if (n <= 0) {
            std::string rest;
            rest.swap(m_buffer);
            return rest;
        }
        m_buffer.append(chunk, std::size_t(n));
    }
}

#ifdef _WIN32

bool Child::start(const std::vector<std::string> &args)
{
    using mailslot::platform::win32::widen;
    // No argument has a space or a quote (slot names, numbers, tags): no quoting is needed, and
    // backslashes are literal for the C runtime's parser unless a quote follows them.
    std::string line = "\"" + g_ctx->self + "\"";
    for (const std::string &a : args)
        line += " " + a;
    std::wstring wline = widen(line);
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE childIn = nullptr;
    HANDLE childOut = nullptr;
    if (!CreatePipe(&childIn, &m_in, &sa, 0) || !CreatePipe(&m_out, &childOut, &sa, 0)) {
        fail(__FILE__, __LINE__, "CreatePipe: " + std::to_string(GetLastError()));
        return false;
    }
    SetHandleInformation(m_in, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(m_out, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = childIn;
    si.hStdOutput = childOut;
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION pi{};
    const BOOL ok = CreateProcessW(nullptr, wline.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr, &si, &pi);
    const DWORD error = GetLastError();
    CloseHandle(childIn);
    CloseHandle(childOut);
    if (!ok) {
        fail(__FILE__, __LINE__, "CreateProcessW " + line + ": " + std::to_string(error));
        return false;
    }
    CloseHandle(pi.hThread);
    m_process = pi.hProcess;
    m_pid = long(pi.dwProcessId);
    return true;
}

long Child::readSome(char *buffer, std::size_t size)
{
    DWORD n = 0;
    if (!m_out || !ReadFile(m_out, buffer, DWORD(size), &n, nullptr))
        return 0;
    return long(n);
}

void Child::closeInput()
{
    if (m_in) {
        CloseHandle(m_in);
        m_in = nullptr;
    }
}

int Child::wait(int timeoutMs)
{
    if (m_waited)
        return m_exit;
    if (!m_process)
        return -1;
    m_waited = true;
    if (WaitForSingleObject(m_process, DWORD(timeoutMs)) != WAIT_OBJECT_0) {
        TerminateProcess(m_process, 99);
        WaitForSingleObject(m_process, 5000);
        return m_exit = -1;
    }
    DWORD code = 0;
    GetExitCodeProcess(m_process, &code);
    return m_exit = int(code);
}

#else

bool Child::start(const std::vector<std::string> &args)
{
    int in[2];
    int out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
        fail(__FILE__, __LINE__, std::string("pipe2: ") + std::strerror(errno));
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0); // dup2 clears close-on-exec
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    std::vector<std::string> all{g_ctx->self};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, g_ctx->self.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    m_in = in[1];
    m_out = out[0];
    if (rc != 0) {
        fail(__FILE__, __LINE__, "posix_spawn " + g_ctx->self + ": " + std::strerror(rc));
        m_waited = true;
        return false;
    }
    m_pid = long(pid);
    return true;
}

long Child::readSome(char *buffer, std::size_t size)
{
    for (;;) {
        const ssize_t n = m_out >= 0 ? ::read(m_out, buffer, size) : 0;
        if (n < 0 && errno == EINTR)
            continue;
        return n < 0 ? 0 : long(n);
    }
}

void Child::closeInput()
{
    if (m_in >= 0) {
        ::close(m_in);
        m_in = -1;
    }
}

int Child::wait(int timeoutMs)
{
    if (m_waited)
        return m_exit;
    if (!m_pid)
        return -1;
    m_waited = true;
    const auto start = Clock::now();
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid_t(m_pid), &status, WNOHANG);
        if (done == pid_t(m_pid))
            break;
        if (done < 0 && errno != EINTR)
            return m_exit = -1;
        if (msSince(start) > timeoutMs) {
            ::kill(pid_t(m_pid), SIGKILL);
            ::waitpid(pid_t(m_pid), &status, 0);
            return m_exit = -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return m_exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#endif

// ---- the child modes ------------------------------------------------------------------------

namespace {

std::unique_ptr<SlotBackend> childBackend(const std::string &namespaceDir)
{
    return createSystemBackend(namespaceDir == "-" ? std::string() : namespaceDir);
}

std::uint32_t number(const std::string &text)
{
    return std::uint32_t(std::strtoul(text.c_str(), nullptr, 0));
}

} // namespace

// --serve NAMESPACE NAME MAXSIZE TIMEOUT: creates the slot, prints "ready", never reads it, and
// exits when its standard input closes.
int childServe(const std::vector<std::string> &args)
{
    if (args.size() != 4)
        return 2;
    auto backend = childBackend(args[0]);
    SlotOptions options;
    options.maxMessageSize = number(args[2]);
    options.readTimeout = number(args[3]);
    std::unique_ptr<ServerSlot> server;
    if (const SlotError e = backend->create(args[1], options, &server)) {
        std::printf("error %u %s\n", unsigned(e.code), e.detail.c_str());
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    return 0;
}

// --write NAMESPACE NAME COUNT TAG: writes "TAG 0" ... "TAG COUNT-1" through one handle.
int childWrite(const std::vector<std::string> &args)
{
    if (args.size() != 4)
        return 2;
    auto backend = childBackend(args[0]);
    std::unique_ptr<ClientSlot> client;
    if (const SlotError e = backend->open(args[1], &client)) {
        std::printf("error %u %s\n", unsigned(e.code), e.detail.c_str());
        return 1;
    }
    const std::uint32_t count = number(args[2]);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::string payload = args[3] + " " + std::to_string(i);
        if (const SlotError e = client->write(payload.data(), std::uint32_t(payload.size()), 10000)) {
            std::printf("error %u %s\n", unsigned(e.code), e.detail.c_str());
            return 1;
        }
    }
    return 0;
}

// --query NAMESPACE NAME: prints "ok COUNT NEXT MAX TIMEOUT" or "error CODE DETAIL".
int childQuery(const std::vector<std::string> &args)
{
    if (args.size() != 2)
        return 2;
    auto backend = childBackend(args[0]);
    SlotStatus status;
    if (const SlotError e = backend->query(args[1], &status)) {
        std::printf("error %u %s\n", unsigned(e.code), e.detail.c_str());
        return 0;
    }
    std::printf("ok %u %u %u %u\n", unsigned(status.info.messageCount), unsigned(status.info.nextSize),
                unsigned(status.info.maxMessageSize), unsigned(status.info.readTimeout));
    return 0;
}

} // namespace conformance
