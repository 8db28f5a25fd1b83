#include "ui/model/SessionFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

#include "ui/model/JsonReader.h"

namespace gumbel::ui {

namespace {

const char* kFormatName = "gumbel-explorer-session";

Result<Preset> presetNamed(const QString& name) {
    for (Preset p : {Preset::Uniform, Preset::Zipf, Preset::Geometric, Preset::Dirichlet, Preset::Peaked, Preset::Custom}) {
        if (presetName(p) == name) return p;
    }
    return Error{"unknown preset '" + name.toStdString() + "'"};
}

Result<NoiseKind> noiseNamed(const QString& name) {
    NoiseKind kind{};
    if (parseNoiseKind(name.toStdString().c_str(), kind)) return kind;
    return Error{"unknown noise '" + name.toStdString() + "' (known: gumbel, gaussian, uniform, none)"};
}

Result<ViewId> viewCalled(const QString& name) {
    if (const std::optional<ViewId> id = viewNamed(name)) return *id;
    return Error{unknownViewMessage(name)};
}

// Version 0, the flat draft format: the same fields at the top level, the
// distribution as "name:parameter". Rewritten into version 1's layout.
QJsonObject migrateFromVersion0(const QJsonObject& old) {
    QJsonObject distribution;
    const QString spec = old.value("distribution").toString("zipf");
    distribution["preset"] = spec.section(':', 0, 0);
    distribution["parameter"] = spec.contains(':') ? spec.section(':', 1).toDouble() : presetDefaultParameter(Preset::Zipf);
    if (old.contains("weights")) distribution["weights"] = old.value("weights");
    QJsonObject parameters;
    for (const char* key : {"tau", "k", "d", "m", "seed", "method", "hard"}) {
        if (old.contains(key)) parameters[key] = old.value(key);
    }
    parameters["distribution"] = distribution;
    QJsonObject histograms;
    for (const char* key : {"samples", "bins", "category"}) {
        if (old.contains(key)) histograms[key] = old.value(key);
    }
    QJsonObject current;
    current["format"] = kFormatName;
    current["version"] = SessionFormat::kVersion;
    current["parameters"] = parameters;
    current["histograms"] = histograms;
    current["view"] = old.value("view").toString("explorer");
    return current;
}

}  // namespace

QByteArray serializeSession(const Session& session) {
    const ExplorerParameters& p = session.parameters;
    QJsonObject distribution;
    distribution["preset"] = presetName(p.preset);
    distribution["parameter"] = p.presetParameter;
    if (p.preset == Preset::Custom) {
        QJsonArray weights;
        for (double w : p.customWeights) weights.append(w);
        distribution["weights"] = weights;
    }
    QJsonObject parameters;
    parameters["tau"] = p.tau;
    parameters["k"] = p.k;
    parameters["d"] = p.d;
    parameters["m"] = p.m;
    parameters["seed"] = static_cast<double>(p.seed);
    parameters["distribution"] = distribution;
    parameters["method"] = QString(methodName(p.method));
    parameters["hard"] = p.hard;
    parameters["noise"] = QString(noiseKindName(p.noise));
    parameters["logitTemperature"] = p.logitTemperature;
    QJsonObject histograms;
    histograms["samples"] = static_cast<double>(p.samples);
    histograms["bins"] = p.bins;
    histograms["category"] = p.category;
    QJsonObject root;
    root["format"] = kFormatName;
    root["version"] = SessionFormat::kVersion;
    root["parameters"] = parameters;
    root["histograms"] = histograms;
    root["view"] = viewName(session.view);
    root["gradientLab"] = session.gradientLab.toJson();
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Session> parseSession(const QByteArray& bytes, const QString& name) {
    const auto fail = [&name](const std::string& what) { return Error{name.toStdString() + ": " + what}; };
    if (bytes.size() > SessionFormat::kMaxBytes) {
        return fail("the file is " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                    std::to_string(SessionFormat::kMaxBytes) + " for a session");
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail("not valid JSON at byte " + std::to_string(error.offset) + ": " + error.errorString().toStdString() +
                    (bytes.isEmpty() ? " (the file is empty)" : ""));
    }
    if (!document.isObject()) return fail("expected a JSON object at the top level");
    QJsonObject root = document.object();
    if (root.value("format").toString() != kFormatName) {
        return fail("format: expected \"" + std::string(kFormatName) + "\"; this is not a Gumbel Explorer session");
    }
    JsonReader::Problem problem;
    long long version = 0;
    JsonReader(root, "", problem).integer("version", 0, 1000000, version);
    if (problem) return fail(*problem);
    if (version > SessionFormat::kVersion) {
        return fail("it was saved by a newer Gumbel Explorer (session version " + std::to_string(version) +
                    "); this one reads versions " + std::to_string(SessionFormat::kOldestReadable) + " to " +
                    std::to_string(SessionFormat::kVersion) + ". Please update Gumbel Explorer to open it.");
    }
    if (version == 0) root = migrateFromVersion0(root);

    // Field after field; the first problem is the one reported.
    const JsonReader file(root, "", problem);
    const JsonReader params = file.object("parameters");
    Session session;
    ExplorerParameters& p = session.parameters;
    using L = ExplorerLimits;
    params.number("tau", p.tau);
    params.integer("k", L::kMinK, L::kMaxK, p.k);
    params.integer("d", L::kMinD, L::kMaxD, p.d);
    params.integer("m", 1, L::kMaxK, p.m);
    long long seed = 0;
    params.integer("seed", 0, L::kMaxSeed, seed);
    p.seed = static_cast<std::uint64_t>(seed);
    params.choice("method", p.method, [](const QString& name) { return parseMHotMethod(name.toStdString()); });
    params.boolean("hard", p.hard);
    if (params.has("noise")) params.choice("noise", p.noise, noiseNamed);  // older sessions: Gumbel noise
    if (params.has("logitTemperature")) params.number("logitTemperature", p.logitTemperature);  // older: T = 1

    const JsonReader distribution = params.object("distribution");
    distribution.choice("preset", p.preset, presetNamed);
    if (distribution.has("parameter")) distribution.number("parameter", p.presetParameter);
    if (distribution.ok() && p.preset == Preset::Custom) {
        distribution.numbers("weights", L::kMaxK, p.customWeights);
        if (distribution.ok() && static_cast<int>(p.customWeights.size()) != p.k) {
            distribution.fail("weights", std::to_string(p.customWeights.size()) + " weights, but parameters.k = " +
                                             std::to_string(p.k));
        }
    }
    if (file.ok() && root.contains("histograms")) {
        const JsonReader histograms = file.object("histograms");
        if (histograms.has("samples")) histograms.integer("samples", L::kMinSamples, L::kMaxSamples, p.samples);
        if (histograms.has("bins")) histograms.integer("bins", L::kMinBins, L::kMaxBins, p.bins);
        if (histograms.has("category")) histograms.integer("category", 0, p.k - 1, p.category);
    }
    if (root.contains("view")) file.choice("view", session.view, viewCalled);
    if (problem) return fail(*problem);

    if (Status s = p.validate(); !s) return fail("parameters: " + s.error());
    if (root.contains("gradientLab")) {
        file.object("gradientLab");  // an object, or a problem
        if (problem) return fail(*problem);
        Result<GradientLabSettings> settings = GradientLabSettings::fromJson(root.value("gradientLab").toObject());
        if (!settings) return fail(settings.error());
        if (Status valid = settings->validate(p.k); !valid) return fail("gradientLab: " + valid.error());
        session.gradientLab = settings.value();
    }
    return session;
}

Status saveSession(const Session& session, const QString& path) {
    // QSaveFile writes a temporary file beside the target and renames it on commit.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return Error{(path + ": cannot write: " + file.errorString()).toStdString()};
    const QByteArray bytes = serializeSession(session);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{(path + ": write failed: " + file.errorString()).toStdString()};
    }
    if (!file.commit()) return Error{(path + ": could not finish writing: " + file.errorString()).toStdString()};
    return {};
}

Result<Session> loadSession(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) return Error{(path + ": no such file").toStdString()};
    if (info.isDir()) return Error{(path + ": is a folder, not a session file").toStdString()};
    if (info.size() > SessionFormat::kMaxBytes) {
        return Error{(path + ": the file is " + QString::number(info.size()) + " bytes, more than the limit of " +
                      QString::number(SessionFormat::kMaxBytes) + " for a session")
                         .toStdString()};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return Error{(path + ": cannot read: " + file.errorString()).toStdString()};
    return parseSession(file.read(SessionFormat::kMaxBytes + 1), info.fileName());
}

}  // namespace gumbel::ui
