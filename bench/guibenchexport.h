// `mailslot-bench gui --capture N`, after the big-file steps: File > Export as the window runs it
// (ExportAction::start: a snapshot of the stream handed to an ExportJob), in each format. Prints
// the GUI thread's time to start the export (the snapshot, the job, the progress dialog) and the
// event loop's stall while the worker writes the file (the 1 ms heartbeat), with the export's time.
#pragma once

#include <QTextStream>

class MainWindow;

// False when an export failed or did not write every row of the stream.
bool runWindowExports(MainWindow &window, const QString &dir, QTextStream &out);
