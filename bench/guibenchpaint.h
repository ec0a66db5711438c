// `mailslot-bench gui --repaints N`: what one repaint of the message view costs. The stream holds
// network rows (browse announcements and text messages of varied lengths); the view is scrolled
// to a new place and repainted N times, synchronously, and each repaint's processor time (this
// thread's) is taken. The floor, in the same run: the same cells' text drawn with QPainter alone
// (no style, no elision, each cell clipped to its rectangle) into an image of the view's size.
#pragma once

#include <QTextStream>

class MainWindow;

// False when the view could not be measured.
bool runViewRepaints(MainWindow &window, int repaints, QTextStream &out);
