#pragma once

#include <QSize>
#include <QString>

namespace Natter {

// An image file ready to upload, written by OutgoingImage.
struct PreparedImage
{
    QString path; // where it was written; empty on failure
    QString mimeType;
    QSize size; // as shown, after the EXIF orientation
    QString error; // human text on failure

    bool isValid() const { return !path.isEmpty(); }
};

} // namespace Natter
