#pragma once

#include <QString>

namespace Natter {

// The profile of the media chat benchmark: an account with a chat of 52 photos (half of them
// downloaded into the profile's media folder, half only a thumbnail) and two chats of text,
// written through Natter's own history API.
class MediaChatProfile
{
public:
    static constexpr int Photos = 52;
    static const QString &accountJid();
    static const QString &photoPeer();

    // Writes a new profile into dir (which must not hold one yet); false with a line on stderr.
    static bool create(const QString &dir);
    // Copies the profile at from into the empty folder to, the downloaded files pointing into
    // the copy's own media folder.
    static bool copy(const QString &from, const QString &to);
};

} // namespace Natter
