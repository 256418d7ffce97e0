#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Natter {

// Where to PUT one file and where others will GET it (XEP-0363), or why there is no such place.
struct UploadSlot
{
    QUrl putUrl;
    QUrl getUrl;
    // Only the headers XEP-0363 lets the server ask for (Authorization, Cookie, Expires).
    QList<QPair<QByteArray, QByteArray>> putHeaders;
    QString error; // human text; empty when the slot was granted

    bool isValid() const { return error.isEmpty() && putUrl.isValid() && getUrl.isValid(); }
};

} // namespace Natter
