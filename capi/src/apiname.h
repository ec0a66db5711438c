// A name given to CreateMailslot or CreateFile, sorted into what the C API does with it.
#pragma once

#include "core/slots/mailslotname.h"

#include <string>

namespace mailslot::capi {

class ApiName
{
public:
    enum class Kind {
        Missing,     // NULL or empty: ERROR_PATH_NOT_FOUND
        NotMailslot, // a path that is not \\<server>\mailslot\...
        Invalid,     // \\<server>\mailslot\... that is not a valid mailslot name
        Local,       // \\.\mailslot\...
        Remote,      // \\HOST\..., \\DOMAIN\..., \\*\...
    };

    // ANSI names are taken as UTF-8 (the locale of Linux systems); wide names as UTF-16.
    static ApiName fromAnsi(const char *text);
    static ApiName fromWide(const char16_t *text);

    Kind kind() const { return m_kind; }
    const MailslotName &name() const { return m_name; }
    // The canonical local name for the back-end (UTF-8).
    std::string localName() const { return m_name.canonical().toStdString(); }

private:
    static ApiName classify(const QString &text);

    Kind m_kind = Kind::Missing;
    MailslotName m_name;
};

} // namespace mailslot::capi
