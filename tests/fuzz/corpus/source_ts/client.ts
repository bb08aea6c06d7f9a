import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import * as schema from "./schema";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  throw new Error("DATABASE_URL is not set");
}

// CRUD pool: 150 of the server's 200 connections (the scheduling service has 50).
const client = postgres(connectionString, {
  max: 150, // 75% of 200 total for CRUD operations
  idle_timeout: 30, // Close idle connections after 30 seconds
  connect_timeout: 10, // Connection timeout
  max_lifetime: 60 * 30, // Max connection lifetime: 30 minutes
});

export const db = drizzle(client, { schema });
export type Database = typeof db;
