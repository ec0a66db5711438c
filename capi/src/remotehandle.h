// CreateFile's handle on a remote name (\\HOST\mailslot\x, \\DOMAIN\mailslot\x, \\*\mailslot\x):
// each write sends one [MS-MAIL] datagram on UDP 138 through the project's NetworkSender, as
// `mailslot send` does. The destination is resolved by the first write and kept (a failed
// resolution is tried again by the next write). MAILSLOT_DATAGRAM_PORT chooses another port.
//
// A computer's address is found here (NetBIOS name query, then getaddrinfo) and handed to the
// sender as its `to`: the sender's own fallback, QHostInfo, needs a QCoreApplication, which a
// program using this C library does not have.
#pragma once

#include "capi/src/apihandle.h"
#include "core/netio/networksender.h"

#include <memory>
#include <mutex>

namespace mailslot::capi {

class RemoteHandle final : public ApiHandle
{
public:
    RemoteHandle(const MailslotName &name, bool canWrite, quint16 port);
    // The UDP port: 138, or MAILSLOT_DATAGRAM_PORT; false when that variable is set but is not
    // a port number (1..65535).
    static bool portFromEnvironment(quint16 *port);

    std::uint32_t write(const void *data, std::uint32_t size) override;

private:
    // The IPv4 address of the computer the name designates; empty when nobody knows it.
    QString resolveComputer() const;

    MailslotName m_name;
    bool m_canWrite;
    std::mutex m_mutex;
    NetworkSender::Options m_options;
    std::unique_ptr<NetworkSender> m_sender;
    NetworkSender::Report m_report;
    bool m_resolved = false;
};

} // namespace mailslot::capi
