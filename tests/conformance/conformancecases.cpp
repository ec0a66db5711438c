// The conformance cases: one function per rule of the Win32 mailslot semantics (README
// "Semantics", mailslot-protocol.md §1), each asserting the documented Windows result; where
// Wine 8 deviates, EXPECT_OS states Wine's result too (wine-mailslots.md). These run in this
// process; the cases with other processes are in conformanceprocesscases.cpp.
#include "conformanceharness.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace conformance {

namespace {

void createReportsInfo()
{
    struct Row { const char *tag; std::uint32_t maxSize, timeout; };
    const Row rows[] = {{"any size, immediate", 0, 0}, {"424, 300 ms", 424, 300},
                        {"forever", 0, kMailslotWaitForever}, {"odd values -1/-1", 0xFFFFFFFFu, 0xFFFFFFFFu}};
    for (const Row &row : rows) {
        auto slot = makeServer(g_ctx->uniqueName("info"), row.maxSize, row.timeout);
        if (!slot)
            continue;
        const SlotInfo info = slot->info();
        CHECK_EQ(info.maxMessageSize, row.maxSize);
        CHECK_EQ(info.readTimeout, row.timeout);
        CHECK_EQ(info.nextSize, kMailslotNoMessage);
        CHECK_EQ(info.messageCount, 0u);
        const SlotStatus status = slot->status();
        CHECK_EQ(status.pid, std::int64_t(Context::pid()));
        CHECK(status.name == slot->name());
    }
}

void secondCreateFails()
{
    struct Row { const char *first, *second; bool raw; };
    const Row rows[] = {
        {"\\\\.\\mailslot\\dup\\a", "\\\\.\\mailslot\\dup\\a", false},
        {"\\\\.\\mailslot\\dup\\b", "\\\\.\\MAILSLOT\\DUP\\B", false}, // other case, canonicalised as the Qt layer does
        {"\\\\.\\mailslot\\dup\\c", "\\\\.\\MAILSLOT\\Dup\\C", true},  // other case, raw: the system itself (Windows back-end)
    };
    for (const Row &row : rows) {
        if (row.raw && !g_ctx->windows)
            continue; // the POSIX back-end is given canonical names only
        const std::string suffix = "_" + std::to_string(Context::pid());
        auto one = makeServer(row.first + suffix);
        if (!one)
            continue;
        std::unique_ptr<ServerSlot> two;
        const std::string second = (row.raw ? std::string(row.second) : canonicalLocal(row.second)) + suffix;
        const SlotError e = g_ctx->backend->create(second, {}, &two);
        CHECK(!two);
        CHECK_EQ(e.code, std::uint32_t(kErrorAlreadyExists));
        CHECK(std::string(win32ErrorName(e.code)) == "ERROR_ALREADY_EXISTS");
        // The first server is unharmed.
        CHECK_OK(send(one->name(), "still here"));
        CHECK_EQ(one->info().messageCount, 1u);
    }
}

void writeToMissingSlot()
{
    for (const char *name : {"\\\\.\\mailslot\\nonexistent", "\\\\.\\mailslot\\nonexistent\\deeper"}) {
        std::unique_ptr<ClientSlot> client;
        CHECK_EQ(g_ctx->backend->open(name, &client).code, std::uint32_t(kErrorFileNotFound));
        CHECK(!client);
    }
}

// The sequence Wine's conformance tests observe on Windows: 'a', 'bc', then an empty message.
void windowsInfoSequence()
{
    const std::string name = g_ctx->uniqueName("sequence");
    auto slot = makeServer(name);
    if (!slot)
        return;
    std::unique_ptr<ClientSlot> writer;
    REQUIRE_OK(g_ctx->backend->open(name, &writer));
    const char *countDeviation = "Wine counts at most 1 message";
    CHECK_OK(writer->write("a", 1, 0));
    CHECK_EQ(slot->info().nextSize, 1u);
    CHECK_EQ(slot->info().messageCount, 1u);
    CHECK_OK(writer->write("bc", 2, 0));
    CHECK_EQ(slot->info().nextSize, 1u);
    EXPECT_OS(slot->info().messageCount, 2u, 1u, countDeviation);
    CHECK_OK(writer->write("", 0, 0));
    CHECK_EQ(slot->info().nextSize, 1u);
    EXPECT_OS(slot->info().messageCount, 3u, 1u, countDeviation);

    std::string message;
    CHECK_OK(readString(*slot, &message, 16));
    CHECK(message == "a");
    CHECK_EQ(slot->info().nextSize, 2u);
    EXPECT_OS(slot->info().messageCount, 2u, 1u, countDeviation);
    CHECK_OK(readString(*slot, &message, 16));
    CHECK(message == "bc");
    CHECK_EQ(slot->info().nextSize, 0u); // a zero-length message is waiting
    EXPECT_OS(slot->info().messageCount, 1u, 0u, "Wine does not count a zero-length message");
    message = "stale";
    CHECK_OK(readString(*slot, &message, 16));
    CHECK(message.empty());
    CHECK_EQ(slot->info().nextSize, kMailslotNoMessage);
    CHECK_EQ(slot->info().messageCount, 0u);
    const SlotStatus status = slot->status();
    CHECK_EQ(status.totalMessages, std::uint64_t(3));
    CHECK_EQ(status.totalBytes, std::uint64_t(3));
}

void smallBufferKeepsMessage()
{
    // Wine's own ReadFile truncates (TRUE, 3 bytes); the Windows back-end checks the next size
    // first, so the documented result (122, message kept) holds there too.
    const std::string name = g_ctx->uniqueName("small");
    auto slot = makeServer(name);
    if (!slot)
        return;
    CHECK_OK(send(name, "hello"));
    std::string message;
    const SlotError e = readString(*slot, &message, 3);
    CHECK_EQ(e.code, std::uint32_t(kErrorInsufficientBuffer));
    CHECK_EQ(e.size, std::uint64_t(5));
    CHECK(message.empty());
    CHECK_EQ(slot->info().messageCount, 1u);
    CHECK_EQ(slot->info().nextSize, 5u);
    CHECK_OK(readString(*slot, &message, 5));
    CHECK(message == "hello");
    CHECK_EQ(slot->info().messageCount, 0u);
}

void emptyReadTimesOut()
{
    for (std::uint32_t timeout : {0u, 200u}) {
        auto slot = makeServer(g_ctx->uniqueName("timeout"), 0, timeout);
        if (!slot)
            continue;
        const auto start = Clock::now();
        std::string message;
        const SlotError e = readString(*slot, &message);
        const long long elapsed = msSince(start);
        CHECK_EQ(e.code, std::uint32_t(kErrorSemTimeout));
        CHECK(std::string(win32ErrorName(e.code)) == "ERROR_SEM_TIMEOUT");
        // It waited for the timeout (a lower bound: semantics, not speed), and not for ever.
        CHECK(elapsed >= (long long)timeout - 5);
        CHECK(elapsed < (long long)timeout + 5000);
    }
}

void readWaitsForWriter()
{
    const std::string name = g_ctx->uniqueName("forever");
    auto slot = makeServer(name, 0, kMailslotWaitForever);
    if (!slot)
        return;
    std::thread writer([name] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        send(name, "late");
    });
    std::string message;
    CHECK_OK(readString(*slot, &message));
    writer.join();
    CHECK(message == "late");
}

