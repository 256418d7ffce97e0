#pragma once

#include "Message.h"

#include <QString>

class QXmppMessage;

namespace Natter {

// XEP-0461 message replies, with the quote for other clients marked per XEP-0428.
class ReplyCodec
{
public:
    // An id or address longer than this is not one a client made; the reply is ignored.
    static constexpr int MaxRefLength = 256;
    static constexpr int MaxAuthorLength = 3071; // RFC 7622: the longest JID

    // Reads <reply/> into message.replyRef and replyAuthor, and removes from message.body the
    // quote that <fallback for='urn:xmpp:reply:0'/> marks. Without a marker the body stays.
    static void read(const QXmppMessage &stanza, Message &message);
    // Writes message.replyRef/replyAuthor as <reply/>, puts message.replyQuote before the body
    // and marks it as the reply's fallback; the body alone when the message answers nothing.
    static void write(QXmppMessage &stanza, const Message &message);

    // Mention references (code points of the body as sent) moved to the body read() leaves;
    // those inside the quote are dropped.
    static QList<Mention> shifted(const QList<Mention> &references, const QXmppMessage &stanza);
    // Our mentions (UTF-16 ranges of message.body) moved to the body write() sends.
    static QList<Mention> shifted(const QList<Mention> &mentions, const Message &message);

    // The body without the code points [start, end) (XEP-0426), clamped to the body; a range
    // that does not fit or is empty removes nothing.
    static QString withoutRange(const QString &body, qint64 start, qint64 end);
};

} // namespace Natter
