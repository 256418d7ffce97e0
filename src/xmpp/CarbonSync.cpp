#include "CarbonSync.h"

#include "CarbonGuard.h"
#include "Session.h"

#include <QXmppCarbonManagerV2.h>
#include <QXmppClient.h>

namespace Natter {

CarbonSync::CarbonSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_guard(new CarbonGuard)
    , m_carbons(new QXmppCarbonManagerV2)
{
    // The guard must see carbons before the carbon manager unwraps them.
    session->client()->insertExtension(0, m_guard);
    session->client()->addExtension(m_carbons);
}

} // namespace Natter