void setReadTimeout()
{
    for (std::uint32_t timeout : {0u, 1000u, kMailslotWaitForever}) {
        const std::string name = g_ctx->uniqueName("settimeout");
        auto slot = makeServer(name, 0, 42);
        if (!slot)
            continue;
        slot->setReadTimeout(timeout);
        CHECK_EQ(slot->info().readTimeout, timeout);
        SlotStatus status;
        CHECK_OK(g_ctx->backend->query(name, &status));
        CHECK_EQ(status.info.readTimeout, timeout);
    }
}

void maxMessageSize()
{
    struct Row { const char *tag; std::uint32_t maxSize; std::uint32_t size; std::uint32_t expected; };
    const Row rows[] = {{"under", 4, 3, kErrorSuccess},
                        {"exact", 4, 4, kErrorSuccess},
                        {"over", 4, 7, kErrorMessageExceedsMaxSize},
                        {"424 over", 424, 425, kErrorMessageExceedsMaxSize},
                        {"any size", 0, 100000, kErrorSuccess},
                        {"empty under any max", 1, 0, kErrorSuccess}};
    for (const Row &row : rows) {
        const std::string name = g_ctx->uniqueName("max");
        auto slot = makeServer(name, row.maxSize, 0);
        if (!slot)
            continue;
        const SlotError result = send(name, std::string(row.size, 'x'));
        CHECK_EQ(result.code, row.expected);
        if (row.expected != kErrorSuccess) {
            // Nothing was queued, and the error says both sizes.
            CHECK_EQ(slot->info().messageCount, 0u);
            CHECK_EQ(result.size, std::uint64_t(row.size));
            CHECK_EQ(result.limit, std::uint64_t(row.maxSize));
        } else {
            std::string message;
            CHECK_OK(readString(*slot, &message));
            CHECK_EQ(message.size(), std::size_t(row.size));
        }
    }
}

