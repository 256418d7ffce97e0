#pragma once

#include <QString>

namespace Natter {

// How far the person has read one chat, on any of their devices (XEP-0490): the stanza-id of
// the last message displayed, as stamped by `by` (our own archive one-to-one, the room in a
// group).
struct DisplayedPoint
{
    QString chat; // the chat's bare JID
    QString stanzaId;
    QString by;

    bool operator==(const DisplayedPoint &) const = default;
};

} // namespace Natter
