// The message of `mailslot send --file PATH`: a regular file, read whole, but never more than the
// target can take (a device such as /dev/zero, a FIFO or a huge file cannot make the tool read
// without end).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class PayloadFile
{
    Q_DECLARE_TR_FUNCTIONS(PayloadFile)

public:
    // The largest message a target takes, and how a larger one is refused: the Win32 code and
    // the figure its message shows (the limit, or the queue a message must fit in).
    struct Limit
    {
        quint64 bytes = 0;
        quint32 code = 0;
        quint64 shown = 0;
    };

    // Reads the file at path into *payload: at most limit.bytes + 1 bytes are read. False after
    // an error line: the file cannot be read or is not a regular file (named by its path), or it
    // is larger than the limit (named by target, the slot the message was for).
    static bool read(const QString &path, const Limit &limit, const QString &target, QByteArray *payload);
};