void fifo()
{
    const std::string name = g_ctx->uniqueName("fifo");
    auto slot = makeServer(name);
    if (!slot)
        return;
    std::unique_ptr<ClientSlot> writer;
    REQUIRE_OK(g_ctx->backend->open(name, &writer));
    int written = 0;
    int read = 0;
    auto writeOne = [&] {
        std::string payload = std::to_string(written) + ":" + std::string((written * 977) % 6000, char('a' + written % 26));
        ++written;
        return !writer->write(payload.data(), std::uint32_t(payload.size()), 1000);
    };
    auto readOne = [&] {
        std::string message;
        const bool ok = !readString(*slot, &message) && message.rfind(std::to_string(read) + ":", 0) == 0;
        ++read;
        return ok;
    };
    // Reading lags behind writing, so that the queue is never empty.
    CHECK(writeOne());
    CHECK(writeOne());
    for (int round = 0; round < 60; ++round) {
        for (int i = 0; i < 5; ++i)
            CHECK(writeOne());
        for (int i = 0; i < 5; ++i)
            CHECK(readOne());
    }
    while (read < written)
        CHECK(readOne());
    CHECK_EQ(slot->info().nextSize, kMailslotNoMessage);
}

void readinessSignalsAndKeepsOrder()
{
    // The worker's way: readAvailable() on an empty queue arms the readiness handle; a write
    // signals it; readAvailable() then hands over everything, in order.
    const std::string name = g_ctx->uniqueName("ready");
    auto slot = makeServer(name);
    if (!slot)
        return;
    std::vector<std::string> got;
    auto sink = [&](const std::uint8_t *data, std::uint32_t size, std::int64_t msecs) {
        got.emplace_back(reinterpret_cast<const char *>(data), size);
        CHECK(msecs > 0);
    };
    SlotError readError;
    CHECK_EQ(slot->readAvailable(sink, 100, 1 << 20, &readError), std::size_t(0));
    CHECK_OK(readError);
    std::thread writer([name] {
        std::unique_ptr<ClientSlot> client;
        if (g_ctx->backend->open(name, &client))
            return;
        for (int i = 0; i < 50; ++i) {
            const std::string payload = "m" + std::to_string(i);
            client->write(payload.data(), std::uint32_t(payload.size()), 1000);
        }
    });
    const auto start = Clock::now();
    while (got.size() < 50 && msSince(start) < 10000) {
        if (!waitReady(*slot, 2000))
            continue;
        slot->acknowledgeReadiness();
        slot->readAvailable(sink, 7, 1 << 20, &readError); // small batches: held and queued messages mix
        CHECK_OK(readError);
        while (slot->info().messageCount > 0 && slot->readAvailable(sink, 7, 1 << 20, &readError) > 0) {
        }
        CHECK_OK(readError);
    }
    writer.join();
    CHECK_EQ(got.size(), std::size_t(50));
    for (std::size_t i = 0; i < got.size(); ++i)
        if (got[i] != "m" + std::to_string(i)) {
            fail(__FILE__, __LINE__, "message " + std::to_string(i) + " is " + got[i]);
            break;
        }
    // Hold mode: armed, a write signals, nothing is delivered, the figures count it.
    slot->armReadiness();
    CHECK_OK(send(name, "held"));
    CHECK(waitReady(*slot, 5000));
    slot->acknowledgeReadiness();
    CHECK_EQ(slot->info().messageCount, 1u);
    CHECK_EQ(slot->info().nextSize, 4u);
    std::string message;
    CHECK_OK(readString(*slot, &message));
    CHECK(message == "held");
}

