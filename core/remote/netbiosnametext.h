// A NetBIOS name back from its display form (NetbiosName::toDisplayString(): "NAME<1d>",
// bytes outside printable ASCII as "<xx>", then ".scope" when there is one). Pure.
#pragma once

#include "core/wire/netbiosname.h"

#include <QString>

class NetbiosNameText
{
public:
    // The name of a display string; a null name for an empty or unreadable one. The suffix is the
    // first "<xx>" followed by the end or by '.'.
    static mailslot::wire::NetbiosName parse(const QString &text);
};
