import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { writePolicyDocument } from "@/lib/documents/write-document";
import type { Role } from "@/generated/prisma/sqlite/enums";
import type { SeedDocument } from "@/prisma/seed-data/types";

const unique = () => randomBytes(4).toString("hex");

/** A small document of a new bureau in the seed's city, written through the domain layer. */
export function buildDocument(overrides: Partial<SeedDocument> = {}): SeedDocument {
  const id = unique();
  return {
    city: { code: "kitakyushu", name: "北九州市" },
    bureau: { code: `test-${id}`, name: `テスト局${id}`, kind: "BUREAU" },
    sections: [{ name: "企画課", namedInDocument: false }],
    fiscalYear: 2024,
    title: `局区Ｘ方針〈テスト局${id}〉`,
    mission: "テスト局の使命。",
    areas: [{ code: "A", name: "Ａ領域", description: "テスト", descriptionInDocument: false }],
    reportingPeriod: { asOfDate: "2024-11-30" },
    partners: [],
    issues: [
      {
        code: "A(1)",
        area: "A",
        number: 1,
        name: `テスト課題${id}`,
        matrixTitle: `テスト課題${id}`,
        summaryBullets: ["要旨"],
        content: "内容",
        background: "背景",
        measuresHeading: "課題に対する取組み",
        measures: "取組み",
        progress: { text: "進捗", status: "ON_TRACK" },
        isAffiliatedBody: false,
        owningSection: "企画課",
        relatedSections: [],
        partners: [],
        indicators: [],
        milestones: [],
      },
    ],
    ...overrides,
  };
}

export async function createDocument(db: Db, overrides: Partial<SeedDocument> = {}) {
  const doc = buildDocument(overrides);
  const ids = await db.$transaction((tx) => writePolicyDocument(tx, doc, null), { timeout: 30_000 });
  const issue = await db.issue.findFirstOrThrow({ where: { documentId: ids.documentId } });
  return { ...ids, doc, issueId: issue.id };
}

export async function createUser(db: Db, data: { role: Role; bureauId?: string | null; sectionId?: string | null; password?: string }) {
  const email = `user-${unique()}@example.jp`;
  const user = await db.user.create({
    data: {
      email,
      name: `テスト ${data.role}`,
      role: data.role,
      bureauId: data.bureauId ?? null,
      sectionId: data.sectionId ?? null,
      passwordHash: await hashPassword(data.password ?? "test-password"),
    },
  });
  return { ...user, actor: { id: user.id, role: user.role, bureauId: user.bureauId, sectionId: user.sectionId } };
}
