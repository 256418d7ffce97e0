#include "MucOwnerSync.h"

#include "MucStanzas.h"
#include "RoomRequest.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QPromise>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include <memory>

namespace Natter {

namespace {
// Bounds on what a room says of itself; a SHA-1 in hex is 40 characters.
constexpr int MaxInfoTextLength = 1024;
constexpr int MaxHashLength = 64;

template <typename T> QFuture<T> readyFuture(const T &value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(value);
    promise.finish();
    return promise.future();
}

QXmppMucItem::Affiliation toQxmpp(MucAffiliation affiliation)
{
    switch (affiliation) {
    case MucAffiliation::Outcast:
        return QXmppMucItem::OutcastAffiliation;
    case MucAffiliation::Member:
        return QXmppMucItem::MemberAffiliation;
    case MucAffiliation::Admin:
        return QXmppMucItem::AdminAffiliation;
    case MucAffiliation::Owner:
        return QXmppMucItem::OwnerAffiliation;
    case MucAffiliation::None:
        break;
    }
    return QXmppMucItem::NoAffiliation;
}

// The room's extended disco#info (XEP-0045 §15.5.4, XEP-0486); untrusted, cut to size.
void readExtendedInfo(const QXmppDataForm &form, RoomInfo &info)
{
    for (const QXmppDataForm::Field &field : form.fields()) {
        const QString key = field.key();
        if (key == u"muc#roominfo_description")
            info.description = field.value().toString().left(MaxInfoTextLength);
        else if (key == u"muc#roominfo_avatarhash") {
            const QVariant value = field.value();
            const QString hash = value.typeId() == QMetaType::QStringList
                ? value.toStringList().value(0)
                : value.toString();
            info.avatarHash = hash.left(MaxHashLength);
        } else if (key == u"muc#roominfo_changesubject")
            info.subjectChangeable = field.value().toBool() || field.value().toString() == u"1"
                || field.value().toString() == u"true";
    }
}

// The values a private group needs, by the field names of XEP-0045 §10.2 and ejabberd's own
// archive switch; a field the room does not offer is left as the room has it.
void makePrivate(QXmppDataForm &form, const QString &name)
{
    QList<QXmppDataForm::Field> fields = form.fields();
    for (QXmppDataForm::Field &field : fields) {
        const QString key = field.key();
        if (key == u"muc#roomconfig_roomname")
            field.setValue(name);
        else if (key == u"muc#roomconfig_persistentroom" || key == u"muc#roomconfig_membersonly"
            || key == u"mam" || key == u"muc#roomconfig_enablearchiving")
            field.setValue(true);
        else if (key == u"muc#roomconfig_publicroom")
            field.setValue(false);
        else if (key == u"muc#roomconfig_whois")
            field.setValue(QStringLiteral("anyone"));
    }
    form.setFields(fields);
    form.setType(QXmppDataForm::Submit);
}
} // namespace

MucOwnerSync::MucOwnerSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QFuture<QString> MucOwnerSync::discoverService()
{
    QXmppDiscoveryIq query;
    query.setQueryType(QXmppDiscoveryIq::ItemsQuery);
    query.setTo(m_session->settings().jid.domain());
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    m_session->client()->sendIq(std::move(query)).then(this, [this, promise](auto result) {
        QStringList items;
        if (const auto *element = std::get_if<QDomElement>(&result)) {
            QXmppDiscoveryIq answer;
            answer.parse(*element);
            for (const auto &item : answer.items()) {
                if (items.size() < MaxServiceCandidates && !item.jid().isEmpty())
                    items.append(item.jid());
            }
        }
        findConferenceAmong(items).then(this, [promise](const QString &service) {
            promise->addResult(service);
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<QString> MucOwnerSync::findConferenceAmong(const QStringList &items)
{
    if (items.isEmpty())
        return readyFuture(QString());
    // Asked together; the first item in the server's order that hosts groups wins.
    struct Search
    {
        QPromise<QString> promise;
        QList<bool> hosts;
        int pending = 0;
    };
    auto search = std::make_shared<Search>();
    search->promise.start();
    search->hosts.fill(false, items.size());
    search->pending = int(items.size());
    for (int i = 0; i < items.size(); ++i) {
        QXmppDiscoveryIq query;
        query.setQueryType(QXmppDiscoveryIq::InfoQuery);
        query.setTo(items.at(i));
        m_session->client()->sendIq(std::move(query)).then(this, [search, items, i](auto result) {
            if (const auto *element = std::get_if<QDomElement>(&result)) {
                QXmppDiscoveryIq answer;
                answer.parse(*element);
                for (const auto &identity : answer.identities()) {
                    if (identity.category() == u"conference" && identity.type() == u"text")
                        search->hosts[i] = true;
                }
            }
            if (--search->pending > 0)
                return;
            const qsizetype found = search->hosts.indexOf(true);
            search->promise.addResult(found >= 0 ? items.at(found) : QString());
            search->promise.finish();
        });
    }
    return search->promise.future();
}

QFuture<bool> MucOwnerSync::configurePrivateGroup(const QString &room, const QString &name)
{
    QXmppMucOwnerIq request;
    request.setType(QXmppIq::Get);
    request.setTo(room);
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_session->client()->sendIq(std::move(request)).then(this, [this, promise, room, name](auto r) {
        const auto *element = std::get_if<QDomElement>(&r);
        if (!element) {
            promise->addResult(false);
            promise->finish();
            return;
        }
        QXmppMucOwnerIq answer;
        answer.parse(*element);
        QXmppDataForm form = answer.form();
        makePrivate(form, name);
        QXmppMucOwnerIq submit;
        submit.setType(QXmppIq::Set);
        submit.setTo(room);
        submit.setForm(form);
        m_session->client()->sendIq(std::move(submit)).then(this, [promise](auto done) {
            promise->addResult(std::holds_alternative<QDomElement>(done));
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<RoomInfo> MucOwnerSync::roomInfo(const QString &room)
{
    QXmppDiscoveryIq query;
    query.setQueryType(QXmppDiscoveryIq::InfoQuery);
    query.setTo(room);
    auto promise = std::make_shared<QPromise<RoomInfo>>();
    promise->start();
    m_session->client()->sendIq(std::move(query)).then(this, [promise](auto result) {
        RoomInfo info;
        if (const auto *element = std::get_if<QDomElement>(&result)) {
            QXmppDiscoveryIq answer;
            answer.parse(*element);
            for (const auto &identity : answer.identities()) {
                if (identity.category() == u"conference") {
                    info.found = true;
                    info.name = identity.name();
                }
            }
            readExtendedInfo(answer.form(), info);
            const QStringList features = answer.features();
            info.membersOnly = features.contains(QStringLiteral("muc_membersonly"));
            info.nonAnonymous = features.contains(QStringLiteral("muc_nonanonymous"));
        }
        promise->addResult(info);
        promise->finish();
    });
    return promise->future();
}

QFuture<bool> MucOwnerSync::setAffiliation(
    const QString &room, const QString &jid, MucAffiliation affiliation, const QString &reason)
{
    return changeAffiliation(room, jid, affiliation, reason).then([](const QString &error) {
        return error.isEmpty();
    });
}

QFuture<QString> MucOwnerSync::changeAffiliation(
    const QString &room, const QString &jid, MucAffiliation affiliation, const QString &reason)
{
    QXmppMucItem item;
    item.setJid(jid);
    item.setAffiliation(toQxmpp(affiliation));
    item.setReason(reason);
    QXmppMucAdminIq request;
    request.setType(QXmppIq::Set);
    request.setTo(room);
    request.setItems({ item });
    return askRoom(m_session, this, std::move(request))
        .then(this, [this, room](const RoomAnswer &answer) {
            if (answer.error.isEmpty())
                Q_EMIT affiliationChanged(room);
            return answer.error;
        });
}

QFuture<MemberList> MucOwnerSync::members(const QString &room)
{
    // One list per query (XEP-0045 §9.5, §10.5, §10.8), asked together; all three or nothing.
    struct Lists
    {
        QPromise<MemberList> promise;
        MemberList merged { true, {}, {} };
        int pending = 0;
    };
    auto lists = std::make_shared<Lists>();
    lists->promise.start();
    const QList<QXmppMucItem::Affiliation> affiliations { QXmppMucItem::MemberAffiliation,
        QXmppMucItem::AdminAffiliation, QXmppMucItem::OwnerAffiliation };
    lists->pending = int(affiliations.size());
    for (const auto affiliation : affiliations) {
        QXmppMucItem item;
        item.setAffiliation(affiliation);
        QXmppMucAdminIq request;
        request.setType(QXmppIq::Get);
        request.setTo(room);
        request.setItems({ item });
        m_session->client()->sendIq(std::move(request)).then(this, [lists, affiliation](auto r) {
            const auto *element = std::get_if<QDomElement>(&r);
            if (!element) {
                lists->merged.known = false;
            } else {
                QXmppMucAdminIq answer;
                answer.parse(*element);
                for (const QXmppMucItem &member : answer.items()) {
                    const QString jid = QXmppUtils::jidToBareJid(member.jid()).toLower();
                    if (!jid.isEmpty() && !lists->merged.jids.contains(jid)
                        && lists->merged.jids.size() < MaxMembers) {
                        lists->merged.jids.append(jid);
                        lists->merged.affiliations.insert(
                            jid, MucStanzas::affiliationOf(affiliation));
                    }
                }
            }
            if (--lists->pending > 0)
                return;
            if (!lists->merged.known)
                lists->merged = MemberList {};
            lists->promise.addResult(lists->merged);
            lists->promise.finish();
        });
    }
    return lists->promise.future();
}

void MucOwnerSync::invite(const QString &room, const QString &jid, const QString &reason)
{
    QXmppMessage direct;
    direct.setTo(jid);
    direct.setMucInvitationJid(room);
    direct.setMucInvitationReason(reason);
    m_session->client()->send(std::move(direct));

    QXmppElement invite;
    invite.setTagName(QStringLiteral("invite"));
    invite.setAttribute(QStringLiteral("to"), jid);
    if (!reason.isEmpty()) {
        QXmppElement why;
        why.setTagName(QStringLiteral("reason"));
        why.setValue(reason);
        invite.appendChild(why);
    }
    QXmppElement x;
    x.setTagName(QStringLiteral("x"));
    x.setAttribute(QStringLiteral("xmlns"), QStringLiteral("http://jabber.org/protocol/muc#user"));
    x.appendChild(invite);
    QXmppMessage mediated;
    mediated.setTo(room);
    mediated.setExtensions({ x });
    m_session->client()->send(std::move(mediated));
}

} // namespace Natter
