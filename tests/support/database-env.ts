import { inject } from "vitest";
import { useTestAuditKeys } from "./audit-keys";

// Before any test file imports lib/db, point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
useTestAuditKeys(inject("auditKeys"));
