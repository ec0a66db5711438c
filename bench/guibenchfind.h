// `mailslot-bench gui --capture N`, last: Find (Ctrl+F) over the stream's rows for a text that no
// row has, so that every row is tested. Prints the search's time, the slices it took and the event
// loop's stall meanwhile (the 1 ms heartbeat): the time is what the window was blocked for when
// a search was one scan on the GUI thread.
#pragma once

#include <QTextStream>

class MainWindow;

// False when the search did not end.
bool runWindowFind(MainWindow &window, QTextStream &out);
