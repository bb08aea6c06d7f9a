'use strict'
// The demo platform's driver: what users do to the web app (demo/monorepo/apps/web), over
// its HTTP routes only, so every database connection the load makes is the app's own.
//
//   node demo/driver.js login   sign in through NextAuth's real Credentials flow
//                               (GET /api/auth/csrf, POST /api/auth/callback/credentials)
//                               and print the session cookie's value
//       DEMO_WEB_URL, DEMO_LOGIN_EMAIL, DEMO_LOGIN_PASSWORD
//   node demo/driver.js load    the load, until SIGTERM: a cycle of phases of concurrent
//                               GET /api/demo/work requests to every web process, and the
//                               simulated users (POST /api/demo/activity every 3-7 s)
//       DEMO_WEB_URLS (space-separated), DEMO_LOAD_TOKEN, DEMO_EPOCH_MS, DEMO_WEB_CYCLE
//       (240 s), DEMO_WEB_BURST (140: the burst's concurrency per process)
//
// Secrets come through the environment, never the command line. No dependencies.

const http = require('node:http')

const env = process.env
const int = (name, fallback) => {
  const v = env[name]
  if (v === undefined || v === '') return fallback
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) {
    console.error(`driver: ${name}=${v} is not a non-negative integer`)
    process.exit(2)
  }
  return n
}
const log = (...args) => console.log(new Date().toISOString(), 'driver:', ...args)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const between = (lo, hi) => lo + Math.random() * (hi - lo)

// One keep-alive agent, no socket limit: a burst's requests are all in flight at once.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })

function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent, timeout: 30000 }, (res) => {
      const chunks = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${url}`)))
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

// name=value pairs of Set-Cookie headers
function cookiesOf(response) {
  const jar = {}
  for (const line of response.headers['set-cookie'] || []) {
    const pair = line.split(';', 1)[0]
    const eq = pair.indexOf('=')
    if (eq > 0) jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim()
  }
  return jar
}
const cookieHeader = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ')

async function login() {
  const base = env.DEMO_WEB_URL
  if (!base || !env.DEMO_LOGIN_EMAIL || !env.DEMO_LOGIN_PASSWORD) {
    throw new Error('DEMO_WEB_URL, DEMO_LOGIN_EMAIL and DEMO_LOGIN_PASSWORD are needed')
  }
  const csrf = await request(`${base}/api/auth/csrf`)
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf: HTTP ${csrf.status}: ${csrf.body.slice(0, 200)}`)
  const jar = cookiesOf(csrf)
  const form = new URLSearchParams({
    csrfToken: JSON.parse(csrf.body).csrfToken,
    email: env.DEMO_LOGIN_EMAIL,
    password: env.DEMO_LOGIN_PASSWORD,
    callbackUrl: `${base}/dashboard`,
    json: 'true',
  }).toString()
  const signIn = await request(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(form),
      Cookie: cookieHeader(jar),
    },
    body: form,
  })
  const token = cookiesOf(signIn)['next-auth.session-token']
  if (!token) {
    throw new Error(`the Credentials sign-in set no session cookie: HTTP ${signIn.status} ${signIn.headers.location || signIn.body.slice(0, 200)}`)
  }
  process.stdout.write(`${token}\n`)
}

// --- the load ----------------------------------------------------------------------
// One cycle (DEMO_WEB_CYCLE seconds): quiet, busy, a burst that nears the pool's max, then
// an idle stretch well over idle_timeout in which the pool shrinks back to the few
// connections the session traffic keeps busy. The phases follow the wall clock
// (DEMO_EPOCH_MS), so every web process bursts at the same time.
async function load() {
  const urls = (env.DEMO_WEB_URLS || '').split(/\s+/).filter(Boolean)
  if (urls.length === 0 || !env.DEMO_LOAD_TOKEN) throw new Error('DEMO_WEB_URLS and DEMO_LOAD_TOKEN are needed')
  const headers = { 'x-demo-token': env.DEMO_LOAD_TOKEN }
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
  const currentPhase = () => {
    const t = (((Date.now() - epoch) / 1000) % cycleSeconds) * (shareTotal / cycleSeconds)
    let start = 0
    for (const phase of phases) {
      if (t < start + phase.share) return phase
      start += phase.share
    }
    return phases[phases.length - 1]
  }

  let stopping = false
  const errors = { count: 0, last: '', reportedAt: 0 }
  const noteError = (error) => {
    errors.count++
    errors.last = error && error.message ? error.message : String(error)
    if (Date.now() - errors.reportedAt > 10000) {
      log(`${errors.count} request error(s) so far; last: ${errors.last}`)
      errors.reportedAt = Date.now()
    }
  }
  const call = async (url, options) => {
    const response = await request(url, options)
    if (response.status !== 200) throw new Error(`${options?.method || 'GET'} ${url}: HTTP ${response.status}`)
  }

  async function worker(base, index) {
    while (!stopping) {
      const phase = currentPhase()
      if (index >= phase.workers) {
        await sleep(1000)
        continue
      }
      const seconds = between(phase.sleep[0], phase.sleep[1]).toFixed(3)
      try {
        await call(`${base}/api/demo/work?seconds=${seconds}`, { headers })
      } catch (error) {
        if (!stopping) noteError(error)
        await sleep(1000)
      }
      await sleep(between(phase.think[0], phase.think[1]) * 1000)
    }
  }
  async function users() {
    while (!stopping) {
      try {
        await call(`${urls[0]}/api/demo/activity`, { method: 'POST', headers: { ...headers, 'Content-Length': 0 } })
      } catch (error) {
        if (!stopping) noteError(error)
      }
      await sleep(between(3000, 7000))
    }
  }

  let lastPhase = ''
  setInterval(() => {
    const phase = currentPhase()
    if (phase.name !== lastPhase) {
      log(`load phase: ${phase.name} (${phase.workers} concurrent requests per web process)`)
      lastPhase = phase.name
    }
  }, 1000).unref()
  const stop = (signal) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping`)
    agent.destroy()
    process.exit(0)
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  log(`driving ${urls.join(', ')}: burst ${burst} per process, cycle ${cycleSeconds} s`)
  users()
  for (const base of urls) for (let i = 0; i < Math.max(burst, 50); i++) worker(base, i)
}

const commands = { login, load }
const command = commands[process.argv[2]]
if (!command) {
  console.error('usage: node demo/driver.js login|load (see the comment at its top)')
  process.exit(2)
}
command().catch((error) => {
  console.error(`driver: error: ${error.message}`)
  process.exit(1)
})
