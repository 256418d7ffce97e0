#pragma once

#include <QString>

namespace Natter {

// What a contact declares about their avatar (XEP-0084 metadata), before any byte is fetched.
struct AvatarInfo
{
    QString hash; // SHA-1 of the image, hex; empty: no avatar
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    QString type;
};

} // namespace Natter
