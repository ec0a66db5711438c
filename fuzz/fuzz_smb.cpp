// libFuzzer target: the SMB_COM_TRANSACTION mailslot write alone (USER_DATA of a datagram).
#include "core/wire/smbmailslotwrite.h"

#include <cstdlib>

using namespace mailslot::wire;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SmbMailslotWriteDecodeResult result = SmbMailslotWrite::decode(bytes);
    if (result.ok()) {
        if (result.write.payload().size() > qsizetype(size))
            std::abort();
        // Our encoding of what we decoded decodes to the same name and payload.
        const SmbMailslotWriteDecodeResult again = SmbMailslotWrite::decode(result.write.encode());
        if (!again.ok() || again.write.payload() != result.write.payload()
            || !SmbMailslotWrite::isMailslotName(again.write.name()))
            std::abort();
    }
    return 0;
}
