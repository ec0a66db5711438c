// The conformance cases that run this program as other processes (Child: --serve, --write,
// --query): writers in several processes, a slot served by another process, and this process's
// slot as another process sees it. The in-process cases are in conformancecases.cpp.
#include "conformanceharness.h"

#include <cstdio>
#include <cstdlib>

namespace conformance {

namespace {

// Several writer PROCESSES, each with its own handle: every message arrives, and each writer's
// messages arrive in the order it wrote them.
void writerProcesses()
{
    constexpr int kWriters = 3;
    constexpr int kPerWriter = 300;
    const std::string name = g_ctx->uniqueName("procwriters");
    auto slot = makeServer(name, 0, 10000);
    if (!slot)
        return;
    std::vector<std::unique_ptr<Child>> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.push_back(std::make_unique<Child>());
        if (!writers.back()->start({"--write", g_ctx->namespaceDir, name, std::to_string(kPerWriter), "w" + std::to_string(w)}))
            return;
    }
    std::vector<int> next(kWriters, 0);
    int bad = 0;
    for (int n = 0; n < kWriters * kPerWriter; ++n) {
        std::string message;
        if (const SlotError e = readString(*slot, &message)) {
            fail(__FILE__, __LINE__, "read " + std::to_string(n) + ": " + std::to_string(e.code));
            break;
        }
        const int w = message.size() > 1 && message[0] == 'w' ? std::atoi(message.c_str() + 1) : -1;
        const std::size_t space = message.find(' ');
        const int i = space == std::string::npos ? -1 : std::atoi(message.c_str() + space + 1);
        if (w < 0 || w >= kWriters || i != next[w])
            ++bad;
        else
            ++next[w];
    }
    for (int w = 0; w < kWriters; ++w) {
        const std::string problem = writers[std::size_t(w)]->readLine();
        CHECK_EQ(writers[std::size_t(w)]->wait(), 0);
        if (!problem.empty())
            fail(__FILE__, __LINE__, "writer " + std::to_string(w) + ": " + problem);
        CHECK_EQ(next[std::size_t(w)], kPerWriter);
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(slot->info().nextSize, kMailslotNoMessage);
}

// A slot served by another process: query() gives that server's figures (the foreign-slot path:
// FileMailslotQueryInformation on Windows), and a write over its maximum size fails with 4336
// (the writer learns the limit when it opens the slot), as for a slot of this process.
void foreignSlot()
{
    const std::string name = g_ctx->uniqueName("foreign");
    Child server;
    if (!server.start({"--serve", g_ctx->namespaceDir, name, "64", "250"}))
        return;
    const std::string ready = server.readLine();
    if (ready != "ready") {
        fail(__FILE__, __LINE__, "the serving child said: " + ready);
        return;
    }
    CHECK_OK(send(name, "12345"));
    CHECK_OK(send(name, "1"));
    SlotStatus status;
    const SlotError e = g_ctx->backend->query(name, &status);
    EXPECT_OS(e.code, std::uint32_t(kErrorSuccess), std::uint32_t(kErrorAccessDenied),
              "Wine's NtQueryInformationFile(FileMailslotQueryInformation) fails with 0xC0000024 "
              "(STATUS_OBJECT_TYPE_MISMATCH) for another process's slot: no figures");
    if (!e) {
        EXPECT_OS(status.info.messageCount, 2u, 1u, "Wine counts at most 1 message");
        CHECK_EQ(status.info.nextSize, 5u);
        CHECK_EQ(status.info.maxMessageSize, 64u);
        // Windows: the serving back-end keeps the system's timeout at MAILSLOT_WAIT_FOREVER for
        // its read-ahead, so other processes see that (WINDOWS.md, "Read timeout"); POSIX: 250.
        CHECK_EQ(status.info.readTimeout, g_ctx->windows ? kMailslotWaitForever : 250u);
        if (!g_ctx->windows)
            CHECK_EQ(status.pid, std::int64_t(server.pid()));
    }
    // The listing carries the same figures, or says why it has none.
    std::vector<SlotStatus> all;
    if (!g_ctx->backend->list(&all)) {
        int found = 0;
        for (const SlotStatus &s : all) {
            if (s.name != name)
                continue;
            ++found;
            CHECK_OK(s.error);
            CHECK_EQ(s.info.maxMessageSize, 64u);
        }
        CHECK_EQ(found, 1);
    }
    const SlotError over = send(name, std::string(100, 'x'));
    EXPECT_OS(over.code, std::uint32_t(kErrorMessageExceedsMaxSize), std::uint32_t(kErrorSuccess),
              "Wine cannot tell a writer another process's maximum size (the query fails) and its WriteFile "
              "does not check it: the write succeeds");
    if (over.code == kErrorMessageExceedsMaxSize) {
        CHECK_EQ(over.size, std::uint64_t(100));
        CHECK_EQ(over.limit, std::uint64_t(64));
    }
    server.closeInput();
    CHECK_EQ(server.wait(), 0);
}

// Another process queries a slot of this process: it sees this slot's figures, and the read
// timeout that other processes see (the value set with setReadTimeout on POSIX).
void ownSlotSeenByOtherProcess()
{
    const std::string name = g_ctx->uniqueName("seen");
    auto slot = makeServer(name, 128, 42);
    if (!slot)
        return;
    slot->setReadTimeout(700);
    CHECK_OK(send(name, "abc"));
    Child query;
    if (!query.start({"--query", g_ctx->namespaceDir, name}))
        return;
    const std::string line = query.readLine();
    CHECK_EQ(query.wait(), 0);
    unsigned count = 0, next = 0, max = 0, timeout = 0;
    const bool ok = std::sscanf(line.c_str(), "ok %u %u %u %u", &count, &next, &max, &timeout) == 4;
    const bool wineRefused = line.rfind("error 5 ", 0) == 0;
    EXPECT_OS(ok ? 0u : wineRefused ? 5u : 1u, 0u, 5u,
              "Wine's NtQueryInformationFile(FileMailslotQueryInformation) fails with 0xC0000024 "
              "(STATUS_OBJECT_TYPE_MISMATCH) for another process's slot: no figures");
    if (!ok) {
        if (!wineRefused)
            fail(__FILE__, __LINE__, "the querying child said: " + line);
        return;
    }
    CHECK_EQ(count, 1u);
    CHECK_EQ(next, 3u);
    CHECK_EQ(max, 128u);
    // Windows: other processes see MAILSLOT_WAIT_FOREVER (the read-ahead needs it; WINDOWS.md).
    CHECK_EQ(std::uint32_t(timeout), g_ctx->windows ? kMailslotWaitForever : 700u);
}

} // namespace

std::vector<Case> processCases()
{
    return {
        {"writerProcesses", writerProcesses},
        {"foreignSlot", foreignSlot},
        {"ownSlotSeenByOtherProcess", ownSlotSeenByOtherProcess},
    };
}

} // namespace conformance
