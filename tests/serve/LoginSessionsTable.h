#pragma once

// The NextAuth sessions table that `opsdash serve` reads login sessions from, for the serve
// tests that hold a database of their own.
#include "support/PgExec.h"

#include <QString>

#include <initializer_list>

// NextAuth's `Session` table in the connection's database, one row per entry: tokens tok-a,
// tok-b, … for users user-a, user-b, …, each expiring that many minutes from now (negative:
// already expired).
inline bool createLoginSessions(PGconn* connection, std::initializer_list<int> minutesLeft)
{
    QString sql = QStringLiteral(
        R"(CREATE TABLE public."Session" (id text PRIMARY KEY, "sessionToken" text NOT NULL,
               "userId" text NOT NULL, expires timestamp(3) NOT NULL);
           INSERT INTO public."Session" VALUES )");
    int row = 0;
    for (const int minutes : minutesLeft) {
        const QLatin1Char letter{static_cast<char>('a' + row)};
        sql += QStringLiteral(
            "%1('%2', 'tok-%3', 'user-%3', (now() AT TIME ZONE 'UTC') + interval '%4 minutes')")
                   .arg(row > 0 ? QStringLiteral(", ") : QString{})
                   .arg(row + 1)
                   .arg(letter)
                   .arg(minutes);
        ++row;
    }
    return opsdash::test::pgExec(connection, sql);
}
