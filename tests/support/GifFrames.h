#pragma once
// Reads an animated GIF back with giflib, as a player shows it: every frame composed over the previous ones
// (the writer's frames leave what they do not cover in place), with its delay and the file's loop flag.
#include <gif_lib.h>

#include <QImage>
#include <QString>
#include <vector>

namespace gumbel::test {

struct GifFrames {
    QString error;  // empty when the file was read
    QSize size;
    std::vector<QImage> frames;  // RGB32, whole canvas
    std::vector<int> delaysCs;
    bool loopsForever = false;
};

inline GifFrames readGif(const QString& path) {
    GifFrames out;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(path.toLocal8Bit().constData(), &error);
    if (gif == nullptr) {
        out.error = QString("cannot open: %1").arg(GifErrorString(error));
        return out;
    }
    if (DGifSlurp(gif) != GIF_OK) {
        out.error = QString("cannot read: %1").arg(GifErrorString(gif->Error));
        DGifCloseFile(gif, &error);
        return out;
    }
    out.size = QSize(gif->SWidth, gif->SHeight);
    QImage canvas(out.size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        for (int e = 0; e < image.ExtensionBlockCount; ++e) {
            const ExtensionBlock& block = image.ExtensionBlocks[e];
            if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
                QByteArray(reinterpret_cast<const char*>(block.Bytes), 11) == "NETSCAPE2.0" && e + 1 < image.ExtensionBlockCount) {
                const ExtensionBlock& data = image.ExtensionBlocks[e + 1];
                out.loopsForever = data.ByteCount == 3 && data.Bytes[0] == 1 && data.Bytes[1] == 0 && data.Bytes[2] == 0;
            }
        }
        GraphicsControlBlock control{};
        out.delaysCs.push_back(DGifSavedExtensionToGCB(gif, i, &control) == GIF_OK ? control.DelayTime : -1);
        const GifImageDesc& d = image.ImageDesc;
        const ColorMapObject* map = d.ColorMap != nullptr ? d.ColorMap : gif->SColorMap;
        if (map == nullptr) {
            out.error = QString("frame %1 has no colour table").arg(i);
            break;
        }
        for (int y = 0; y < d.Height; ++y) {
            auto* line = reinterpret_cast<QRgb*>(canvas.scanLine(d.Top + y));
            for (int x = 0; x < d.Width; ++x) {
                const GifColorType c = map->Colors[image.RasterBits[y * d.Width + x]];
                line[d.Left + x] = qRgb(c.Red, c.Green, c.Blue);
            }
        }
        out.frames.push_back(canvas.copy());
    }
    DGifCloseFile(gif, &error);
    return out;
}

}  // namespace gumbel::test
