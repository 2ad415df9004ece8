import { parseArgs } from "node:util";
import type { DatabaseProvider } from "@/lib/db/provider";
import { createTestDatabase } from "@/tests/support/test-database";
import { seedBenchDatabase } from "./seeded-database";
import { useBenchAuditKeys } from "./server";

// npm run bench:user-import [-- --engine postgresql --users 5000]: the bulk import of an HR CSV
// as the page runs it (decode, preview, then save with every account's audit entry), on a
// fresh seeded database; then the same file again, which must change nothing.
// Target (issue 13): preview and save of 5,000 users in ≤ 10 s on the 2-core machine.

const { values: args } = parseArgs({ options: { engine: { type: "string", default: "sqlite" }, users: { type: "string", default: "5000" } } });
const engine = args.engine as DatabaseProvider;
const users = Number(args.users);

useBenchAuditKeys();
const database = await createTestDatabase(engine);
try {
  const setup = await seedBenchDatabase(database.url);
  const bureau = await setup.bureau.findFirstOrThrow({ where: { code: "seisaku" }, select: { name: true, sections: { select: { name: true } } } });
  const admin = await setup.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  await setup.$disconnect();

  // lib/db reads DATABASE_URL when first imported: point it at this database first.
  process.env.DATABASE_URL = database.url;
  const { importUsers } = await import("@/lib/commands/user-import");
  const { decodeHrCsv } = await import("@/lib/users-import/hr-csv");
  const roles = ["職員", "職員", "職員", "管理職", "監査担当"];
  const lines = Array.from({ length: users }, (_, i) => {
    const role = roles[i % roles.length]!;
    const section = role === "職員" ? bureau.sections[i % bureau.sections.length]!.name : "";
    return `職員 ${String(i).padStart(5, "0")},bench-${i}@city.example.jp,${role},${bureau.name},${section}`;
  });
  const file = new TextEncoder().encode(["氏名,メールアドレス,役割,局・区,課", ...lines].join("\r\n"));
  const actor = { id: admin.id, role: admin.role, bureauId: null, sectionId: null };

  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    const result = await run();
    return { seconds: (performance.now() - started) / 1000, result };
  };
  const preview = await time(() => importUsers(actor, { text: decodeHrCsv(file) }, "ja"));
  const save = await time(() => importUsers(actor, { text: decodeHrCsv(file), confirm: true }, "ja"));
  const again = await time(() => importUsers(actor, { text: decodeHrCsv(file), confirm: true }, "ja"));
  const summary = (r: unknown) => JSON.stringify((r as { data?: { create: number; update: number; unchanged: number; invalid: number } }).data, ["create", "update", "unchanged", "invalid"]);
  console.log(`[${engine}] ${users} users, ${(file.byteLength / 1024).toFixed(0)} KiB`);
  console.log(`  preview ${preview.seconds.toFixed(2)} s ${summary(preview.result)}`);
  console.log(`  save    ${save.seconds.toFixed(2)} s ${summary(save.result)}`);
  console.log(`  preview + save ${(preview.seconds + save.seconds).toFixed(2)} s (target ≤ 10 s)`);
  console.log(`  same file again ${again.seconds.toFixed(2)} s ${summary(again.result)}`);
} finally {
  await database.drop();
}
process.exit(0);
