#include "benchload.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr int kStampBytes = 16;
}

void BenchLoad::stamp(char *buffer, int writer, qint64 sequence) const
{
    if (size < kStampBytes)
        return;
    const qint64 who = writer;
    std::memcpy(buffer, &who, sizeof who);
    std::memcpy(buffer + sizeof who, &sequence, sizeof sequence);
}

SequenceCheck::SequenceCheck(const BenchLoad &load) : m_load(load), m_next(std::size_t(load.writers), 0)
{
}

void SequenceCheck::see(const char *data, qint64 size)
{
    ++m_received;
    if (size != m_load.size) {
        ++m_bad;
        return;
    }
    if (size < kStampBytes)
        return;
    qint64 who = 0;
    qint64 sequence = 0;
    std::memcpy(&who, data, sizeof who);
    std::memcpy(&sequence, data + sizeof who, sizeof sequence);
    if (who < 0 || who >= m_load.writers || sequence != m_next[std::size_t(who)]) {
        ++m_bad;
        return;
    }
    ++m_next[std::size_t(who)];
}

qint64 SequenceCheck::lost() const
{
    return m_load.total() - m_received + m_bad;
}

Spread Spread::of(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}
