import { defineConfig } from "prisma/config";

// Used only by `prisma generate` (see scripts/db/generate.ts); migrations run
// through the WebAssembly schema engine in lib/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
