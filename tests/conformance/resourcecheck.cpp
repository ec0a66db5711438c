// Checks that app/windows/mailslot-monitor.rc.in, configured as for the monitor, compiles and
// links into a Windows program (cmake/MailslotWindowsResources.cmake), and that its resources
// carry the project's version: the icon, the manifest (RT_MANIFEST 1) and VS_VERSION_INFO.
// Built only for Windows (mingw-w64 in tools/wine-tests.sh); runs under Wine there.
#include <windows.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

const void *resource(const wchar_t *type, const wchar_t *name, DWORD *size)
{
    HRSRC found = FindResourceW(nullptr, name, type);
    HGLOBAL loaded = found ? LoadResource(nullptr, found) : nullptr;
    *size = found ? SizeofResource(nullptr, found) : 0;
    return loaded ? LockResource(loaded) : nullptr;
}

} // namespace

int main()
{
    int failures = 0;
    auto check = [&](bool ok, const std::string &what) {
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", what.c_str());
        failures += ok ? 0 : 1;
    };
    const std::string version = std::to_string(MAILSLOT_VERSION_MAJOR) + "." + std::to_string(MAILSLOT_VERSION_MINOR) + "."
        + std::to_string(MAILSLOT_VERSION_PATCH);

    DWORD size = 0;
    const auto *manifest = static_cast<const char *>(resource(MAKEINTRESOURCEW(24), MAKEINTRESOURCEW(1), &size));
    const std::string text = manifest ? std::string(manifest, size) : std::string();
    check(!text.empty(), "manifest resource (RT_MANIFEST 1)");
    check(text.find("version=\"" + version + ".0\"") != std::string::npos, "manifest assembly version " + version + ".0");
    check(text.find("asInvoker") != std::string::npos, "manifest asks for no elevation (asInvoker)");

    check(FindResourceW(nullptr, L"IDI_MAILSLOT_MONITOR", MAKEINTRESOURCEW(14)) != nullptr, "icon group IDI_MAILSLOT_MONITOR");

    const auto *info = static_cast<const unsigned char *>(resource(MAKEINTRESOURCEW(16), MAKEINTRESOURCEW(1), &size));
    bool fixedOk = false;
    bool stringOk = false;
    if (info) {
        // VS_FIXEDFILEINFO starts with the signature 0xFEEF04BD.
        for (DWORD i = 0; i + sizeof(VS_FIXEDFILEINFO) <= size; i += 4) {
            VS_FIXEDFILEINFO fixed;
            std::memcpy(&fixed, info + i, sizeof fixed);
            if (fixed.dwSignature == 0xFEEF04BD) {
                fixedOk = fixed.dwFileVersionMS == DWORD((MAILSLOT_VERSION_MAJOR << 16) | MAILSLOT_VERSION_MINOR)
                    && fixed.dwFileVersionLS == DWORD(MAILSLOT_VERSION_PATCH << 16)
                    && fixed.dwProductVersionMS == fixed.dwFileVersionMS;
                break;
            }
        }
        // "ProductVersion" and its value, in UTF-16.
        std::wstring wide(version.begin(), version.end());
        const std::wstring blob(reinterpret_cast<const wchar_t *>(info), size / sizeof(wchar_t));
        stringOk = blob.find(L"ProductVersion") != std::wstring::npos && blob.find(wide) != std::wstring::npos;
    }
    check(info != nullptr, "VS_VERSION_INFO resource");
    check(fixedOk, "FILEVERSION/PRODUCTVERSION " + version + ".0");
    check(stringOk, "ProductVersion string " + version);
    std::printf("%s\n", failures ? "resource check FAILED" : "resource check passed");
    return failures ? 1 : 0;
}
