#include "win32slotfloor.h"

#include <QElapsedTimer>

#include <windows.h>

#include <string>
#include <thread>
#include <vector>

namespace {

// A name no other run uses: the process id and a counter.
std::wstring floorSlotName()
{
    static int run = 0;
    return L"\\\\.\\mailslot\\mailslot-bench\\floor-" + std::to_wstring(GetCurrentProcessId()) + L"-"
        + std::to_wstring(++run);
}

} // namespace

double Win32SlotFloor::run(const BenchLoad &load, qint64 *lost)
{
    const std::wstring name = floorSlotName();
    HANDLE slot = CreateMailslotW(name.c_str(), 0, MAILSLOT_WAIT_FOREVER, nullptr);
    if (slot == INVALID_HANDLE_VALUE) {
        *lost = load.total();
        return 0;
    }
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> writers;
    for (int w = 0; w < load.writers; ++w) {
        writers.emplace_back([&load, &name, w] {
            HANDLE file = CreateFileW(name.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                      OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
            if (file == INVALID_HANDLE_VALUE)
                return;
            std::vector<char> buffer(std::size_t(load.size) + 1);
            DWORD written = 0;
            for (qint64 i = 0; i < load.perWriter; ++i) {
                load.stamp(buffer.data(), w, i);
                if (!WriteFile(file, buffer.data(), DWORD(load.size), &written, nullptr))
                    break;
            }
            CloseHandle(file);
        });
    }
    std::vector<char> buffer(std::size_t(load.size) + 64);
    SequenceCheck check(load);
    while (check.received() < load.total()) {
        DWORD n = 0;
        // Wine reads a zero-length message as FALSE with ERROR_BROKEN_PIPE (core/platform/WINDOWS.md).
        if (!ReadFile(slot, buffer.data(), DWORD(buffer.size()), &n, nullptr)
            && !(n == 0 && GetLastError() == ERROR_BROKEN_PIPE))
            break;
        check.see(buffer.data(), qint64(n));
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    CloseHandle(slot); // before the join: a writer still waiting for room then fails instead of waiting on
    for (std::thread &t : writers)
        t.join();
    *lost = check.lost();
    return double(check.received()) / seconds;
}
