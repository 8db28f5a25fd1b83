#pragma once
// Reads the fields of one JSON object into variables, naming the path of anything wrong ("parameters.k: 0 is out
// of range (2 to 1000)"). The first problem is kept in a Problem shared by the readers of one file, and every read
// after it does nothing: a parser reads field after field and asks once, at the end, whether all went well,
// instead of checking every read (the session file and the gradient lab's settings are read this way).
#include <QJsonObject>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "core/Result.h"

namespace gumbel::ui {

class JsonReader {
public:
    using Problem = std::optional<std::string>;

    JsonReader(const QJsonObject& object, QString path, Problem& problem)
        : object_(object), path_(std::move(path)), problem_(&problem) {}

    bool ok() const { return !problem_->has_value(); }
    bool has(const char* key) const { return object_.contains(QLatin1String(key)); }
    QString where(const char* key) const { return path_.isEmpty() ? QString(key) : path_ + "." + key; }

    // The member object `key`; after a problem (or if it is not an object: a new problem) a reader of nothing.
    JsonReader object(const char* key) const;

    // Required fields: missing, or of the wrong type, is a problem. After a problem `into` stays as it was.
    void number(const char* key, double& into) const;  // finite
    void integer(const char* key, long long lo, long long hi, long long& into) const;
    void integer(const char* key, long long lo, long long hi, int& into) const;
    void string(const char* key, QString& into) const;
    void boolean(const char* key, bool& into) const;
    void numbers(const char* key, int maxCount, std::vector<double>& into) const;  // finite or not: checked later
    // A name from a fixed set: `parse(name)` gives the value or why not (the message follows "path.key: ").
    template <class T, class Parse>
    void choice(const char* key, T& into, Parse parse) const {
        QString name;
        string(key, name);
        if (!ok()) return;
        Result<T> parsed = parse(name.left(40));
        if (!parsed) return fail(key, parsed.error());
        into = std::move(parsed).value();
    }

    // Records a problem (if none yet): "path.key: what", or `whole` as it is.
    void fail(const char* key, const std::string& what) const;
    void fail(const std::string& whole) const;

private:
    QJsonValue valueOf(const char* key) const { return object_.value(QLatin1String(key)); }

    QJsonObject object_;
    QString path_;
    Problem* problem_;
};

}  // namespace gumbel::ui
