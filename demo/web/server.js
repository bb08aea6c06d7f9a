'use strict'
// The demo platform's web service: the CRUD pool of the real postgres.js client with the
// sign-off's options, a load that varies over a cycle of a few minutes, simulated users
// with NextAuth-shaped database sessions, and the two session endpoints opsdash reads:
//
//   GET /api/admin/sessions  Authorization: Bearer <DEMO_ADMIN_TOKEN>
//       -> {"serverTime", "sessions": [{"id", "user", "createdAt", "lastSeenAt", "expiresAt"}]}
//   GET /api/auth/session    Cookie: next-auth.session-token=<token>
//       -> {"user": {...}, "expires"} and the expiry slid to now + maxAge, or {} without a
//          valid session (NextAuth v4, database strategy)
//
// Everything comes from the environment (demo/platform sets it); deviations for
// `scripts/demo --drift` are environment overrides of the sign-off's values.

const http = require('node:http')
const fs = require('node:fs')
const crypto = require('node:crypto')
const postgres = require('postgres')

const env = process.env
const int = (name, fallback) => {
  const v = env[name]
  if (v === undefined || v === '') return fallback
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) {
    console.error(`web: ${name}=${v} is not a non-negative integer`)
    process.exit(2)
  }
  return n
}
const tag = env.DEMO_WEB_NAME || 'web'
const log = (...args) => console.log(new Date().toISOString(), `${tag}:`, ...args)

// The CRUD pool, as packages/database/src/client.ts configures it. application_name stays
// postgres.js's default ("postgres.js"), which is what opsdash attributes to the web pool.
// `max` is per process: two processes hold up to twice as many connections.
// DEMO_TIME_SCALE (demo --fast) divides every duration of the platform by the same
// factor, so lifetimes and expiries can be watched in minutes (demo/fast-platform).
const timeScale = Math.max(int('DEMO_TIME_SCALE', 1), 1)
const sql = postgres({
  host: env.DEMO_PG_HOST || '127.0.0.1',
  port: int('DEMO_PG_PORT', 5432),
  database: env.DEMO_PG_DATABASE || 'platform',
  username: env.DEMO_PG_USER || 'web_app',
  password: env.DEMO_PG_PASSWORD || '',
  max: int('DEMO_WEB_MAX', 150),
  idle_timeout: int('DEMO_WEB_IDLE_TIMEOUT', 30) / timeScale,
  connect_timeout: 10,
  max_lifetime: (60 * 30) / timeScale,
  onnotice: () => {},
})

const sessionMaxAge = int('DEMO_SESSION_MAX_AGE', 24 * 60 * 60) / timeScale // NextAuth session.maxAge
const sessionUpdateAge = int('DEMO_SESSION_UPDATE_AGE', 4 * 60) / timeScale // session.updateAge
const serveHttp = env.DEMO_WEB_HTTP !== '0'
const adminToken = env.DEMO_ADMIN_TOKEN || ''
const canaryToken = env.DEMO_CANARY_TOKEN || ''
const cookieNames = ['next-auth.session-token', '__Secure-next-auth.session-token']

