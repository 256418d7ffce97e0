#include "AddressInput.h"

#include "ContactAddress.h"

namespace Natter {

AddressInput::AddressInput(QObject *parent)
    : QObject(parent)
{ }

void AddressInput::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    check();
}

void AddressInput::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    check();
}

void AddressInput::check()
{
    m_jid.clear();
    m_errorText.clear();
    if (!m_text.trimmed().isEmpty()) {
        const auto parsed = ContactAddress::parse(
            m_text.trimmed(), m_session ? m_session->jid() : QString(), &m_errorText);
        if (parsed)
            m_jid = parsed->jid;
    }
    Q_EMIT changed();
}

} // namespace Natter
