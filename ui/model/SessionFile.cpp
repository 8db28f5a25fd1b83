#include "ui/model/SessionFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

namespace gumbel::ui {

namespace {

const char* kFormatName = "gumbel-explorer-session";

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null: return "null";
        case QJsonValue::Bool: return "a boolean";
        case QJsonValue::Double: return "a number";
        case QJsonValue::String: return "a string";
        case QJsonValue::Array: return "an array";
        case QJsonValue::Object: return "an object";
        default: return "nothing";
    }
}

// Reads fields of one JSON object, naming the path of anything wrong.
class Reader {
public:
    Reader(const QJsonObject& object, QString path) : object_(object), path_(std::move(path)) {}

    bool has(const char* key) const { return object_.contains(key); }
    QString where(const char* key) const { return path_.isEmpty() ? key : path_ + "." + key; }

    Result<double> number(const char* key) const {
        const QJsonValue v = object_.value(key);
        if (v.isUndefined()) return Error{(where(key) + ": missing").toStdString()};
        if (!v.isDouble()) return Error{(where(key) + ": expected a number, found " + typeName(v)).toStdString()};
        if (!std::isfinite(v.toDouble())) return Error{(where(key) + ": not a finite number").toStdString()};
        return v.toDouble();
    }
    Result<long long> integer(const char* key, long long lo, long long hi) const {
        const Result<double> v = number(key);
        if (!v) return Error{v.error()};
        if (std::floor(v.value()) != v.value()) {
            return Error{(where(key) + ": " + QString::number(v.value(), 'g', 17) + " is not a whole number").toStdString()};
        }
        if (v.value() < static_cast<double>(lo) || v.value() > static_cast<double>(hi)) {
            return Error{(where(key) + ": " + QString::number(v.value(), 'g', 17) + " is out of range (" +
                          QString::number(lo) + " to " + QString::number(hi) + ")")
                             .toStdString()};
        }
        return static_cast<long long>(v.value());
    }
    Result<QString> string(const char* key) const {
        const QJsonValue v = object_.value(key);
        if (v.isUndefined()) return Error{(where(key) + ": missing").toStdString()};
        if (!v.isString()) return Error{(where(key) + ": expected a string, found " + typeName(v)).toStdString()};
        return v.toString();
    }
    Result<bool> boolean(const char* key) const {
        const QJsonValue v = object_.value(key);
        if (v.isUndefined()) return Error{(where(key) + ": missing").toStdString()};
        if (!v.isBool()) return Error{(where(key) + ": expected true or false, found " + typeName(v)).toStdString()};
        return v.toBool();
    }
    Result<QJsonObject> object(const char* key) const {
        const QJsonValue v = object_.value(key);
        if (!v.isObject()) return Error{(where(key) + ": expected an object, found " + typeName(v)).toStdString()};
        return v.toObject();
    }
    Result<std::vector<double>> numbers(const char* key, int maxCount) const {
        const QJsonValue v = object_.value(key);
        if (!v.isArray()) return Error{(where(key) + ": expected an array of numbers, found " + typeName(v)).toStdString()};
        const QJsonArray array = v.toArray();
        if (array.size() > maxCount) {
            return Error{(where(key) + ": " + QString::number(array.size()) + " values, more than the limit of " +
                          QString::number(maxCount))
                             .toStdString()};
        }
        std::vector<double> out;
        for (int i = 0; i < array.size(); ++i) {
            if (!array[i].isDouble()) {
                return Error{(where(key) + "[" + QString::number(i) + "]: expected a number, found " + typeName(array[i])).toStdString()};
            }
            out.push_back(array[i].toDouble());
        }
        return out;
    }

private:
    QJsonObject object_;
    QString path_;
};

Preset presetFromName(const QString& name, bool* ok) {
    for (Preset p : {Preset::Uniform, Preset::Zipf, Preset::Geometric, Preset::Dirichlet, Preset::Peaked, Preset::Custom}) {
        if (presetName(p) == name) {
            *ok = true;
            return p;
        }
    }
    *ok = false;
    return Preset::Zipf;
}

