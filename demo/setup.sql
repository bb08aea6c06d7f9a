-- The demo platform's roles, database and sessions tables (run by demo/platform as the
-- cluster's superuser, over its private socket). The passwords arrive as psql variables
-- on standard input (\set monitor_password '…' etc.), never on a command line, and so does
-- :password_hash, the demo users' password as the web app's src/server/password.ts stores
-- it (scrypt), made per run by demo/platform.
\set ON_ERROR_STOP on

-- opsdash's monitoring role: pg_monitor lets it see every backend's state and query.
CREATE ROLE monitor LOGIN PASSWORD :'monitor_password' IN ROLE pg_monitor;
-- The two services' pool roles: one role per pool, as on the real platform.
CREATE ROLE web_app LOGIN PASSWORD :'web_password';
CREATE ROLE scheduling_app LOGIN PASSWORD :'scheduling_password';

CREATE DATABASE platform OWNER web_app;
\connect platform

-- The schema is the web app's (its migrations made it), so web_app owns the tables.
SET ROLE web_app;

-- NextAuth's Prisma adapter tables. Prisma's DateTime is "timestamp(3) without time zone"
-- holding UTC wall time; the app added "createdAt"/"updatedAt" (updatedAt = last seen).
CREATE TABLE "User" (
    "id"            text PRIMARY KEY,
    "name"          text,
    "email"         text UNIQUE,
    "emailVerified" timestamp(3),
    "image"         text,
    "passwordHash"  text
);

CREATE TABLE "Session" (
    "id"           text PRIMARY KEY,
    "sessionToken" text NOT NULL UNIQUE,
    "userId"       text NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
    "expires"      timestamp(3) NOT NULL,
    "createdAt"    timestamp(3) NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    "updatedAt"    timestamp(3) NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- The scheduling service's work queue.
CREATE TABLE job (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,
    scheduled   timestamptz NOT NULL DEFAULT now(),
    finished    timestamptz,
    result      text
);

-- Forty simulated users and the canary account (opsdash's, signed in by demo/platform
-- through the app's Credentials provider), all with the run's demo password.
INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash")
VALUES ('usr_canary', 'opsdash canary', 'canary@example.test', NULL, :'password_hash');
INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash")
SELECT 'usr_' || lpad(n::text, 3, '0'),
       initcap(first) || ' ' || initcap(last),
       lower(first) || '.' || lower(last) || n || '@example.test',
       now() AT TIME ZONE 'UTC' - make_interval(days => n),
       :'password_hash'
FROM generate_series(1, 40) AS n,
     LATERAL (SELECT (ARRAY['ada','grace','alan','edsger','barbara','ken','dennis','margaret',
                            'linus','frances'])[1 + n % 10] AS first,
                     (ARRAY['lovelace','hopper','turing','dijkstra','liskov','thompson',
                            'ritchie','hamilton'])[1 + n % 8] AS last) AS names;

-- Sessions as the demo starts, minutes until expiry chosen so that the dashboard has
-- something in every band: three under 15 min, five more under 1 h, the rest later, and
-- two already expired (NextAuth deletes an expired row only when its cookie comes back).
-- A session's idle limit is 24 h, so its last activity was 24 h before its expiry.
-- :time_scale (demo --fast) divides every one of these durations.
INSERT INTO "Session" ("id", "sessionToken", "userId", "expires", "createdAt", "updatedAt")
SELECT 'ses_' || md5(random()::text || n::text),
       md5(random()::text) || md5(random()::text),
       'usr_' || lpad(n::text, 3, '0'),
       now() AT TIME ZONE 'UTC' + make_interval(secs => m * 60.0 / :time_scale),
       now() AT TIME ZONE 'UTC' + make_interval(secs => (m * 60.0 - 86400) / :time_scale)
           - make_interval(secs => (n % 7) * 3600.0 / :time_scale),
       now() AT TIME ZONE 'UTC' + make_interval(secs => (m * 60.0 - 86400) / :time_scale)
FROM unnest(ARRAY[4, 9, 13, 22, 31, 40, 48, 57, 95, 150, 240, 380, 520, 700, 860, 1010,
                  1150, 1260, 1330, 1400, -5, -40]) WITH ORDINALITY AS t(m, n);

RESET ROLE;

-- The services' access: the web app's own tables; the scheduler its queue.
GRANT USAGE ON SCHEMA public TO scheduling_app, monitor;
GRANT SELECT, INSERT, UPDATE ON job TO scheduling_app;
GRANT USAGE ON SEQUENCE job_id_seq TO scheduling_app;
-- opsdash's sessions-table source reads expiry times, user ids and a hash of the token.
GRANT SELECT ON "Session" TO monitor;
