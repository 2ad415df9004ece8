import { createClient } from "@/lib/db/client";
import { productionProblems } from "@/lib/deploy/production-check";
import { readEnv } from "@/lib/env";

// Run by the production start before the server starts: refuses a missing or
// short NEXTAUTH_SECRET and any active account with the demo password, one line each.
const db = createClient(readEnv().DATABASE_URL);
const problems = await productionProblems(process.env.NEXTAUTH_SECRET, db);
await db.$disconnect();
for (const problem of problems) console.error(`Refusing to start: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
