import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory } from "./provider";

// Prisma's CLI cannot download its native schema engine here, so migrations run
// through the same engine compiled to WebAssembly. Its module imports the .wasm
// file the bundler way; we instantiate it ourselves so plain Node can load it.
type EngineModule = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let modulePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule;
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export async function openSchemaEngine(databaseUrl: string, schemaText: string): Promise<SchemaEngine> {
  modulePromise ??= loadEngineModule();
  const engine = await modulePromise;
  const adapter = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(databaseUrl));
  return engine.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {},
    adapter,
  );
}

export const noFilters = { externalTables: [], externalEnums: [] };
