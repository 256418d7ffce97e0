#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace Natter {

// A small inline preview for a message (XEP-0264, carried as Bits of Binary).
struct Thumbnail
{
    QByteArray bytes;
    QString mimeType; // image/jpeg, or image/png when the source has transparency
    QSize size;
    QString error; // human text when bytes is empty

    bool isValid() const { return !bytes.isEmpty(); }
};

} // namespace Natter
