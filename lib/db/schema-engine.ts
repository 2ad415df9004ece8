import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createAdapterFactory, type DatabaseProvider, providerOf } from "./provider";

// Prisma's CLI cannot download its native schema engine here, so migrations run
// through the same engine compiled to WebAssembly. Its module imports the .wasm
// file the bundler way; we instantiate it ourselves so plain Node can load it.
type EngineModule = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

// An instance that has served one provider panics when used for the other, so
// each provider gets its own (a query string makes Node load the glue anew).
const modulePromises = new Map<DatabaseProvider, Promise<EngineModule>>();
// One WebAssembly instance serves every engine in the process, and two engines
// working at once inside it panic: runs are queued.
let queue: Promise<unknown> = Promise.resolve();

async function loadEngineModule(provider: DatabaseProvider): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(`${pathToFileURL(path.join(dir, "schema_engine_bg.js")).href}?provider=${provider}`)) as EngineModule;
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl`, then frees the
 * engine and closes its connections (the engine itself leaves them open, which
 * would keep an SQLite file locked).
 */
export function withSchemaEngine<T>(databaseUrl: string, schemaText: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const run = queue.then(() => runSchemaEngine(databaseUrl, schemaText, work));
  queue = run.catch(() => undefined);
  return run;
}

async function runSchemaEngine<T>(databaseUrl: string, schemaText: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const provider = providerOf(databaseUrl);
  if (!modulePromises.has(provider)) modulePromises.set(provider, loadEngineModule(provider));
  const engineModule = await modulePromises.get(provider)!;
  const factory = createAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: [["schema.prisma", schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracking),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

export const noFilters = { externalTables: [], externalEnums: [] };
