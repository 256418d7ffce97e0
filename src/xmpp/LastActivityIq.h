#pragma once

#include <QXmppIq.h>

#include <optional>

namespace Natter {

// The jabber:iq:last query and its answer (XEP-0012).
class LastActivityIq : public QXmppIq
{
public:
    explicit LastActivityIq(QXmppIq::Type type = QXmppIq::Get)
        : QXmppIq(type)
    { }

    // Empty when the answer carries no usable number.
    std::optional<qint64> seconds() const { return m_seconds; }
    void setSeconds(qint64 seconds) { m_seconds = seconds; }

    void parseElementFromChild(const QDomElement &element) override;
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    std::optional<qint64> m_seconds;
};

} // namespace Natter