void closedSlotIsGone()
{
    const std::string name = g_ctx->uniqueName("closed");
    auto slot = makeServer(name);
    if (!slot)
        return;
    std::unique_ptr<ClientSlot> writer;
    REQUIRE_OK(g_ctx->backend->open(name, &writer));
    CHECK_OK(writer->write("unread", 6, 0));
    slot.reset();
    EXPECT_OS(writer->write("after close", 11, 0).code, std::uint32_t(kErrorFileNotFound), std::uint32_t(kErrorSuccess),
              "Wine accepts writes to a closed slot and drops them");
    std::unique_ptr<ClientSlot> late;
    EXPECT_OS(g_ctx->backend->open(name, &late).code, std::uint32_t(kErrorFileNotFound), std::uint32_t(kErrorSuccess),
              "Wine keeps a closed slot's name while a writer holds a handle");
    late.reset();
    SlotStatus status;
    EXPECT_OS(g_ctx->backend->query(name, &status).code, std::uint32_t(kErrorFileNotFound),
              std::uint32_t(kErrorAccessDenied), "Wine keeps a closed slot's name while a writer holds a handle");
    // Once the last writer has gone, the name is free everywhere.
    writer.reset();
    CHECK_EQ(g_ctx->backend->open(name, &late).code, std::uint32_t(kErrorFileNotFound));
    CHECK_EQ(g_ctx->backend->query(name, &status).code, std::uint32_t(kErrorFileNotFound));
    std::vector<SlotStatus> all;
    g_ctx->backend->list(&all);
    for (const SlotStatus &s : all)
        CHECK(s.name != name);
}

void nameReusableAfterClose()
{
    const std::string name = g_ctx->uniqueName("reuse");
    auto slot = makeServer(name);
    if (!slot)
        return;
    CHECK_OK(send(name, "old"));
    slot.reset();
    slot = makeServer(name);
    if (!slot)
        return;
    CHECK_EQ(slot->info().messageCount, 0u); // unread messages went with the old server
}

void listingAndQuery()
{
    const std::string a = g_ctx->uniqueName("list");
    const std::string b = g_ctx->uniqueName("list");
    auto slotA = makeServer(a, 100, 5);
    auto slotB = makeServer(b, 0, kMailslotWaitForever);
    if (!slotA || !slotB)
        return;
    CHECK_OK(send(a, "12345"));
    CHECK_OK(send(a, "1"));
    std::vector<SlotStatus> all;
    const SlotError e = g_ctx->backend->list(&all);
    EXPECT_OS(e.code, std::uint32_t(kErrorSuccess), std::uint32_t(kErrorNotSupported),
              "Wine cannot list \\Device\\Mailslot\\ (NtQueryDirectoryFile fails): the back-end lists its own slots");
    int found = 0;
    for (const SlotStatus &s : all) {
        if (s.name == a) {
            ++found;
            CHECK_EQ(s.info.maxMessageSize, 100u);
            CHECK_EQ(s.info.readTimeout, 5u);
            EXPECT_OS(s.info.messageCount, 2u, 1u, "Wine counts at most 1 message");
            CHECK_EQ(s.info.nextSize, 5u);
            CHECK_EQ(s.pid, std::int64_t(Context::pid()));
        } else if (s.name == b) {
            ++found;
            CHECK_EQ(s.info.readTimeout, kMailslotWaitForever);
            CHECK_EQ(s.info.nextSize, kMailslotNoMessage);
        }
    }
    CHECK_EQ(found, 2);
    SlotStatus queried;
    CHECK_OK(g_ctx->backend->query(a, &queried));
    EXPECT_OS(queried.info.messageCount, 2u, 1u, "Wine counts at most 1 message");
    CHECK_EQ(queried.createdMsecs, slotA->status().createdMsecs);
}

