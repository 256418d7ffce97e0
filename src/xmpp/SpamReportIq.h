#pragma once

#include <QXmppIq.h>

namespace Natter {

// A block (XEP-0191) that also reports the JID as spam (XEP-0377): the report rides inside the
// block's item, so a server that does not understand it still blocks.
class SpamReportIq : public QXmppIq
{
public:
    static constexpr auto ReportingNs = "urn:xmpp:reporting:1";

    explicit SpamReportIq(const QString &jid = {});

    QString jid() const { return m_jid; }

    void parseElementFromChild(const QDomElement &element) override;
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    QString m_jid;
};

} // namespace Natter
