// libFuzzer target: the mailslot name parser. Invariants: a valid name's canonical form parses to
// itself, contains no control character, no "." or ".." component, and stays under \mailslot\.
#include "core/slots/mailslotname.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MailslotError error;
    const MailslotName name = MailslotName::parse(text, &error);
    if (!name.isValid()) {
        if (error.code() != 123 || error.detail().isEmpty())
            std::abort();
        return 0;
    }
    const QString canonical = name.canonical();
    if (MailslotName::parse(canonical).canonical() != canonical)
        std::abort();
    if (name.path().size() > MailslotName::kMaxPathLength)
        std::abort();
    for (const QString &component : name.path().split(QLatin1Char('\\'))) {
        if (component.isEmpty() || component == QLatin1String(".") || component == QLatin1String(".."))
            std::abort();
    }
    for (QChar c : canonical) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            std::abort();
    }
    return 0;
}
