import "server-only";
import { readEnv } from "./env";
import { createClient, type Db } from "./db/client";

// The one Prisma client of the app, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { portalDb?: Db };

export const db: Db = globalForDb.portalDb ?? createClient(readEnv().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.portalDb = db;

export type { Db } from "./db/client";
