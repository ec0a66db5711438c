// Rarely set fields kept out of a value that millions of copies exist of (a stream row, its
// datagram): behind one QSharedDataPointer to a block of them, null while none is set, shared by
// copies until one of them changes a field.
#pragma once

#include <QSharedDataPointer>

#include <utility>

namespace RareFields {

// Whether a field's value is "not set": an empty string, list or byte array, a null pointer, no optional.
template <typename V>
bool unset(const V &value)
{
    if constexpr (requires { value.isEmpty(); })
        return value.isEmpty();
    else
        return !value;
}

// Sets a field of block (T: QSharedData with `bool isEmpty() const`, whether no field is set):
// the block is made, or unshared, for it, and dropped when no field is left set.
template <typename T, typename M, typename V>
void set(QSharedDataPointer<T> &block, M T::*member, V &&value)
{
    if (unset(value) && !block)
        return;
    if (!block)
        block = new T;
    (*block).*member = std::forward<V>(value); // (the non-const block unshares itself)
    if (block.constData()->isEmpty())
        block.reset();
}

} // namespace RareFields
