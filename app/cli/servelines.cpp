#include "app/cli/servelines.h"

#include "app/cli/clisupport.h"
#include "core/text/payloadtext.h"

#include <charconv>

void ServeLines::append(const StreamRow &row, mailslot::wire::JsonLineWriter &out)
{
    m_time.write(out, row.timeNs);
    char number[24] = {' ', '#'};
    const auto end = std::to_chars(number + 2, number + sizeof number, row.sequence).ptr;
    out.raw(QByteArrayView(number, end - number));
    out.raw(" ");
    if (!m_slotKnown || row.slot != m_slot) {
        m_slot = row.slot;
        m_slotText = row.slot.toUtf8();
        m_slotKnown = true;
    }
    out.raw(m_slotText);
    if (row.payload.size() != m_size) {
        m_size = row.payload.size();
        m_sizeText = QStringLiteral(" (%1): ").arg(CliSupport::formatBytes(quint64(m_size))).toUtf8();
    }
    out.raw(m_sizeText);
    if (!m_previewKnown || row.payload != m_payload) {
        m_payload = row.payload;
        m_previewText = PayloadText::preview(row.payload).toUtf8();
        m_previewKnown = true;
    }
    out.raw(m_previewText);
    out.raw("\n");
}
