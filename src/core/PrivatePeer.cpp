#include "PrivatePeer.h"

#include <QCoreApplication>

namespace Natter::PrivatePeer {

namespace {
// One line, at most max characters: an ellipsis marks a cut.
QString oneLine(const QString &text, int max)
{
    QString line = text.simplified();
    if (line.size() > max)
        line = line.left(max - 1) + u'…';
    return line;
}
} // namespace

QString make(const QString &room, const QString &nick)
{
    if (room.isEmpty() || nick.isEmpty() || room.contains(u'/') || !room.contains(u'@'))
        return {};
    return room.toLower() + u'/' + nick;
}

bool isPrivate(const QString &peer)
{
    const qsizetype slash = peer.indexOf(u'/');
    const qsizetype at = peer.indexOf(u'@');
    return at > 0 && slash > at + 1 && slash < peer.size() - 1;
}

QString room(const QString &peer)
{
    return isPrivate(peer) ? peer.left(peer.indexOf(u'/')) : QString();
}

QString nick(const QString &peer)
{
    return isPrivate(peer) ? peer.mid(peer.indexOf(u'/') + 1) : QString();
}

QString title(const QString &nick, const QString &roomName)
{
    return QCoreApplication::translate("Natter::PrivatePeer", "%1 (%2)",
        "a private message's title: the nickname, then the group it came through")
        .arg(oneLine(nick, MaxNickChars), oneLine(roomName, MaxRoomChars));
}

} // namespace Natter::PrivatePeer
