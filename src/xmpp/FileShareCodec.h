#pragma once

#include "Attachment.h"

#include <QList>

class QXmppMessage;

namespace Natter {

// Files in a message stanza, both ways: stateless file sharing (XEP-0447) with its metadata
// (XEP-0446) and an inline thumbnail (XEP-0264 over XEP-0231 bits of binary), plus out-of-band
// data (XEP-0066) and the URL as body, so that every client can open what Natter sends.
class FileShareCodec
{
public:
    // Adds the files to the stanza; the first one's URL becomes the body.
    static void write(QXmppMessage &stanza, const QList<Attachment> &attachments);
    // The files a stanza carries, with every declared number checked against MediaLimits: what
    // is out of bounds becomes unknown, a thumbnail that is too big is left out, and a source
    // that is not http or https is ignored. A bare out-of-band URL makes a file too.
    static QList<Attachment> read(const QXmppMessage &stanza);
    // True when the body says nothing beyond the files' URLs, so the timeline need not show it.
    static bool bodyIsOnlyUrls(const QString &body, const QList<Attachment> &attachments);
};

} // namespace Natter
