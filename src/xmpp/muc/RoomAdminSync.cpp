#include "RoomAdminSync.h"

#include "RoomRequest.h"
#include "Session.h"

#include <QCoreApplication>
#include <QPromise>
#include <QXmlStreamWriter>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>
#include <QXmppVCardIq.h>

#include <memory>

namespace Natter {

namespace {
const QString NsMucOwner = QStringLiteral("http://jabber.org/protocol/muc#owner");

// <query xmlns='…muc#owner'><destroy><reason/></destroy></query> (XEP-0045 §10.9), which
// QXmppMucOwnerIq cannot carry.
class DestroyIq : public QXmppIq
{
public:
    DestroyIq(const QString &room, const QString &reason)
        : m_reason(reason)
    {
        setType(QXmppIq::Set);
        setTo(room);
    }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(NsMucOwner);
        writer->writeStartElement(QStringLiteral("destroy"));
        if (!m_reason.isEmpty())
            writer->writeTextElement(QStringLiteral("reason"), m_reason);
        writer->writeEndElement();
        writer->writeEndElement();
    }

private:
    QString m_reason;
};

QFuture<QString> errorOf(QFuture<RoomAnswer> answer)
{
    return answer.then([](const RoomAnswer &a) { return a.error; });
}

QFuture<QString> ready(const QString &error)
{
    return QtFuture::makeReadyFuture(error);
}
} // namespace

RoomAdminSync::RoomAdminSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QFuture<QString> RoomAdminSync::rename(const QString &room, const QString &name)
{
    return configure(
        room, { { QStringLiteral("muc#roomconfig_roomname"), name.left(MaxNameLength) } });
}

QFuture<QString> RoomAdminSync::setDescription(const QString &room, const QString &description)
{
    return configure(room,
        { { QStringLiteral("muc#roomconfig_roomdesc"), description.left(MaxDescriptionLength) } });
}

QFuture<QString> RoomAdminSync::configure(const QString &room, const QVariantHash &values)
{
    QXmppMucOwnerIq request;
    request.setType(QXmppIq::Get);
    request.setTo(room);
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    auto finish = [promise](const QString &error) {
        promise->addResult(error);
        promise->finish();
    };
    askRoom(m_session, this, std::move(request))
        .then(this, [this, room, values, finish](const RoomAnswer &current) {
            if (!current.error.isEmpty())
                return finish(current.error);
            QXmppMucOwnerIq answer;
            answer.parse(current.reply);
            QXmppDataForm form = answer.form();
            QList<QXmppDataForm::Field> fields = form.fields();
            int changed = 0;
            for (QXmppDataForm::Field &field : fields) {
                if (const auto it = values.constFind(field.key()); it != values.cend()) {
                    field.setValue(*it);
                    ++changed;
                }
            }
            if (changed < values.size())
                return finish(QCoreApplication::translate(
                    "RoomAdminSync", "The group's server does not offer that."));
            form.setFields(fields);
            form.setType(QXmppDataForm::Submit);
            QXmppMucOwnerIq submit;
            submit.setType(QXmppIq::Set);
            submit.setTo(room);
            submit.setForm(form);
            errorOf(askRoom(m_session, this, std::move(submit))).then(this, finish);
        });
    return promise->future();
}

QFuture<QString> RoomAdminSync::destroy(const QString &room, const QString &reason)
{
    return errorOf(askRoom(m_session, this, DestroyIq(room, reason.left(MaxDescriptionLength))));
}

QFuture<QString> RoomAdminSync::setAvatar(const QString &room, const QByteArray &png)
{
    if (png.size() > MaxAvatarBytes)
        return ready(
            QCoreApplication::translate("RoomAdminSync", "That picture is too large for a group."));
    QXmppVCardIq vcard;
    vcard.setType(QXmppIq::Set);
    vcard.setTo(room);
    vcard.setPhoto(png);
    if (!png.isEmpty())
        vcard.setPhotoType(QStringLiteral("image/png"));
    return errorOf(askRoom(m_session, this, std::move(vcard)));
}

QFuture<QByteArray> RoomAdminSync::avatar(const QString &room)
{
    QXmppVCardIq query(room);
    query.setType(QXmppIq::Get);
    return askRoom(m_session, this, std::move(query)).then([](const RoomAnswer &answer) {
        if (!answer.error.isEmpty())
            return QByteArray();
        QXmppVCardIq vcard;
        vcard.parse(answer.reply);
        const QByteArray photo = vcard.photo();
        return photo.size() > MaxAvatarBytes ? QByteArray() : photo;
    });
}

} // namespace Natter
