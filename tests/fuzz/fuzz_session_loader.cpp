// libFuzzer target: the session loader must refuse anything invalid with a
// message, never crash, and whatever it accepts must be a valid state that
// saves and reloads to the same parameters.
#include <QByteArray>
#include <cstdint>
#include <cstdlib>

#include "ui/model/SessionFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto session = gumbel::ui::parseSession(bytes, "fuzz");
    if (!session) {
        if (session.error().empty()) std::abort();
        return 0;
    }
    if (!session->parameters.validate()) std::abort();
    const auto again = gumbel::ui::parseSession(gumbel::ui::serializeSession(session.value()), "fuzz");
    if (!again || !(again->parameters == session->parameters)) std::abort();
    return 0;
}
