export { sql, type Database } from "./client";