void concurrentWritersLoseNothing()
{
    constexpr int kWriters = 4;
    constexpr int kPerWriter = 2000;
    const std::string name = g_ctx->uniqueName("concurrent");
    auto slot = makeServer(name, 0, kMailslotWaitForever);
    if (!slot)
        return;
    std::atomic<int> failures{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            std::unique_ptr<ClientSlot> client;
            if (g_ctx->backend->open(name, &client)) {
                failures += kPerWriter;
                return;
            }
            for (int i = 0; i < kPerWriter; ++i) {
                const std::string payload = std::to_string(w) + " " + std::to_string(i) + " " + std::string(i % 300, 'p');
                if (client->write(payload.data(), std::uint32_t(payload.size()), kMailslotWaitForever))
                    ++failures;
            }
        });
    std::vector<int> next(kWriters, 0);
    int bad = 0;
    for (int n = 0; n < kWriters * kPerWriter && failures == 0; ++n) {
        std::string message;
        if (readString(*slot, &message)) {
            ++bad;
            break;
        }
        const int w = std::atoi(message.c_str());
        const int i = std::atoi(message.c_str() + message.find(' ') + 1);
        if (w < 0 || w >= kWriters || i != next[w])
            ++bad;
        else
            ++next[w];
    }
    for (auto &t : writers)
        t.join();
    CHECK_EQ(failures.load(), 0);
    CHECK_EQ(bad, 0);
    for (int w = 0; w < kWriters; ++w)
        CHECK_EQ(next[w], kPerWriter);
    CHECK_EQ(slot->info().messageCount, 0u);
}

void remoteNames()
{
    // Creating a remote name is refused by the Qt layer (MailslotName) before any back-end sees
    // it: create() takes validated local names only, so that is not a back-end case.
    if (!g_ctx->windows) {
        skip("the POSIX back-end opens local names only; on Linux the Qt layer sends remote names over its own "
             "datagram sender");
        return;
    }
    // The system carries remote writes: opening \\*\mailslot\... succeeds on Windows (datagram).
    std::unique_ptr<ClientSlot> client;
    const SlotError e = g_ctx->backend->open("\\\\*\\mailslot\\conformance_remote", &client);
    if (e.code == kErrorRemoteMailslotsDeprecated) {
        std::printf("    note: remote mailslots are disabled by policy here (3025): %s\n", e.detail.c_str());
        return;
    }
    EXPECT_OS(e.code, std::uint32_t(kErrorSuccess), std::uint32_t(kErrorPathNotFound),
              "Wine has no remote mailslots (ERROR_PATH_NOT_FOUND)");
}

} // namespace

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = [] {
        std::vector<Case> list = {
            {"createReportsInfo", createReportsInfo},
            {"secondCreateFails", secondCreateFails},
            {"writeToMissingSlot", writeToMissingSlot},
            {"windowsInfoSequence", windowsInfoSequence},
            {"smallBufferKeepsMessage", smallBufferKeepsMessage},
            {"emptyReadTimesOut", emptyReadTimesOut},
            {"readWaitsForWriter", readWaitsForWriter},
            {"setReadTimeout", setReadTimeout},
            {"maxMessageSize", maxMessageSize},
            {"fifo", fifo},
            {"readinessSignalsAndKeepsOrder", readinessSignalsAndKeepsOrder},
            {"closedSlotIsGone", closedSlotIsGone},
            {"nameReusableAfterClose", nameReusableAfterClose},
            {"listingAndQuery", listingAndQuery},
            {"concurrentWritersLoseNothing", concurrentWritersLoseNothing},
            {"remoteNames", remoteNames},
        };
        const std::vector<Case> withProcesses = processCases();
        list.insert(list.end(), withProcesses.begin(), withProcesses.end());
        return list;
    }();
    return all;
}

} // namespace conformance
