#pragma once

#include "Message.h"

namespace Natter {

// XEP-0308: who may replace which message's text with what. A plain rule, so that each forged
// case has a unit test; the writer applies it before a correction touches the original.
class CorrectionRule
{
public:
    enum class Verdict {
        Allowed,
        NotAMessage, // the original is a system line, or itself a correction
        OtherAuthor, // another direction, sender or occupant than the original's
        AddsFile, // a correction may not turn text into a file
        Empty, // no text left: that is a retraction, not a correction
    };

    // A correction's id names at most this many characters; real ids are far shorter.
    static constexpr int MaxRefLength = 256;

    static Verdict judge(const Message &original, const Message &correction);
    // Whether we may still edit a message of ours sent at sentMs, at nowMs.
    static bool mayEdit(const Message &original, qint64 nowMs);
    // How long after sending a message of ours can still be edited.
    static constexpr qint64 EditWindowMs = qint64 { 15 } * 60 * 1000;
};

} // namespace Natter
