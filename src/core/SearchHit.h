#pragma once

#include "Message.h"

#include <QString>

namespace Natter {

// One full-text search result. The snippet is plain, untrusted text in which each match sits
// between SearchHit::MatchStart and SearchHit::MatchEnd; the UI escapes it before adding markup.
struct SearchHit
{
    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);

    Message message;
    QString snippet;
    bool inAttachment = false; // the match is in an attachment's file name, not the body
};

} // namespace Natter
