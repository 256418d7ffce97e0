#include "CorrectionRule.h"

namespace Natter {

CorrectionRule::Verdict CorrectionRule::judge(const Message &original, const Message &correction)
{
    if (original.id == 0 || original.kind != MessageKind::Chat || original.correctsId != 0)
        return Verdict::NotAMessage;
    if (original.chatId != correction.chatId || original.direction != correction.direction)
        return Verdict::OtherAuthor;
    // Ours in both directions is ours from any of our devices: a room shows our own messages
    // under our nickname with an occupant id, this device stores them without.
    if (original.direction == Direction::Incoming) {
        // In a group the occupant id (or real JID) is who the author is; the nickname alone is
        // only a name another occupant can take once the author left.
        if (!original.senderId.isEmpty() ? correction.senderId != original.senderId
                                         : correction.sender != original.sender)
            return Verdict::OtherAuthor;
    }
    if (!correction.attachments.isEmpty())
        return Verdict::AddsFile;
    if (correction.body.trimmed().isEmpty())
        return Verdict::Empty;
    return Verdict::Allowed;
}

bool CorrectionRule::mayEdit(const Message &original, qint64 nowMs)
{
    return original.id != 0 && original.kind == MessageKind::Chat && original.correctsId == 0
        && original.direction == Direction::Outgoing
        && original.attachments.isEmpty()
        // A failed message never reached anyone: there is nothing out there to correct.
        && original.deliveryState != DeliveryState::Failed && !original.body.isEmpty()
        && nowMs - original.timestamp <= EditWindowMs;
}

} // namespace Natter
