#pragma once

#include <QObject>
#include <QString>

namespace Natter {

class ContactService;

// Decides what an xmpp: link does (RFC 5122 / XEP-0147): it opens the chat with the address,
// and when the address is not a contact yet, it offers to add it; a ?join link offers to join
// the group.
class LinkService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString offeredContact READ offeredContact NOTIFY offeredContactChanged)

public:
    explicit LinkService(ContactService *contacts, QObject *parent = nullptr);

    // False, with nothing opened, when uri is not a usable xmpp: link.
    Q_INVOKABLE bool open(const QString &uri);

    // What "Open in maps" opens for a geo: URI (see MapLinks); empty when it is no location.
    Q_INVOKABLE QString mapLink(const QString &geoUri) const;

    // The JID of a link's address that is not in the roster; empty when nothing is offered.
    QString offeredContact() const { return m_offered; }
    Q_INVOKABLE bool addOfferedContact();
    Q_INVOKABLE void dismissOffer() { setOffered({}); }

Q_SIGNALS:
    void chatRequested(const QString &peer);
    // A group's link: the join dialog opens with its address, nothing is joined yet.
    void joinRequested(const QString &room);
    void offeredContactChanged();

private:
    void setOffered(const QString &jid);

    ContactService *m_contacts;
    QString m_offered;
};

} // namespace Natter
