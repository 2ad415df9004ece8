import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // Next's guard against importing server code into client bundles; irrelevant in tests.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

function integration(provider: "sqlite" | "postgresql"): TestProjectInlineConfiguration {
  return {
    resolve: { alias },
    test: {
      name: provider === "sqlite" ? "integration-sqlite" : "integration-postgres",
      include: ["tests/integration/**/*.test.ts"],
      environment: "node",
      // The process runs in UTC, as servers do: a date shown in UTC instead of Japan's time fails here.
      env: { TEST_DATABASE_PROVIDER: provider, TZ: "UTC" },
      globalSetup: ["tests/support/database-global-setup.ts"],
      setupFiles: ["tests/support/database-env.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // One worker: the files share the seeded database and some tests count rows.
      fileParallelism: false,
      // One module graph for all files: importing the app's modules once instead of once per
      // file took about 40 % off the run. Files therefore must not leave module state behind.
      isolate: false,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { TZ: "UTC" }, isolate: false } },
      integration("sqlite"),
      integration("postgresql"),
    ],
  },
});
