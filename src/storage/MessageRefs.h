#pragma once

#include <QString>

namespace Natter {

class Connection;

// TEMPORARY stand-in for the lead's MessageRefs (issue 19 foundation); replaced at merge.
class MessageRefs
{
public:
    static qint64 find(Connection &c, qint64 chatId, const QString &ref);
};

} // namespace Natter
