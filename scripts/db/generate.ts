import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Prisma's CLI downloads a native schema engine before any command unless this
// variable names an existing file; `generate` itself never runs it (it uses
// WebAssembly), so an empty placeholder is enough.
const placeholder = path.join(os.tmpdir(), "prisma-schema-engine-placeholder");
writeFileSync(placeholder, "");

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
execFileSync("npx", ["tsx", "scripts/db/sync-schemas.ts"], { stdio: "inherit", env });
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], { stdio: "inherit", env });
}
