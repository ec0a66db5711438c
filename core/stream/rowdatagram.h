// A stream row's datagram, held in the row itself: none for a message read from a local slot, an
// ObservedDatagram for a network, capture or remote datagram row. Reads like a pointer to a
// const datagram (`if (row.datagram)`, `row.datagram->raw`, `row.datagram.get()`), without a
// second allocation per row: a stream of millions of rows holds each datagram's typed fields in
// its row, and its bytes (implicitly shared) once.
#pragma once

#include "core/stream/observeddatagram.h"

#include <utility>

class RowDatagram
{
public:
    RowDatagram() = default; // none
    RowDatagram(const ObservedDatagram &datagram) : m_datagram(datagram) { m_datagram.m_inRow = true; }
    RowDatagram(ObservedDatagram &&datagram) : m_datagram(std::move(datagram)) { m_datagram.m_inRow = true; }

    bool has_value() const { return m_datagram.m_inRow; }
    explicit operator bool() const { return has_value(); }
    // Null when none.
    const ObservedDatagram *get() const { return has_value() ? &m_datagram : nullptr; }
    // Only when there is one.
    const ObservedDatagram &operator*() const { return m_datagram; }
    const ObservedDatagram *operator->() const { return &m_datagram; }
    void reset() { m_datagram = ObservedDatagram(); }

private:
    // (Whether there is one is a bit of the datagram's own, which has room for it: no padding.)
    ObservedDatagram m_datagram;
};
