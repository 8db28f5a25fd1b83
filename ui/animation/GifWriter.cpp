#include "ui/animation/GifWriter.h"

#include <gif_lib.h>

#include <QHash>
#include <algorithm>
#include <limits>
#include <vector>

namespace gumbel::ui {
namespace {

int writeToSaveFile(GifFileType* gif, const GifByteType* bytes, int length) {
    auto* file = static_cast<QSaveFile*>(gif->UserData);
    return static_cast<int>(file->write(reinterpret_cast<const char*>(bytes), length));
}

struct ColorMapDeleter {
    void operator()(ColorMapObject* map) const { GifFreeMapObject(map); }
};
using ColorMap = std::unique_ptr<ColorMapObject, ColorMapDeleter>;

// The region's pixels as palette indices and its colour table. Up to 256 colours: exact. More (antialiased text
// next to a heatmap): the 256 most frequent colours, every other one drawn as its nearest among them. Screens of
// charts are large areas of few colours, so the areas stay exact (viridis cells included) and only rare edge
// pixels move, by a shade; no dithering noise.
bool indexRegion(const QImage& frame, const QRect& region, std::vector<GifByteType>& indices, ColorMap& map) {
    QHash<QRgb, int> counts;
    counts.reserve(1024);
    for (int y = region.top(); y <= region.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
        for (int x = region.left(); x <= region.right(); ++x) ++counts[line[x] & 0xffffffu];
    }
    std::vector<std::pair<int, QRgb>> byCount;
    byCount.reserve(static_cast<std::size_t>(counts.size()));
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) byCount.emplace_back(it.value(), it.key());
    std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;  // deterministic order
    });
    const std::size_t kept = std::min<std::size_t>(byCount.size(), 256);
    const int tableSize = 1 << std::max(1, GifBitSize(static_cast<int>(kept)));
    std::vector<GifColorType> colors(static_cast<std::size_t>(tableSize), GifColorType{0, 0, 0});
    QHash<QRgb, int> index;
    index.reserve(counts.size());
    for (std::size_t i = 0; i < kept; ++i) {
        const QRgb c = byCount[i].second;
        colors[i] = GifColorType{static_cast<GifByteType>(qRed(c)), static_cast<GifByteType>(qGreen(c)),
                                 static_cast<GifByteType>(qBlue(c))};
        index.insert(c, static_cast<int>(i));
    }
    for (std::size_t j = kept; j < byCount.size(); ++j) {
        const QRgb c = byCount[j].second;
        int best = 0;
        long bestDistance = std::numeric_limits<long>::max();
        for (std::size_t i = 0; i < kept; ++i) {
            const long dr = qRed(c) - colors[i].Red, dg = qGreen(c) - colors[i].Green, db = qBlue(c) - colors[i].Blue;
            const long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;  // green weighs most for the eye
            if (distance < bestDistance) {
                bestDistance = distance;
                best = static_cast<int>(i);
            }
        }
        index.insert(c, best);
    }
    indices.resize(static_cast<std::size_t>(region.width()) * region.height());
    std::size_t at = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(frame.constScanLine(y));
        QRgb last = ~0u;
        int lastIndex = 0;
        for (int x = region.left(); x <= region.right(); ++x) {
            const QRgb c = line[x] & 0xffffffu;
            if (c != last) {
                last = c;
                lastIndex = index.value(c);
            }
            indices[at++] = static_cast<GifByteType>(lastIndex);
        }
    }
    map.reset(GifMakeMapObject(tableSize, colors.data()));
    return map != nullptr;
}

}  // namespace

