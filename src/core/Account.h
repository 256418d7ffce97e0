#pragma once

#include <QString>

namespace Natter {

// One XMPP account on this profile. The password lives in the system keychain, never here.
struct Account
{
    qint64 id = 0;
    QString jid; // bare JID
    QString displayName;
    bool enabled = true;
};

} // namespace Natter
