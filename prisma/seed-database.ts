import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { insertPlan } from "@/lib/plans/write-plan";
import type { Tx } from "@/lib/db/transaction";
import { writePolicyDocument } from "@/lib/documents/write-document";
import { DEMO_PASSWORD, demoUsers } from "./seed-data/demo-users";
import { newVision, newVisionLinks } from "./seed-data/new-vision";
import { seisakukyokuR6 } from "./seed-data/seisakukyoku-r6";

/**
 * Loads the Policy Bureau's document and the demo users, through the same
 * domain code the app uses. Does nothing when the document is already there.
 */
export async function seedDatabase(db: Db): Promise<"seeded" | "already-seeded"> {
  const existing = await db.policyDocument.findFirst({
    where: { fiscalYear: seisakukyokuR6.fiscalYear, bureau: { code: seisakukyokuR6.bureau.code } },
  });
  if (existing) return "already-seeded";

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      const { bureauId, documentId } = await writePolicyDocument(tx, seisakukyokuR6, null);
      await seedNewVision(tx, bureauId, documentId);
      for (const user of demoUsers) {
        let sectionId: string | null = null;
        if (user.place.kind === "section") {
          const issueCode = user.place.ofIssue;
          const sectionName = seisakukyokuR6.issues.find((i) => i.code === issueCode)?.owningSection;
          const section = await tx.section.findFirstOrThrow({ where: { bureauId, name: sectionName } });
          sectionId = section.id;
        }
        await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            role: user.role,
            passwordHash,
            bureauId: user.place.kind === "city" ? null : bureauId,
            sectionId,
          },
        });
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return "seeded";
}

/** The New Vision's three strategies, and the links the Policy Bureau's document states. */
async function seedNewVision(tx: Tx, bureauId: string, documentId: string) {
  const { cityId } = await tx.bureau.findUniqueOrThrow({ where: { id: bureauId }, select: { cityId: true } });
  const { strategies, ...definition } = newVision;
  const plan = await insertPlan(tx, cityId, definition, strategies);
  const nodes = await tx.planNode.findMany({ where: { planId: plan.id }, select: { id: true, code: true } });
  for (const link of newVisionLinks) {
    const issue = await tx.issue.findUniqueOrThrow({ where: { documentId_code: { documentId, code: link.issue } }, select: { id: true } });
    await tx.issuePlanNode.createMany({ data: nodes.filter((node) => link.strategies.includes(node.code)).map((node) => ({ issueId: issue.id, nodeId: node.id })) });
  }
}
