#pragma once
// How two pictures of the window differ, above the status bar (its bottom 6%: the rate and progress there change
// from run to run). Both pictures RGB32 and of the same size.
#include <QImage>
#include <QRgb>

namespace gumbel::testing {

struct PictureDifference {
    int pixels = 0;     // how many differ
    int firstRow = -1;  // the first row with one, -1 for none
};

inline PictureDifference differenceAboveStatusBar(const QImage& first, const QImage& second) {
    PictureDifference difference;
    const int statusBar = first.height() * 6 / 100;
    for (int y = 0; y < first.height() - statusBar; ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(first.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(second.constScanLine(y));
        for (int x = 0; x < first.width(); ++x) {
            if (a[x] == b[x]) continue;
            ++difference.pixels;
            if (difference.firstRow < 0) difference.firstRow = y;
        }
    }
    return difference;
}

}  // namespace gumbel::testing
