#pragma once

#include <QObject>

class QXmppCarbonManagerV2;

namespace Natter {

class Session;
class CarbonGuard;

// Message Carbons (XEP-0280): what the account's other devices send and receive shows up here
// too, through MessageSync. Carbons that do not come from the account itself are a known
// spoofing attack (CVE-2017-5603); they are dropped and logged.
class CarbonSync : public QObject
{
    Q_OBJECT

public:
    explicit CarbonSync(Session *session, QObject *parent = nullptr);

private:
    CarbonGuard *m_guard;
    QXmppCarbonManagerV2 *m_carbons;
};

} // namespace Natter
