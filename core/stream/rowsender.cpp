#include "core/stream/rowsender.h"

#include "core/platform/slotbackend.h"

std::shared_ptr<const RowSender> RowSender::make(qint64 pid, const mailslot::platform::MessageOrigin *origin)
{
    auto sender = std::make_shared<RowSender>();
    sender->pid = pid;
    if (origin)
        sender->origin = NetworkOrigin{QString::fromStdString(origin->address), origin->port,
                                       QString::fromStdString(origin->netbiosName), origin->datagramType};
    return sender;
}
