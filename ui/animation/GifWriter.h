#pragma once
// Animated GIF files through giflib (Debian's libgif-dev): frames of one size, each with its own delay, looping
// forever (the NETSCAPE2.0 extension that browsers and slide programs honour). A frame is stored as the rectangle
// that changed since the previous one, with its own colour table: exact when that rectangle has at most 256
// colours (a viridis heatmap alone does), else its 256 most frequent colours exact and the rare rest (antialiased
// edges) as the nearest of them, without dithering.
// The file is written through QSaveFile: an existing file is replaced only by a complete animation.
#include <QImage>
#include <QSaveFile>
#include <QSize>
#include <QString>
#include <memory>

#include "core/Result.h"

struct GifFileType;

namespace gumbel::ui {

class GifWriter {
public:
    GifWriter();
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    // Starts the file; every frame must then have `size`.
    [[nodiscard]] Status open(const QString& path, QSize size);
    // delayMs is rounded to GIF's hundredths of a second (at least 2: browsers slow faster frames down).
    [[nodiscard]] Status addFrame(const QImage& frame, int delayMs);
    // Finishes the file and puts it in place; without a frame it is not written.
    [[nodiscard]] Status finish();
    // Drops what was written; an existing file at the path stays as it was.
    void abandon();

    int frameCount() const { return frames_; }

private:
    [[nodiscard]] Status writeRegion(const QImage& frame, const QRect& region, int delayCs);
    [[nodiscard]] Status gifError(const char* what, int code) const;

    QSaveFile file_;
    GifFileType* gif_ = nullptr;
    QSize size_;
    QImage previous_;
    int frames_ = 0;
};

// The rectangle where two images of one size differ (empty when they are equal).
QRect changedRegion(const QImage& previous, const QImage& next);

}  // namespace gumbel::ui
