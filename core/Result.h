#pragma once
// A value or a human-readable error ([[nodiscard]]: ignoring one is a compiler warning). The engine reports every bad input
// through this type; nothing throws past the core API.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace gumbel {

struct Error {
    std::string message;
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : error_(std::move(error.message)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    // The value; asking for it when there is none is a programming error that stops the program with the
    // message (never undefined behaviour).
    const T& value() const& { return require(), *value_; }
    T& value() & { return require(), *value_; }
    T&& value() && { return require(), std::move(*value_); }
    const T* operator->() const { return require(), &*value_; }
    T* operator->() { return require(), &*value_; }
    const T& operator*() const& { return require(), *value_; }
    T& operator*() & { return require(), *value_; }
    const std::string& error() const { return error_; }

private:
    void require() const {
        if (!value_) {
            std::fprintf(stderr, "gumbel: Result::value() called on an error: %s\n", error_.c_str());
            std::abort();
        }
    }

    std::optional<T> value_;
    std::string error_;
};

// Result<void>: success or an error message.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error.message)), failed_(true) {}  // NOLINT
    static Status success() { return {}; }
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return error_; }

private:
    std::string error_;
    bool failed_ = false;
};

}  // namespace gumbel