QRect changedRegion(const QImage& previous, const QImage& next) {
    int top = next.height(), bottom = -1, left = next.width(), right = -1;
    for (int y = 0; y < next.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(previous.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(next.constScanLine(y));
        int x0 = 0;
        while (x0 < next.width() && a[x0] == b[x0]) ++x0;
        if (x0 == next.width()) continue;
        int x1 = next.width() - 1;
        while (a[x1] == b[x1]) --x1;
        top = std::min(top, y);
        bottom = y;
        left = std::min(left, x0);
        right = std::max(right, x1);
    }
    if (bottom < 0) return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

GifWriter::GifWriter() = default;

GifWriter::~GifWriter() { abandon(); }

Status GifWriter::gifError(const char* what, int code) const {
    const char* reason = GifErrorString(code);
    return Error{QString("%1: %2 (%3)")
                     .arg(file_.fileName(), QString::fromUtf8(what), QString::fromUtf8(reason ? reason : "unknown error"))
                     .toStdString()};
}

Status GifWriter::open(const QString& path, QSize size) {
    abandon();
    if (size.width() < 1 || size.height() < 1 || size.width() > 65535 || size.height() > 65535) {
        return Error{QString("%1: a GIF frame must be 1 to 65535 pixels wide and high, not %2 x %3")
                         .arg(path)
                         .arg(size.width())
                         .arg(size.height())
                         .toStdString()};
    }
    file_.setFileName(path);
    if (!file_.open(QIODevice::WriteOnly)) {
        return Error{QString("%1: cannot write (%2)").arg(path, file_.errorString()).toStdString()};
    }
    int error = 0;
    gif_ = EGifOpen(&file_, writeToSaveFile, &error);
    if (gif_ == nullptr) {
        const Status s = gifError("cannot start the GIF", error);
        abandon();
        return s;
    }
    EGifSetGifVersion(gif_, true);
    if (EGifPutScreenDesc(gif_, size.width(), size.height(), 8, 0, nullptr) != GIF_OK) {
        const Status s = gifError("cannot write the header", gif_->Error);
        abandon();
        return s;
    }
    // Loop forever: NETSCAPE2.0, sub-block 1, loop count 0.
    static const GifByteType netscape[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const GifByteType loopForever[] = {1, 0, 0};
    if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) != GIF_OK ||
        EGifPutExtensionBlock(gif_, sizeof netscape, netscape) != GIF_OK ||
        EGifPutExtensionBlock(gif_, sizeof loopForever, loopForever) != GIF_OK ||
        EGifPutExtensionTrailer(gif_) != GIF_OK) {
        const Status s = gifError("cannot write the loop extension", gif_->Error);
        abandon();
        return s;
    }
    size_ = size;
    previous_ = QImage();
    frames_ = 0;
    return {};
}

Status GifWriter::addFrame(const QImage& image, int delayMs) {
    if (gif_ == nullptr) return Error{"the GIF file is not open"};
    if (image.size() != size_) {
        return Error{QString("%1: frame %2 is %3 x %4, the animation %5 x %6")
                         .arg(file_.fileName())
                         .arg(frames_ + 1)
                         .arg(image.width())
                         .arg(image.height())
                         .arg(size_.width())
                         .arg(size_.height())
                         .toStdString()};
    }
    QImage frame = image.convertToFormat(QImage::Format_RGB32);
    frame.setDevicePixelRatio(1.0);
    QRect region = previous_.isNull() ? frame.rect() : changedRegion(previous_, frame);
    if (region.isEmpty()) region = QRect(0, 0, 1, 1);  // the same picture again: a one-pixel frame keeps the timing
    const int delayCs = std::max(2, (delayMs + 5) / 10);
    if (Status s = writeRegion(frame, region, delayCs); !s) {
        abandon();
        return s;
    }
    previous_ = std::move(frame);
    ++frames_;
    return {};
}

Status GifWriter::writeRegion(const QImage& frame, const QRect& region, int delayCs) {
    std::vector<GifByteType> indices;
    ColorMap map;
    if (!indexRegion(frame, region, indices, map)) {
        return Error{QString("%1: cannot build the colour table of frame %2").arg(file_.fileName()).arg(frames_ + 1).toStdString()};
    }
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;  // the next frame draws only what changed over this one
    control.UserInputFlag = false;
    control.DelayTime = delayCs;
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const auto length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) != GIF_OK ||
        EGifPutImageDesc(gif_, region.x(), region.y(), region.width(), region.height(), false, map.get()) != GIF_OK) {
        return gifError("cannot write a frame", gif_->Error);
    }
    for (int y = 0; y < region.height(); ++y) {
        if (EGifPutLine(gif_, indices.data() + static_cast<std::size_t>(y) * region.width(), region.width()) != GIF_OK) {
            return gifError("cannot write a frame", gif_->Error);
        }
    }
    return {};
}

Status GifWriter::finish() {
    if (gif_ == nullptr) return Error{"the GIF file is not open"};
    if (frames_ == 0) {
        abandon();
        return Error{QString("%1: an animation needs at least one frame").arg(file_.fileName()).toStdString()};
    }
    int error = 0;
    const int closed = EGifCloseFile(gif_, &error);
    gif_ = nullptr;
    if (closed != GIF_OK) {
        const Status s = gifError("cannot finish the GIF", error);
        abandon();
        return s;
    }
    if (!file_.commit()) {
        return Error{QString("%1: cannot write (%2)").arg(file_.fileName(), file_.errorString()).toStdString()};
    }
    return {};
}

void GifWriter::abandon() {
    if (gif_ != nullptr) {
        int error = 0;
        EGifCloseFile(gif_, &error);
        gif_ = nullptr;
    }
    if (file_.isOpen()) {
        file_.cancelWriting();
        (void)file_.commit();  // closes the file and removes the partial copy; the target is untouched
    }
    previous_ = QImage();
}

}  // namespace gumbel::ui
