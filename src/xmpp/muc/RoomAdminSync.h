#pragma once

#include <QFuture>
#include <QObject>
#include <QVariantHash>

namespace Natter {

class Session;

// What an owner changes in a room beyond its memberships: its name and description (the room
// configuration form, XEP-0045 §10.2), its picture (a vCard on the room, XEP-0486), and
// destroying it (§10.9). Each future ends with an empty string, or the refusal in words.
class RoomAdminSync : public QObject
{
    Q_OBJECT

public:
    // A room's picture, in bytes, at most: what AvatarCache::MaxBytes takes from a contact.
    static constexpr qint64 MaxAvatarBytes = qint64 { 1024 } * 1024;
    // What we send as a room's name or description, at most (ejabberd's own limits are larger).
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxDescriptionLength = 1024;

    explicit RoomAdminSync(Session *session, QObject *parent = nullptr);

    QFuture<QString> rename(const QString &room, const QString &name);
    QFuture<QString> setDescription(const QString &room, const QString &description);
    // Changes the fields named in values and leaves every other as the room has it.
    QFuture<QString> configure(const QString &room, const QVariantHash &values);
    // Ends the room for everyone, with reason shown to them.
    QFuture<QString> destroy(const QString &room, const QString &reason);
    // Sets the room's picture (PNG bytes, at most MaxAvatarBytes); empty bytes remove it.
    QFuture<QString> setAvatar(const QString &room, const QByteArray &png);
    // The room's picture, or empty when it has none, would not say, or is too large.
    QFuture<QByteArray> avatar(const QString &room);

private:
    Session *m_session;
};

} // namespace Natter
