#pragma once

#include <QString>

namespace Natter {

class Connection;

// The schema's history. A fresh database runs every step from 1, so a fresh database and a
// migrated one are built by the same code; tst_migrations checks that they come out equal.
class Migrations
{
public:
    static constexpr int LatestVersion = 21;

    // PRAGMA user_version, or -1 when the file is not a readable SQLite database.
    static int schemaVersion(Connection &connection);
    // Brings the schema to target, one transaction per step.
    static bool migrate(Connection &connection, int target, QString *error);

private:
    static bool migrateTo1(Connection &connection);
    static bool migrateTo2(Connection &connection);
    static bool migrateTo3(Connection &connection);
    static bool migrateTo4(Connection &connection);
    static bool migrateTo5(Connection &connection);
    static bool migrateTo6(Connection &connection);
    static bool migrateTo7(Connection &connection);
    static bool migrateTo8(Connection &connection);
    static bool migrateTo9(Connection &connection);
    static bool migrateTo10(Connection &connection);
    static bool migrateTo11(Connection &connection);
    static bool migrateTo12(Connection &connection);
    static bool migrateTo13(Connection &connection);
    static bool migrateTo14(Connection &connection);
    static bool migrateTo15(Connection &connection);
    static bool migrateTo16(Connection &connection);
    static bool migrateTo17(Connection &connection);
    static bool migrateTo18(Connection &connection);
    static bool migrateTo19(Connection &connection);
    static bool migrateTo20(Connection &connection);
    static bool migrateTo21(Connection &connection);
};

} // namespace Natter
