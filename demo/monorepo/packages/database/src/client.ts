import postgres from "postgres";

const connectionString = process.env.DATABASE_URL;
// `next build` loads the route modules without a database; the pool connects lazily.
if (!connectionString && process.env.NEXT_PHASE !== "phase-production-build") {
  throw new Error("DATABASE_URL is not set");
}

// CRUD pool: 150 of the server's 200 connections (the scheduling service has 50).
// application_name stays postgres.js's default ("postgres.js"). `max` is per process.
export const sql = postgres(connectionString ?? "", {
  max: 150, // 75% of 200 total for CRUD operations
  idle_timeout: 30, // Close idle connections after 30 seconds
  connect_timeout: 10, // Connection timeout
  max_lifetime: 60 * 30, // Max connection lifetime: 30 minutes
  onnotice: () => {},
});

export type Database = typeof sql;
