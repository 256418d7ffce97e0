#pragma once

#include "Await.h"
#include "HistoryService.h"
#include "Message.h"
#include "ProfilePaths.h"

#include <QDateTime>
#include <QFuture>
#include <QSettings>
#include <QTemporaryDir>

namespace Natter::Test {

// A profile signed in as me@example.org (no password, so it stays offline) whose history the
// test fills directly through the stores, for the models that read it.
class ModelTestProfile
{
public:
    static inline const QString Me = QStringLiteral("me@example.org");

    ModelTestProfile()
    {
        ProfilePaths profile(m_dir.path());
        profile.ensureExists();
        QSettings(profile.settings(), QSettings::IniFormat)
            .setValue(QStringLiteral("account/jid"), Me);
        HistoryService history(profile.database());
        m_accountId = await(history.ensureAccount(Me));
    }

    bool isValid() const { return m_dir.isValid() && m_accountId > 0; }
    QString root() const { return m_dir.path(); }
    qint64 accountId() const { return m_accountId; }

    Message message(const QString &peer, Direction direction, const QString &body, qint64 at,
        const QString &id) const
    {
        Message m;
        m.accountId = m_accountId;
        m.peer = peer;
        m.direction = direction;
        m.sender = direction == Direction::Incoming ? peer : Me;
        m.body = body;
        m.timestamp = at;
        m.stanzaId = id;
        m.messageId = id;
        m.deliveryState
            = direction == Direction::Outgoing ? DeliveryState::Sent : DeliveryState::Delivered;
        m.read = direction == Direction::Outgoing;
        return m;
    }

    // A file as a message carries it: linked, not downloaded, with a thumbnail.
    static Attachment file(const QString &name, const QString &mimeType, qint64 size)
    {
        Attachment a;
        a.fileName = name;
        a.mimeType = mimeType;
        a.size = size;
        a.url = QStringLiteral("https://upload.example.org/f/") + name;
        a.width = mimeType.startsWith(QLatin1String("image/")) ? 4000 : 0;
        a.height = mimeType.startsWith(QLatin1String("image/")) ? 3000 : 0;
        a.thumbnail = QByteArray("\xff\xd8\xff\xe0 thumbnail", 15);
        a.thumbnailMimeType = QStringLiteral("image/jpeg");
        return a;
    }

private:
    QTemporaryDir m_dir;
    qint64 m_accountId = 0;
};

} // namespace Natter::Test
