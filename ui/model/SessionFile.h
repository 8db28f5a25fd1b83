#pragma once
// Sessions: every parameter, the custom weights, the seed, the method, the
// chosen view, the histogram settings and the gradient lab's settings, as JSON with a schema version.
// Reopening reproduces the same G, V, S and histograms (same seed, same
// noise). Loading refuses a damaged, truncated, hostile or newer file with
// a message saying what is wrong and where; older versions are migrated.
// Saving writes a temporary file and renames it over the old one.
#include <QByteArray>
#include <QString>

#include "core/Result.h"
#include "ui/model/ExplorerParameters.h"
#include "ui/model/GradientLabSettings.h"
#include "ui/model/ViewTable.h"

namespace gumbel::ui {

struct Session {
    ExplorerParameters parameters;
    ViewId view = ViewId::Explorer;
    GradientLabSettings gradientLab;  // absent from older files: the defaults
};

struct SessionFormat {
    static constexpr int kVersion = 1;            // written by this program
    static constexpr int kOldestReadable = 0;     // the flat draft format, migrated on load
    static constexpr qint64 kMaxBytes = 1 << 20;  // 1 MiB: checked before reading
};

QByteArray serializeSession(const Session& session);
// name: the file name, for messages. Never throws; every problem is an Error.
Result<Session> parseSession(const QByteArray& bytes, const QString& name);

Status saveSession(const Session& session, const QString& path);
Result<Session> loadSession(const QString& path);

}  // namespace gumbel::ui
