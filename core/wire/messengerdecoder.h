// WinPopup / "net send" messages on \MAILSLOT\MESSNGR: <From>\0<To>\0<Text>[\0] in an OEM code page.
#pragma once

#include "core/wire/decodedpayload.h"
#include "core/wire/oemcodec.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace mailslot::wire {

class MessengerDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MessengerDecoder)
public:
    // Kind "messenger.message", fields from, to, text. The payload is split on the first two
    // NULs; a trailing NUL after the text is optional and anything after it is ignored.
    // Fewer than two NULs: the fields found so far and truncated = true.
    static DecodedPayload decode(QByteArrayView payload, OemCodePage cp = OemCodePage::Cp437);
    // Builds "<from>\0<to>\0<text>\0" in the code page.
    static QByteArray encode(QStringView from, QStringView to, QStringView text, OemCodePage cp = OemCodePage::Cp437);
};

} // namespace mailslot::wire
