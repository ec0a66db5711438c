// `mailslot-bench gui --capture N`: big files in the offscreen monitor. Writes an N-frame pcapng
// (default 1,000,000), opens it in the window as a user would (streamed into the view, the window's
// stall measured by the 1 ms heartbeat), then exports every row as CSV, JSON and pcapng off the GUI
// thread (ExportJob, as File > Export does), and prints each step's time, stall and the peak RSS,
// next to `tshark -r` on the same file. The stream's capacity is N (at least the default), so that
// the export has every frame; memory stays bounded by it.
#pragma once

#include <QTextStream>

class MainWindow;

// False when a step failed (named on err).
bool runGuiFileBench(MainWindow &window, qint64 frames, const QString &dir, QTextStream &out, QTextStream &err);
