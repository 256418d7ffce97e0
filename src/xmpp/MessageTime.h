#pragma once

#include <QtGlobal>

namespace Natter {

// When a live message happened, by the only clocks we trust: ours, and what we know of when we
// were away. A <delay> is written by whoever sends the stanza, and a stranger can claim
// from='our server' as well (a server keeps a delay it finds rather than adding its own), so a
// claimed stamp may only make a message EARLIER than its receipt, and only as far back as it can
// really have waited for us:
//  - no claim, or a claim later than receipt: the receipt time (now);
//  - a claim before we last went offline (less ClockSkewMs): that moment, since a message that
//    old would have reached us live;
//  - never more than MaxWaitMs before receipt, for when we do not know when we went offline.
// Archive results do not pass here: the archive's own stamp is the server's receipt time.
class MessageTime
{
public:
    // Our clock and the server's may differ this much; offline storage stamps by the server's.
    static constexpr qint64 ClockSkewMs = qint64 { 5 } * 60 * 1000;
    // Longer than offline storage normally holds a message; a stamp further back would bury the
    // message deep in old history, where nobody looks.
    static constexpr qint64 MaxWaitMs = qint64(30) * 24 * 60 * 60 * 1000;

    // claimedMs: the stanza's <delay> stamp, 0 when it has none (or an unreadable one).
    // offlineSinceMs: when the previous connection ended, 0 when not known.
    static qint64 live(qint64 claimedMs, qint64 receivedMs, qint64 offlineSinceMs);
};

} // namespace Natter