// Errors (a refused connection during a drift burst, a query cancelled at shutdown) are
// counted and reported at most every 10 s so the log stays readable.
const errors = { count: 0, last: '', reportedAt: 0 }
function noteError(error) {
  errors.count++
  errors.last = error && error.message ? error.message : String(error)
  const now = Date.now()
  if (now - errors.reportedAt > 10000) {
    log(`${errors.count} query error(s) so far; last: ${errors.last}`)
    errors.reportedAt = now
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const between = (lo, hi) => lo + Math.random() * (hi - lo)
const pick = (list) => list[Math.floor(Math.random() * list.length)]
let stopping = false

// --- the load ----------------------------------------------------------------------
// One cycle (DEMO_WEB_CYCLE seconds, default 240): quiet, busy, a burst that nears the
// pool's max, then an idle stretch well over idle_timeout in which the pool shrinks back
// to the few connections the session traffic keeps busy. The phases follow the wall
// clock, so two processes started together burst together.
const burst = int('DEMO_WEB_BURST', 140)
const phases = [
  { name: 'quiet', share: 40, workers: 4, sleep: [0.02, 0.1], think: [0.5, 2] },
  { name: 'busy', share: 50, workers: 50, sleep: [0.2, 0.8], think: [0, 0.3] },
  { name: 'burst', share: 25, workers: burst, sleep: [3, 6], think: [0, 0.1] },
  { name: 'idle', share: 100, workers: 0, sleep: [0, 0], think: [1, 1] },
  { name: 'quiet', share: 25, workers: 4, sleep: [0.02, 0.1], think: [0.5, 2] },
]
const cycleSeconds = int('DEMO_WEB_CYCLE', 240)
const shareTotal = phases.reduce((sum, p) => sum + p.share, 0)
const epoch = Number(env.DEMO_EPOCH_MS) || Date.now()

function currentPhase() {
  const t = (((Date.now() - epoch) / 1000) % cycleSeconds) * (shareTotal / cycleSeconds)
  let start = 0
  for (const phase of phases) {
    if (t < start + phase.share) return phase
    start += phase.share
  }
  return phases[phases.length - 1]
}

async function worker(index) {
  while (!stopping) {
    const phase = currentPhase()
    if (index >= phase.workers) {
      await sleep(1000)
      continue
    }
    const seconds = between(phase.sleep[0], phase.sleep[1]).toFixed(3)
    try {
      // A CRUD-shaped read that holds its connection for `seconds`.
      await sql`select count(*) from "Session", pg_sleep(${seconds}::float8) where "expires" > now() at time zone 'UTC'`
    } catch (error) {
      if (!stopping) noteError(error)
      await sleep(1000)
    }
    await sleep(between(phase.think[0], phase.think[1]) * 1000)
  }
}

let lastPhase = ''
setInterval(() => {
  const phase = currentPhase()
  if (phase.name !== lastPhase) {
    log(`load phase: ${phase.name} (${phase.workers} workers)`)
    lastPhase = phase.name
  }
}, 1000).unref()

// --- simulated users ------------------------------------------------------------------

async function ensureCanary() {
  if (!canaryToken) return
  await sql`insert into "User" ("id", "name", "email") values ('usr_canary', 'opsdash canary', 'canary@example.test') on conflict do nothing`
  await sql`
    insert into "Session" ("id", "sessionToken", "userId", "expires")
    values (${'ses_' + crypto.randomUUID()}, ${canaryToken}, 'usr_canary',
            now() at time zone 'UTC' + make_interval(secs => ${sessionMaxAge}))
    on conflict ("sessionToken") do nothing`
}

// Every few seconds: someone signs in, some active users' sessions slide (at most once per
// updateAge, as NextAuth's database strategy does), now and then someone signs out or an
// expired session's owner comes back and the stale row is deleted. Sessions that nobody
// touches (the seeded short ones, users gone idle) run out.
async function simulateUsers() {
  const roll = Math.random()
  if (roll < 0.3) {
    const [user] = await sql`
      select u."id" from "User" u
      where u."id" like 'usr\_%' and u."id" <> 'usr_canary'
        and not exists (select 1 from "Session" s where s."userId" = u."id" and s."expires" > now() at time zone 'UTC')
      order by random() limit 1`
    if (user) {
      await sql`
        insert into "Session" ("id", "sessionToken", "userId", "expires")
        values (${'ses_' + crypto.randomUUID()}, ${crypto.randomBytes(24).toString('hex')},
                ${user.id}, now() at time zone 'UTC' + make_interval(secs => ${sessionMaxAge}))`
    }
  } else if (roll < 0.35) {
    await sql`
      delete from "Session" where "id" = (
        select "id" from "Session" where "userId" <> 'usr_canary' and "expires" > now() at time zone 'UTC'
        order by random() limit 1)`
  } else if (roll < 0.4) {
    await sql`delete from "Session" where "expires" < now() at time zone 'UTC' - interval '10 minutes' and "userId" <> 'usr_canary'`
  }
  // Active users (seen within the last hour) keep using the app; now and then a user who
  // went idle hours ago comes back. The seeded short sessions are never touched, so they do
  // run out.
  const comeback = Math.random() < 0.1
  await sql`
    update "Session" set "expires" = now() at time zone 'UTC' + make_interval(secs => ${sessionMaxAge}),
                         "updatedAt" = now() at time zone 'UTC'
    where "id" in (
      select "id" from "Session"
      where "userId" <> 'usr_canary' and "expires" > now() at time zone 'UTC' + interval '1 hour'
        and "updatedAt" < now() at time zone 'UTC' - make_interval(secs => ${sessionUpdateAge})
        and ("updatedAt" > now() at time zone 'UTC' - interval '1 hour') <> ${comeback}
      order by random() limit ${comeback ? 1 : 3})`
}

async function userLoop() {
  while (!stopping) {
    try {
      await simulateUsers()
    } catch (error) {
      if (!stopping) noteError(error)
    }
    await sleep(between(3000, 7000))
  }
}

// --- HTTP ---------------------------------------------------------------------------
function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

function sameSecret(given, expected) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return expected.length > 0 && a.length === b.length && crypto.timingSafeEqual(a, b)
}

function sessionCookie(req) {
  for (const part of (req.headers.cookie || '').split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    const name = part.slice(0, eq).trim()
    if (cookieNames.includes(name)) return { name, value: decodeURIComponent(part.slice(eq + 1).trim()) }
  }
  return null
}

async function adminSessions(req, res) {
  const auth = req.headers.authorization || ''
  const match = /^Bearer\s+(\S+)$/i.exec(auth)
  if (!match || !sameSecret(match[1], adminToken)) {
    return send(res, 401, { error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer realm="admin"' })
  }
  // Live sessions only; the id is the row's own id, never the token.
  const rows = await sql`
    select now() as server_time, s."id",
           coalesce(u."email", u."name", s."userId") as "user",
           s."createdAt" at time zone 'UTC' as created,
           s."updatedAt" at time zone 'UTC' as last_seen,
           s."expires" at time zone 'UTC' as expires
    from "Session" s join "User" u on u."id" = s."userId"
    where s."expires" > now() at time zone 'UTC'
    order by s."expires"`
  const serverTime = rows.length ? rows[0].server_time : (await sql`select now() as t`)[0].t
  send(res, 200, {
    serverTime: serverTime.toISOString(),
    sessions: rows.map((r) => ({
      id: r.id,
      user: r.user,
      createdAt: r.created.toISOString(),
      lastSeenAt: r.last_seen.toISOString(),
      expiresAt: r.expires.toISOString(),
    })),
  })
}

// NextAuth v4's database strategy: a valid session's expiry moves to now + maxAge when it
// is due (older than updateAge); the cookie is re-sent with the new expiry.
async function authSession(req, res) {
  const cookie = sessionCookie(req)
  if (!cookie) return send(res, 200, {})
  const [row] = await sql`
    select s."id", s."expires" at time zone 'UTC' as expires, u."name", u."email", u."image",
           now() as now
    from "Session" s join "User" u on u."id" = s."userId"
    where s."sessionToken" = ${cookie.value}`
  if (!row) return send(res, 200, {})
  if (row.expires <= row.now) {
    await sql`delete from "Session" where "id" = ${row.id}`
    return send(res, 200, {})
  }
  let expires = row.expires
  const dueAt = expires.getTime() - sessionMaxAge * 1000 + sessionUpdateAge * 1000
  if (dueAt <= row.now.getTime()) {
    const [updated] = await sql`
      update "Session" set "expires" = now() at time zone 'UTC' + make_interval(secs => ${sessionMaxAge}),
                           "updatedAt" = now() at time zone 'UTC'
      where "id" = ${row.id}
      returning "expires" at time zone 'UTC' as expires`
    expires = updated.expires
  }
  const setCookie = `${cookie.name}=${encodeURIComponent(cookie.value)}; Path=/; Expires=${expires.toUTCString()}; HttpOnly; SameSite=Lax`
  send(res, 200, { user: { name: row.name, email: row.email, image: row.image }, expires: expires.toISOString() },
    { 'Set-Cookie': setCookie })
}

const server = http.createServer((req, res) => {
  const path = (req.url || '/').split('?')[0]
  const route = req.method === 'GET' && { '/api/admin/sessions': adminSessions, '/api/auth/session': authSession }[path]
  if (!route) return send(res, 404, { error: 'not found' })
  route(req, res).catch((error) => {
    noteError(error)
    if (!res.headersSent) send(res, 500, { error: 'internal error' })
  })
})

// --- start and stop -----------------------------------------------------------------
async function main() {
  await sql`select 1`
  if (serveHttp) {
    await ensureCanary()
    userLoop()
    // Port 0 (the default) lets the kernel pick a free loopback port: no race with others.
    await new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(int('DEMO_WEB_PORT', 0), '127.0.0.1', resolve)
    })
    const { port } = server.address()
    log(`listening on http://127.0.0.1:${port}`)
    if (env.DEMO_WEB_READY_FILE) {
      fs.writeFileSync(env.DEMO_WEB_READY_FILE + '.tmp', `${port}\n`)
      fs.renameSync(env.DEMO_WEB_READY_FILE + '.tmp', env.DEMO_WEB_READY_FILE)
    }
  }
  log(`pool: max ${int('DEMO_WEB_MAX', 150)}, idle_timeout ${int('DEMO_WEB_IDLE_TIMEOUT', 30) / timeScale} s, ` +
      `burst ${burst}, cycle ${cycleSeconds} s; session maxAge ${sessionMaxAge} s`)
  for (let i = 0; i < Math.max(burst, 50); i++) worker(i)
}

async function shutdown(signal) {
  if (stopping) return
  stopping = true
  log(`${signal}: closing the pool`)
  server.close()
  await sql.end({ timeout: 1 }).catch(() => {})
  process.exit(0)
}
process.on('SIGINT', () => shutdown('SIGINT'))
process.on('SIGTERM', () => shutdown('SIGTERM'))

main().catch((error) => {
  console.error(`${tag}: error: ${error.message}`)
  process.exit(1)
})
