#pragma once
// A colour map's bar with its numbers, for the views (the map itself is in ui/graphics/, shared with the model).
#include <QRectF>

#include "ui/graphics/ColorMap.h"

class QPainter;

namespace gumbel::ui {

// The colour bar of a map, drawn the same way everywhere: the lookup table as a vertical strip (top = high), a
// frame, and ticks labelled low, middle and high (numbers as QString::number(value, format, precision)).
void paintColorBar(QPainter& painter, const QRectF& bar, const ColorMap& map, double low, double high, char format = 'g',
                   int precision = 3);

}  // namespace gumbel::ui
