#include "Replies.h"

#include "Jid.h"

#include <QCoreApplication>

namespace Natter::Replies {

namespace {
QString oneLine(const QString &text, int max)
{
    QString line = text.simplified();
    if (line.size() <= max)
        return line;
    line.truncate(max - 1);
    if (!line.isEmpty() && line.back().isHighSurrogate())
        line.chop(1);
    return line.trimmed() + QChar(0x2026);
}
} // namespace

bool address(Message &reply, const Message &original, bool group)
{
    if (original.id == 0 || original.chatId != reply.chatId || original.kind != MessageKind::Chat)
        return false;
    const QString ref = group
        ? original.stanzaId
        : (original.originId.isEmpty() ? original.messageId : original.originId);
    if (ref.isEmpty())
        return false;
    reply.replyToId = original.id;
    reply.replyRef = ref;
    // Our own group messages are stored under our address, not our nickname: 'to' is optional.
    const bool ownInGroup = group && original.direction == Direction::Outgoing;
    const bool byNick = group && !ownInGroup;
    reply.replyAuthor = byNick ? reply.peer + QLatin1Char('/') + original.sender
        : ownInGroup           ? QString()
                               : original.sender;
    const QString author
        = byNick ? original.sender : original.sender.section(QLatin1Char('@'), 0, 0);
    reply.replyQuote = quote(author, excerpt(original));
    return true;
}

QString excerpt(const Message &original)
{
    if (!original.body.trimmed().isEmpty())
        return oneLine(original.body, MaxExcerptLength);
    if (!original.attachments.isEmpty()) {
        const Attachment &file = original.attachments.first();
        if (file.mimeType.startsWith(QLatin1String("image/")))
            return QCoreApplication::translate("Replies", "Photo");
        return oneLine(file.fileName, MaxExcerptLength);
    }
    return {};
}

QString quote(const QString &author, const QString &excerpt)
{
    return QStringLiteral("> %1: %2\n").arg(oneLine(author, MaxExcerptLength), excerpt);
}

} // namespace Natter::Replies