// Version 0, the flat draft format: the same fields at the top level, the
// distribution as "name:parameter". Rewritten into version 1's layout.
Result<QJsonObject> migrateFromVersion0(const QJsonObject& old) {
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
    Reader top(root, "");
    if (root.value("format").toString() != kFormatName) {
        return fail("format: expected \"" + std::string(kFormatName) + "\"; this is not a Gumbel Explorer session");
    }
    const Result<long long> version = top.integer("version", 0, 1000000);
    if (!version) return fail(version.error());
    if (version.value() > SessionFormat::kVersion) {
        return fail("it was saved by a newer Gumbel Explorer (session version " + std::to_string(version.value()) +
                    "); this one reads versions " + std::to_string(SessionFormat::kOldestReadable) + " to " +
                    std::to_string(SessionFormat::kVersion) + ". Please update Gumbel Explorer to open it.");
    }
    if (version.value() == 0) {
        const Result<QJsonObject> migrated = migrateFromVersion0(root);
        if (!migrated) return fail(migrated.error());
        root = migrated.value();
    }
    const Reader file(root, "");
    const Result<QJsonObject> parametersObject = file.object("parameters");
    if (!parametersObject) return fail(parametersObject.error());
    const Reader params(parametersObject.value(), "parameters");
    Session session;
    ExplorerParameters& p = session.parameters;
    using L = ExplorerLimits;
    const Result<double> tau = params.number("tau");
    if (!tau) return fail(tau.error());
    p.tau = tau.value();
    const struct {
        const char* key;
        long long lo, hi;
        int* into;
    } ints[] = {{"k", L::kMinK, L::kMaxK, &p.k}, {"d", L::kMinD, L::kMaxD, &p.d}, {"m", 1, L::kMaxK, &p.m}};
    for (const auto& field : ints) {
        const Result<long long> v = params.integer(field.key, field.lo, field.hi);
        if (!v) return fail(v.error());
        *field.into = static_cast<int>(v.value());
    }
    const Result<long long> seed = params.integer("seed", 0, ExplorerLimits::kMaxSeed);
    if (!seed) return fail(seed.error());
    p.seed = static_cast<std::uint64_t>(seed.value());
    const Result<QString> method = params.string("method");
    if (!method) return fail(method.error());
    const Result<MHotMethod> parsedMethod = parseMHotMethod(method.value().left(40).toStdString());
    if (!parsedMethod) return fail("parameters.method: " + parsedMethod.error());
    p.method = parsedMethod.value();
    const Result<bool> hard = params.boolean("hard");
    if (!hard) return fail(hard.error());
    p.hard = hard.value();
    if (params.has("noise")) {  // sessions written before the "why Gumbel?" switch have Gumbel noise
        const Result<QString> noise = params.string("noise");
        if (!noise) return fail(noise.error());
        if (!parseNoiseKind(noise.value().left(40).toStdString().c_str(), p.noise)) {
            return fail("parameters.noise: unknown noise '" + noise.value().left(40).toStdString() +
                        "' (known: gumbel, gaussian, uniform, none)");
        }
    }
    if (params.has("logitTemperature")) {  // older sessions sample from p itself (T = 1)
        const Result<double> t = params.number("logitTemperature");
        if (!t) return fail(t.error());
        p.logitTemperature = t.value();
    }

    const Result<QJsonObject> distributionObject = params.object("distribution");
    if (!distributionObject) return fail(distributionObject.error());
    const Reader distribution(distributionObject.value(), "parameters.distribution");
    const Result<QString> preset = distribution.string("preset");
    if (!preset) return fail(preset.error());
    bool known = false;
    p.preset = presetFromName(preset.value(), &known);
    if (!known) return fail("parameters.distribution.preset: unknown preset '" + preset.value().left(40).toStdString() + "'");
    if (distribution.has("parameter")) {
        const Result<double> parameter = distribution.number("parameter");
        if (!parameter) return fail(parameter.error());
        p.presetParameter = parameter.value();
    }
    if (p.preset == Preset::Custom) {
        const Result<std::vector<double>> weights = distribution.numbers("weights", L::kMaxK);
        if (!weights) return fail(weights.error());
        p.customWeights = weights.value();
        if (static_cast<int>(p.customWeights.size()) != p.k) {
            return fail("parameters.distribution.weights: " + std::to_string(p.customWeights.size()) +
                        " weights, but parameters.k = " + std::to_string(p.k));
        }
    }
    if (root.contains("histograms")) {
        const Result<QJsonObject> histogramsObject = file.object("histograms");
        if (!histogramsObject) return fail(histogramsObject.error());
        const Reader histograms(histogramsObject.value(), "histograms");
        if (histograms.has("samples")) {
            const Result<long long> samples = histograms.integer("samples", L::kMinSamples, L::kMaxSamples);
            if (!samples) return fail(samples.error());
            p.samples = samples.value();
        }
        if (histograms.has("bins")) {
            const Result<long long> bins = histograms.integer("bins", L::kMinBins, L::kMaxBins);
            if (!bins) return fail(bins.error());
            p.bins = static_cast<int>(bins.value());
        }
        if (histograms.has("category")) {
            const Result<long long> category = histograms.integer("category", 0, p.k - 1);
            if (!category) return fail(category.error());
            p.category = static_cast<int>(category.value());
        }
    }
    if (root.contains("view")) {
        const Result<QString> view = file.string("view");
        if (!view) return fail(view.error());
        const std::optional<ViewId> id = viewNamed(view.value());
        if (!id) return fail("view: " + unknownViewMessage(view.value()));
        session.view = *id;
    }
    if (Status s = p.validate(); !s) return fail("parameters: " + s.error());
    if (root.contains("gradientLab")) {
        const Result<QJsonObject> labObject = file.object("gradientLab");
        if (!labObject) return fail(labObject.error());
        Result<GradientLabSettings> lab = GradientLabSettings::fromJson(labObject.value());
        if (!lab) return fail(lab.error());
        if (Status valid = lab->validate(p.k); !valid) return fail("gradientLab: " + valid.error());
        session.gradientLab = lab.value();
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
