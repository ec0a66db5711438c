// The size limits of mailslot names and messages, each defined once. Plain constexpr C++ (no Qt),
// so that core/platform (built on its own by the conformance suite and by mingw-w64) includes it
// too, as "core/wire/mailslotlimits.h" from the project root.
#pragma once

#include <cstdint>

namespace mailslot::wire {

// The largest mailslot message sent to other computers: the CreateMailslot documentation's "cannot
// write more than 424 bytes at a time" to \\DOMAIN\... and \\*\..., and [MS-MAIL]'s limit for a
// slot path of 5 to 8 bytes (a longer path leaves less room: see maxNetworkPayload).
inline constexpr std::int64_t kNetworkMessageLimit = 424;

// [MS-MAIL] <2>, Windows NBT: a datagram carries 432 bytes less the slot path (the part after
// \MAILSLOT\) rounded up to 4 bytes.
inline constexpr std::int64_t kNetworkPayloadAndPath = 432;

// The largest message for a slot path of pathBytes bytes (after \MAILSLOT\): 428 for 1..4
// bytes, 424 for 5..8, 420 for 9..12, ..., 0 from 429 bytes on.
constexpr std::int64_t maxNetworkPayload(std::int64_t pathBytes)
{
    const std::int64_t rounded = (pathBytes + 3) & ~std::int64_t(3);
    return rounded >= kNetworkPayloadAndPath ? 0 : kNetworkPayloadAndPath - rounded;
}

// A slot path (the part after \mailslot\) and a computer or domain name: at most 255 characters.
inline constexpr int kMaxSlotPathLength = 255;
inline constexpr int kMaxServerNameLength = 255;

// A NetBIOS name: at most 15 bytes, then a suffix byte (16 raw bytes on the wire).
inline constexpr int kNetbiosNameLength = 15;
inline constexpr int kNetbiosRawNameLength = kNetbiosNameLength + 1;
// RFC 1002 §4.1: an encoded name with its scope labels fits 255 bytes.
inline constexpr int kMaxEncodedNetbiosNameLength = 255;

static_assert(maxNetworkPayload(4) == 428 && maxNetworkPayload(8) == kNetworkMessageLimit
              && maxNetworkPayload(9) == 420 && maxNetworkPayload(428) == 4 && maxNetworkPayload(429) == 0);

} // namespace mailslot::wire
