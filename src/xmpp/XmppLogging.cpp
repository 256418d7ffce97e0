#include "XmppLogging.h"

namespace Natter {
Q_LOGGING_CATEGORY(lcXmpp, "natter.xmpp", QtInfoMsg)
}
