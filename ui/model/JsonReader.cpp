#include "ui/model/JsonReader.h"

#include <QJsonArray>
#include <cmath>

namespace gumbel::ui {

namespace {
std::string typeName(const QJsonValue& v) {
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
std::string numberText(double v) { return QString::number(v, 'g', 17).toStdString(); }
}  // namespace

void JsonReader::fail(const char* key, const std::string& what) const { fail(where(key).toStdString() + ": " + what); }

void JsonReader::fail(const std::string& whole) const {
    if (ok()) *problem_ = whole;
}

JsonReader JsonReader::object(const char* key) const {
    const QJsonValue v = valueOf(key);
    if (ok() && !v.isObject()) fail(key, "expected an object, found " + typeName(v));
    return JsonReader(ok() ? v.toObject() : QJsonObject(), where(key), *problem_);
}

void JsonReader::number(const char* key, double& into) const {
    if (!ok()) return;
    const QJsonValue v = valueOf(key);
    if (v.isUndefined()) return fail(key, "missing");
    if (!v.isDouble()) return fail(key, "expected a number, found " + typeName(v));
    if (!std::isfinite(v.toDouble())) return fail(key, "not a finite number");
    into = v.toDouble();
}

void JsonReader::integer(const char* key, long long lo, long long hi, long long& into) const {
    double v = 0.0;
    number(key, v);
    if (!ok()) return;
    if (std::floor(v) != v) return fail(key, numberText(v) + " is not a whole number");
    if (v < static_cast<double>(lo) || v > static_cast<double>(hi)) {
        return fail(key, numberText(v) + " is out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
    }
    into = static_cast<long long>(v);
}

void JsonReader::integer(const char* key, long long lo, long long hi, int& into) const {
    long long v = into;
    integer(key, lo, hi, v);
    if (ok()) into = static_cast<int>(v);  // the callers' ranges lie within int's
}

void JsonReader::string(const char* key, QString& into) const {
    if (!ok()) return;
    const QJsonValue v = valueOf(key);
    if (v.isUndefined()) return fail(key, "missing");
    if (!v.isString()) return fail(key, "expected a string, found " + typeName(v));
    into = v.toString();
}

void JsonReader::boolean(const char* key, bool& into) const {
    if (!ok()) return;
    const QJsonValue v = valueOf(key);
    if (v.isUndefined()) return fail(key, "missing");
    if (!v.isBool()) return fail(key, "expected true or false, found " + typeName(v));
    into = v.toBool();
}

void JsonReader::numbers(const char* key, int maxCount, std::vector<double>& into) const {
    if (!ok()) return;
    const QJsonValue v = valueOf(key);
    if (!v.isArray()) return fail(key, "expected an array of numbers, found " + typeName(v));
    const QJsonArray array = v.toArray();
    if (array.size() > maxCount) {
        return fail(key, std::to_string(array.size()) + " values, more than the limit of " + std::to_string(maxCount));
    }
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(array.size()));
    for (int i = 0; i < array.size(); ++i) {
        if (!array[i].isDouble()) {
            return fail(where(key).toStdString() + "[" + std::to_string(i) + "]: expected a number, found " +
                        typeName(array[i]));
        }
        out.push_back(array[i].toDouble());
    }
    into = std::move(out);
}

}  // namespace gumbel::ui
