// `mailslot decode FILE --fields ...` at the speed of the disk: the file is walked in place
// (CaptureScanner) and each well-formed mailslot write is written from its bytes where they lie
// (WellFormedWrite), batches of frames formatted on every processor and written in file order;
// any other datagram, and the part of a file the scanner leaves to PcapReader, goes the general
// way (CaptureDecoder, ObservedDatagram). The lines are byte for byte those of the general way.
// Not for the "kind" field (it needs the well-known-slot decoders): DatagramFields::needsDecoding().
#pragma once

#include "core/capture/batchhandoff.h"
#include "core/capture/capturedecoder.h"
#include "core/capture/capturescanner.h"
#include "core/formats/datagramfields.h"

#include <vector>

class FieldsListing
{
public:
    FieldsListing(const DatagramFields &fields, quint16 port, mailslot::wire::OemCodePage codePage);

    // Lists the file's datagrams into write, in file order; write returning false stops it (not
    // an error). False when the file cannot be opened or read: errorString(), errorCode().
    bool run(const QString &path, const CaptureDecoder::ChunkSink &write);
    QString errorString() const { return m_decoder.errorString(); }
    quint32 errorCode() const { return m_decoder.errorCode(); }
    // The whole file's figures (frames, datagrams, link types that could not be read).
    const CaptureDecoder::Stats &stats() const { return m_stats; }

    // A run of frames of the file, formatted by one task.
    struct Batch
    {
        std::vector<CaptureScanner::Frame> frames;
        mailslot::wire::JsonLineWriter text;
        CaptureDecoder::Stats stats;
        DatagramFields::TimeCache timeCache;
        BatchHandoff handoff;
    };

private:
    // The lines of a batch's frames, and their figures.
    void format(Batch &batch) const;
    // One frame: counted, and its line appended when it is a datagram of the port.
    void take(const CaptureScanner::Frame &frame, Batch &batch) const;
    // The scanner's part of the file, on every processor; false when write() refused a chunk.
    bool scan(CaptureScanner &scanner, const CaptureDecoder::ChunkSink &write);

    DatagramFields m_fields;
    quint16 m_port;
    mailslot::wire::OemCodePage m_codePage;
    CaptureDecoder m_decoder;
    CaptureDecoder::Stats m_stats;
};
