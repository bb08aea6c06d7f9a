import postgres from "postgres";

const IDLE = 30;
const options = {
  max: Number(process.env.DB_POOL_MAX ?? 150),
  idle_timeout: IDLE,
  connect_timeout: parseInt("10", 10),
  max_lifetime: 60 * 30,
} as const;

export const sql = postgres(process.env.DATABASE_URL!, { ...options, prepare: false });
