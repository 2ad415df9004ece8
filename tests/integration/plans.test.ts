import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importPlanCsv } from "@/lib/commands/plan-import";
import { PLAN_CSV_MAX_BYTES } from "@/lib/plans/plan-csv";
import { copyDocument } from "@/lib/commands/issues";
import { addPlanNode, createPlan, movePlanNode, retirePlanNode, setIndicatorPlan, setIssueLinks, updatePlanNode } from "@/lib/commands/plans";
import { AccessDeniedError } from "@/lib/auth/access-denied";
import { getPlanDashboard } from "@/lib/data/plans";
import { db } from "@/lib/db";
import { getExportData } from "@/lib/data/export-data";
import { defaultGradeThresholds, evaluateReported } from "@/lib/domain/kpi-evaluation";
import { runKpiReport } from "@/lib/export/kpi-report";
import { progressTable } from "@/lib/export/progress-rows";
import ExcelJS from "exceljs";
import { createTranslator } from "@/lib/i18n/messages";
import { createReportingBureau } from "@/tests/factories/reporting";
import { createUser } from "@/tests/factories/documents";

const unique = () => Math.random().toString(36).slice(2, 8);

async function newPlan(levels = "重点戦略\n政策\n施策") {
  const admin = (await createUser(db, { role: "ADMIN" })).actor;
  const created = await createPlan(admin, { name: `計画${unique()}`, startFiscalYear: "2024", endFiscalYear: "2028", levelNames: levels }, "ja");
  if (!created.ok) throw new Error(JSON.stringify(created));
  const add = async (name: string, parentId = "") => {
    const result = await addPlanNode(admin, { planId: created.data.planId, parentId, code: "", name }, "ja");
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.nodeId;
  };
  return { admin, planId: created.data.planId, add };
}

const childrenOf = (planId: string, parentId: string | null) =>
  db.planNode.findMany({ where: { planId, parentId }, orderBy: { sortOrder: "asc" } }).then((rows) => rows.map((row) => row.name));

describe("reference data and seed", () => {
  it("holds the 17 SDGs with their official Japanese names and colours", async () => {
    const goals = await db.sdgGoal.findMany({ orderBy: { number: "asc" } });
    expect(goals.map((goal) => goal.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[10]).toEqual({ number: 11, nameJa: "住み続けられるまちづくりを", nameEn: "Sustainable Cities and Communities", colour: "#FD9D24" });
    expect(goals[16]).toMatchObject({ nameJa: "パートナーシップで目標を達成しよう", colour: "#19486A" });
  });

  it("loads the New Vision's three strategies and links the issues its document names", async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { name: "北九州市・新ビジョン" }, include: { nodes: { orderBy: { sortOrder: "asc" } } } });
    expect(plan.levelNames).toEqual(["重点戦略", "政策", "施策"]);
    expect(plan.nodes.map((node) => `${node.code}${node.name}`)).toEqual(["Ⅰ「稼げるまち」の実現", "Ⅱ「彩りあるまち」の実現", "Ⅲ「安らぐまち」の実現"]);
    const links = await db.issuePlanNode.findMany({ where: { node: { planId: plan.id } }, select: { issue: { select: { code: true } }, node: { select: { code: true } } } });
    const byIssue = new Map<string, string[]>();
    for (const link of links) byIssue.set(link.issue.code, [...(byIssue.get(link.issue.code) ?? []), link.node.code].sort());
    expect(Object.fromEntries(byIssue)).toEqual({ "B(1)": ["Ⅰ"], "B(3)": ["Ⅰ"], "C(1)": ["Ⅰ", "Ⅱ", "Ⅲ"] });
  });
});

describe("plan editor (admins)", () => {
  it("adds, renames, reorders and moves nodes, each an audit entry", async () => {
    const { admin, planId, add } = await newPlan();
    const first = await add("稼ぐ");
    const second = await add("彩る");
    const policy = await add("産業振興", first);
    expect(await db.planNode.findUniqueOrThrow({ where: { id: policy } })).toMatchObject({ level: 1, parentId: first });

    expect(await updatePlanNode(admin, { nodeId: first, parentId: "", code: "Ⅰ", name: "「稼げるまち」の実現" }, "ja")).toMatchObject({ ok: true });
    expect(await movePlanNode(admin, { nodeId: second, direction: "up" }, "ja")).toMatchObject({ ok: true });
    expect(await childrenOf(planId, null)).toEqual(["彩る", "「稼げるまち」の実現"]);
    expect(await movePlanNode(admin, { nodeId: second, direction: "up" }, "ja")).toMatchObject({ ok: false, reason: "plan.noSibling" });

    // Moving a policy under the other strategy keeps its level; its subtree follows.
    const measure = await add("施策1", policy);
    expect(await updatePlanNode(admin, { nodeId: policy, parentId: second, code: "", name: "産業振興" }, "ja")).toMatchObject({ ok: true });
    expect(await db.planNode.findUniqueOrThrow({ where: { id: measure } })).toMatchObject({ level: 2 });
    expect(await childrenOf(planId, second)).toEqual(["産業振興"]);

    const actions = await db.auditEntry.findMany({ where: { entityType: "PlanNode", entityId: { in: [first, second, policy] } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["planNode.create", "planNode.create", "planNode.create", "planNode.move", "planNode.update", "planNode.update"]);
  });

  it("refuses a cycle, a level deeper than the plan's, and another plan's parent, saving nothing", async () => {
    const { admin, planId, add } = await newPlan("重点戦略\n政策");
    const top = await add("戦略");
    const child = await add("政策", top);
    const before = await db.planNode.findMany({ where: { planId }, orderBy: { id: "asc" } });
    expect(await updatePlanNode(admin, { nodeId: top, parentId: child, code: "", name: "戦略" }, "ja")).toMatchObject({ ok: false, reason: "plan.cycle" });
    expect(await updatePlanNode(admin, { nodeId: top, parentId: top, code: "", name: "戦略" }, "ja")).toMatchObject({ ok: false, reason: "plan.cycle" });
    expect(await addPlanNode(admin, { planId, parentId: child, code: "", name: "施策" }, "ja")).toMatchObject({ ok: false, reason: "plan.tooDeep" });
    const other = await newPlan();
    const foreign = await other.add("他の計画");
    expect(await addPlanNode(admin, { planId, parentId: foreign, code: "", name: "x" }, "ja")).toMatchObject({ ok: false, reason: "plan.otherPlan" });
    expect(await db.planNode.findMany({ where: { planId }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("checks a plan's fields with messages", async () => {
    const { admin } = await newPlan();
    expect(await createPlan(admin, { name: "", startFiscalYear: "2028", endFiscalYear: "2024", levelNames: "" }, "ja")).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { name: ["計画名を入力してください。"], endFiscalYear: ["終了年度は開始年度以降にしてください。"], levelNames: ["階層名を1〜6個、1行に1つ入力してください。"] },
    });
    expect(await createPlan(admin, { name: "北九州市・新ビジョン", startFiscalYear: "2024", endFiscalYear: "2028", levelNames: "重点戦略" }, "ja")).toMatchObject({ ok: false, reason: "plan.nameTaken" });
  });

  it("retires a node with its subtree, keeps its links, and refuses new ones", async () => {
    const { admin, add } = await newPlan();
    const bureau = await createReportingBureau(db);
    const top = await add("旧戦略");
    const below = await add("旧政策", top);
    const kept = await add("続く戦略");
    expect(await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: [top], goalNumbers: [11, 17] }, "ja")).toMatchObject({ ok: true });
    expect(await retirePlanNode(admin, { nodeId: top }, "ja")).toMatchObject({ ok: true });
    expect((await db.planNode.findUniqueOrThrow({ where: { id: below } })).retiredAt).not.toBeNull();
    expect(await retirePlanNode(admin, { nodeId: top }, "ja")).toMatchObject({ ok: false, reason: "plan.alreadyRetired" });
    expect(await addPlanNode(admin, { planId: (await db.planNode.findUniqueOrThrow({ where: { id: top } })).planId, parentId: top, code: "", name: "x" }, "ja")).toMatchObject({ ok: false, reason: "plan.parentRetired" });

    // The retired link stays when the form (which cannot tick it) is saved with another node.
    expect(await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: [kept], goalNumbers: [11] }, "ja")).toMatchObject({ ok: true });
    const links = await db.issuePlanNode.findMany({ where: { issueId: bureau.issueId } });
    expect(links.map((link) => link.nodeId).sort()).toEqual([top, kept].sort());
    expect((await db.issueSdgGoal.findMany({ where: { issueId: bureau.issueId } })).map((g) => g.goalNumber)).toEqual([11]);

    const before = await db.auditEntry.count({ where: { entityId: bureau.issueId, action: "issue.links" } });
    expect(await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: [kept, below], goalNumbers: [] }, "ja")).toMatchObject({ ok: false, reason: "plan.nodeRetired" });
    expect(await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: ["no-such-node"], goalNumbers: [] }, "ja")).toMatchObject({ ok: false, reason: "plan.unknownNode" });
    expect(await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: [], goalNumbers: [18] }, "ja")).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.auditEntry.count({ where: { entityId: bureau.issueId, action: "issue.links" } })).toBe(before);
    expect(await db.issuePlanNode.count({ where: { issueId: bureau.issueId } })).toBe(2);
  });
});

describe("an indicator's plan settings (issue editor)", () => {
  const settingsOf = (indicatorId: string) =>
    db.indicator.findUniqueOrThrow({
      where: { id: indicatorId },
      select: { measure: true, planNodes: { orderBy: { nodeId: "asc" }, select: { nodeId: true } }, yearTargets: { orderBy: { fiscalYear: "asc" }, select: { fiscalYear: true, target: true } } },
    });
  const auditCount = (issueId: string) => db.auditEntry.count({ where: { entityId: issueId, action: "indicator.plan" } });

  it("links nodes, sets the measure and yearly targets in one audited write, and grades the year by its target", async () => {
    const { add } = await newPlan();
    const top = await add("戦略");
    const below = await add("政策", top);
    const bureau = await createReportingBureau(db);
    const manager = bureau.users.manager.actor;
    const indicator = await db.indicator.findFirstOrThrow({ where: { issueId: bureau.issueId } });
    const result = await setIndicatorPlan(manager, {
      indicatorId: indicator.id, measure: "CUMULATIVE", nodeIds: [below, below],
      // A blank row (an added, unused line) is dropped.
      yearTargets: [{ fiscalYear: "2025", target: "6" }, { fiscalYear: "", target: "" }, { fiscalYear: "2024", target: "4" }],
    }, "ja");
    expect(result).toEqual({ ok: true, data: { indicatorId: indicator.id } });
    expect(await settingsOf(indicator.id)).toEqual({ measure: "CUMULATIVE", planNodes: [{ nodeId: below }], yearTargets: [{ fiscalYear: 2024, target: 4 }, { fiscalYear: 2025, target: 6 }] });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: bureau.issueId, action: "indicator.plan" } });
    expect(entry).toMatchObject({ actorId: manager.id, entityType: "Issue", bureauId: bureau.bureauId });
    expect(entry.after).toMatchObject({ indicatorId: indicator.id, measure: "CUMULATIVE", nodeIds: [below], yearTargets: [{ fiscalYear: 2024, target: 4 }, { fiscalYear: 2025, target: 6 }] });

    // The 2024-11-30 actual 3 is graded against 2024's target 4 (from 0): 75 % → C, not 30 % against the final 10.
    const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
    const dashboard = await getPlanDashboard(bureau.users.owner.actor, { bureauCode: code, planId: (await db.planNode.findUniqueOrThrow({ where: { id: top } })).planId, date: "2024-11-30" }, defaultGradeThresholds);
    expect(dashboard!.figures.get(top)!.indicators.map((row) => row.indicator.evaluation)).toEqual([{ rated: true, rate: 75, grade: "C", target: 4 }]);

    // Saving again with nothing ticked and no rows clears them.
    expect(await setIndicatorPlan(manager, { indicatorId: indicator.id, measure: "POINT", nodeIds: [], yearTargets: [] }, "ja")).toMatchObject({ ok: true });
    expect(await settingsOf(indicator.id)).toEqual({ measure: "POINT", planNodes: [], yearTargets: [] });
    expect(await auditCount(bureau.issueId)).toBe(2);
  });

  it("refuses a retired node, a 0 target on a ratio, a target equal to the baseline, a decreasing total and bad rows, saving nothing", async () => {
    const { admin, add } = await newPlan();
    const kept = await add("続く戦略");
    const old = await add("終わる戦略");
    const bureau = await createReportingBureau(db);
    const manager = bureau.users.manager.actor;
    const indicator = await db.indicator.findFirstOrThrow({ where: { issueId: bureau.issueId } });
    // A ratio indicator: no baseline, so its rate is actual ÷ target.
    const ratio = await db.indicator.create({ data: { issueId: bureau.issueId, name: "満足度", unit: "%", direction: "UP", baseline: null, target: 80, sortOrder: 9 } });
    const falling = await db.indicator.create({ data: { issueId: bureau.issueId, name: "待機児童数", unit: "人", direction: "DOWN", baseline: 50, target: 0, sortOrder: 10 } });
    expect(await setIndicatorPlan(manager, { indicatorId: indicator.id, measure: "POINT", nodeIds: [old], yearTargets: [{ fiscalYear: "2025", target: "5" }] }, "ja")).toMatchObject({ ok: true });
    expect(await retirePlanNode(admin, { nodeId: old }, "ja")).toMatchObject({ ok: true });
    const before = await settingsOf(indicator.id);
    const audits = await auditCount(bureau.issueId);

    expect(await setIndicatorPlan(manager, { indicatorId: ratio.id, measure: "POINT", nodeIds: [old], yearTargets: [] }, "ja")).toEqual({ ok: false, kind: "rejected", reason: "plan.nodeRetired" });
    expect(await setIndicatorPlan(manager, { indicatorId: ratio.id, measure: "POINT", nodeIds: ["no-such-node"], yearTargets: [] }, "ja")).toEqual({ ok: false, kind: "rejected", reason: "plan.unknownNode" });
    expect(await setIndicatorPlan(manager, { indicatorId: ratio.id, measure: "POINT", nodeIds: [kept], yearTargets: [{ fiscalYear: "2024", target: "70" }, { fiscalYear: "2025", target: "0" }] }, "ja")).toEqual({
      ok: false, kind: "invalid", fieldErrors: { "yearTargets.1.target": ["基準値のない指標は「実績÷目標」で評価するため、目標値を0にはできません。保存していません。"] },
    });
    expect(await setIndicatorPlan(manager, { indicatorId: indicator.id, measure: "POINT", nodeIds: [kept], yearTargets: [{ fiscalYear: "2025", target: "0" }] }, "en")).toEqual({
      ok: false, kind: "invalid", fieldErrors: { "yearTargets.0.target": ["A target equal to the baseline (0) gives no achievement rate. Nothing was saved."] },
    });
    expect(await setIndicatorPlan(manager, { indicatorId: falling.id, measure: "CUMULATIVE", nodeIds: [], yearTargets: [] }, "ja")).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { measure: [expect.stringContaining("累計にできません")] } });
    const bad = await setIndicatorPlan(manager, {
      indicatorId: indicator.id, measure: "SOMETIMES", nodeIds: [kept],
      yearTargets: [{ fiscalYear: "2025", target: "" }, { fiscalYear: "", target: "3" }, { fiscalYear: "令和7", target: "3" }, { fiscalYear: "2026", target: "x" }],
    }, "ja");
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    expect(Object.keys((bad as { fieldErrors: Record<string, string[]> }).fieldErrors).sort()).toEqual([
      "measure", "yearTargets.0.target", "yearTargets.1.fiscalYear", "yearTargets.2.fiscalYear", "yearTargets.3.target",
    ]);
    expect(await setIndicatorPlan(manager, { indicatorId: indicator.id, measure: "POINT", nodeIds: [], yearTargets: [{ fiscalYear: "2027", target: "1" }, { fiscalYear: "2027", target: "2" }] }, "ja")).toEqual({
      ok: false, kind: "invalid", fieldErrors: { "yearTargets.1.fiscalYear": ["この年度は別の行にもあります。1つの年度に目標は1つです。"] },
    });
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ fiscalYear: String(2000 + i), target: "1" }));
    expect(await setIndicatorPlan(manager, { indicatorId: indicator.id, measure: "POINT", nodeIds: [], yearTargets: tooMany }, "ja")).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { yearTargets: ["年度ごとの目標は50件までです。"] } });
    // Another bureau's staff and manager may not.
    const other = await createReportingBureau(db);
    expect(await setIndicatorPlan(other.users.manager.actor, { indicatorId: indicator.id, measure: "POINT", nodeIds: [], yearTargets: [] }, "ja")).toEqual({ ok: false, kind: "forbidden" });

    expect(await settingsOf(indicator.id)).toEqual(before);
    expect(await settingsOf(ratio.id)).toEqual({ measure: "POINT", planNodes: [], yearTargets: [] });
    expect(await settingsOf(falling.id)).toEqual({ measure: "POINT", planNodes: [], yearTargets: [] });
    expect(await auditCount(bureau.issueId)).toBe(audits);

    // The retired link stays (history) when the form, which cannot tick it, saves other nodes.
    expect(await setIndicatorPlan(manager, { indicatorId: indicator.id, measure: "POINT", nodeIds: [kept], yearTargets: [] }, "ja")).toMatchObject({ ok: true });
    expect((await settingsOf(indicator.id)).planNodes.map((link) => link.nodeId).sort()).toEqual([kept, old].sort());
  });
});

describe("plan import from CSV (admins)", () => {
  const sample = readFileSync(path.join(import.meta.dirname, "../fixtures/plan-import.csv"), "utf8");
  const treeOf = async (planId: string) =>
    (await db.planNode.findMany({ where: { planId }, orderBy: [{ level: "asc" }, { sortOrder: "asc" }], select: { code: true, name: true, level: true, sortOrder: true, parent: { select: { code: true } } } }))
      .map((node) => `${node.level}:${node.parent?.code ?? "-"}>${node.code} ${node.name} #${node.sortOrder}`);
  const importsOf = (planId: string) => db.auditEntry.count({ where: { entityId: planId, action: "plan.import" } });

  it("previews, then saves the sample's tree in one audited write; the same file again changes nothing; a new name renames", async () => {
    const { admin, planId } = await newPlan();
    const preview = await importPlanCsv(admin, { planId, text: sample }, "ja");
    expect(preview).toMatchObject({ ok: true, data: { create: 5, update: 0, unchanged: 0, errors: [], saved: false } });
    expect(await treeOf(planId)).toEqual([]);
    expect(await importsOf(planId)).toBe(0);

    expect(await importPlanCsv(admin, { planId, text: sample, confirm: true }, "ja")).toMatchObject({ ok: true, data: { create: 5, saved: true } });
    expect(await treeOf(planId)).toEqual([
      "0:->Ⅰ 「稼げるまち」の実現 #1", "0:->Ⅱ 「彩りあるまち」の実現 #2",
      "1:Ⅰ>Ⅰ-1 （例）産業の振興 #1", "1:Ⅰ>Ⅰ-2 （例）人材の確保と育成 #2",
      "2:Ⅰ-1>Ⅰ-1-1 （例）中小企業の成長支援 #1",
    ]);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: planId, action: "plan.import" } });
    expect(entry).toMatchObject({ actorId: admin.id, entityType: "Plan" });
    expect(entry.after).toMatchObject({ lines: 5, created: ["Ⅰ", "Ⅰ-1", "Ⅰ-2", "Ⅰ-1-1", "Ⅱ"], renamed: [] });

    expect(await importPlanCsv(admin, { planId, text: sample, confirm: true }, "ja")).toMatchObject({ ok: true, data: { create: 0, update: 0, unchanged: 5 } });
    expect(await importsOf(planId)).toBe(1);

    const renamed = sample.replace("（例）人材の確保と育成", "人材の確保");
    const result = await importPlanCsv(admin, { planId, text: renamed, confirm: true }, "ja");
    expect(result).toMatchObject({ ok: true, data: { update: 1, unchanged: 4, changes: [{ line: 4, kind: "update", code: "Ⅰ-2", name: "人材の確保", previousName: "（例）人材の確保と育成" }] } });
    expect(await treeOf(planId)).toContain("1:Ⅰ>Ⅰ-2 人材の確保 #2");
    expect(await importsOf(planId)).toBe(2);
  });

  it("moves a known number under another parent with its subtree, previewed as from → to and applied on confirmation; refuses a loop and a level change", async () => {
    const { admin, planId } = await newPlan();
    expect(await importPlanCsv(admin, { planId, text: sample, confirm: true }, "ja")).toMatchObject({ ok: true, data: { create: 5, saved: true } });
    const before = await treeOf(planId);
    const moved = sample.replace("政策,Ⅰ-1,Ⅰ,（例）産業の振興,1", "政策,Ⅰ-1,Ⅱ,（例）産業の振興,1");
    const preview = await importPlanCsv(admin, { planId, text: moved }, "ja");
    expect(preview).toMatchObject({ ok: true, data: { create: 0, update: 0, move: 1, unchanged: 4, errors: [], saved: false,
      changes: [{ line: 3, kind: "move", code: "Ⅰ-1", name: "（例）産業の振興", previousName: "（例）産業の振興", from: "Ⅰ", to: "Ⅱ" }] } });
    expect(await treeOf(planId)).toEqual(before);

    expect(await importPlanCsv(admin, { planId, text: moved, confirm: true }, "ja")).toMatchObject({ ok: true, data: { move: 1, saved: true } });
    expect(await treeOf(planId)).toEqual([
      "0:->Ⅰ 「稼げるまち」の実現 #1", "0:->Ⅱ 「彩りあるまち」の実現 #2",
      "1:Ⅱ>Ⅰ-1 （例）産業の振興 #1", "1:Ⅰ>Ⅰ-2 （例）人材の確保と育成 #2",
      "2:Ⅰ-1>Ⅰ-1-1 （例）中小企業の成長支援 #1",
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: planId, action: "plan.import" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ created: [], renamed: [], moved: [{ code: "Ⅰ-1", from: "Ⅰ", to: "Ⅱ" }] });
    // The same file again changes nothing.
    expect(await importPlanCsv(admin, { planId, text: moved }, "ja")).toMatchObject({ ok: true, data: { move: 0, unchanged: 5 } });

    // Under its own descendant: a loop. To the top: a level change. Both refused at their line, in either language, and nothing saved.
    const after = await treeOf(planId);
    const loop = "番号,上位番号,項目名\nⅡ,Ⅰ-1-1,「彩りあるまち」の実現\n";
    expect(await importPlanCsv(admin, { planId, text: loop }, "ja")).toMatchObject({ ok: true, data: { errors: [
      { line: 2, field: "parent", message: "番号「Ⅱ」の項目を、それ自身またはその下位の項目「Ⅰ-1-1」の下へは移せません（循環）。上位番号を見直してください。" },
    ] } });
    expect(await importPlanCsv(admin, { planId, text: "番号,上位番号,項目名\nⅠ-2,,人材\n" }, "en")).toMatchObject({ ok: true, data: { errors: [
      { line: 2, field: "parent", message: "The node numbered “Ⅰ-2” is at level 2 (政策); under “top level” it would be at level 1 (重点戦略), so it is not moved. Change a node's level in the plan editor." },
    ] } });
    expect(await importPlanCsv(admin, { planId, text: loop, confirm: true }, "ja")).toEqual({ ok: false, kind: "rejected", reason: "planImport.fixFirst" });
    expect(await treeOf(planId)).toEqual(after);
  });

  it("refuses a file with any bad line, saving nothing, and says why by line", async () => {
    const { admin, planId, add } = await newPlan();
    await add("既存");
    const before = await treeOf(planId);
    const text = "階層,番号,上位番号,項目名,並び順\n,A,B,循環1,\n,B,A,循環2,\n,C,どこにもない,迷子,\n,D,,良い行,\n,D,,重複,\n";
    const preview = await importPlanCsv(admin, { planId, text }, "ja");
    expect(preview.ok && preview.data.errors).toEqual([
      { line: 2, field: "parent", message: "上位番号をたどると元の項目に戻ります（循環）。上位番号を見直してください。" },
      { line: 3, field: "parent", message: "上位番号をたどると元の項目に戻ります（循環）。上位番号を見直してください。" },
      { line: 4, field: "parent", message: "上位番号「どこにもない」の項目は、このファイルにも計画にもありません。" },
      { line: 6, field: "code", message: "番号「D」は5行目と重複しています。" },
    ]);
    expect(await importPlanCsv(admin, { planId, text, confirm: true }, "ja")).toEqual({ ok: false, kind: "rejected", reason: "planImport.fixFirst" });
    expect(await importPlanCsv(admin, { planId, text: "x".repeat(PLAN_CSV_MAX_BYTES + 1), confirm: true }, "ja")).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { text: ["ファイルが大きすぎます（512KBまで）。"] } });
    expect(await importPlanCsv(admin, { planId, text: "番号,項目名\nA,a\n", confirm: true }, "en")).toEqual({ ok: false, kind: "invalid", fieldErrors: { text: ["The header row lacks required columns: 上位番号 (parent)"] } });
    const manager = (await createUser(db, { role: "MANAGER" })).actor;
    expect(await importPlanCsv(manager, { planId, text: sample, confirm: true }, "ja")).toEqual({ ok: false, kind: "forbidden" });
    expect(await treeOf(planId)).toEqual(before);
    expect(await importsOf(planId)).toBe(0);
  });
});

describe("plan dashboard", () => {
  it("grades the indicators under each node for the date, across bureaus, with the issues to drill down to", async () => {
    const { planId, add } = await newPlan();
    const top = await add("戦略");
    const below = await add("政策", top);
    const bureau = await createReportingBureau(db);
    const indicator = await db.indicator.findFirstOrThrow({ where: { issueId: bureau.issueId } });
    await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: [below], goalNumbers: [9] }, "ja");

    const code = (await db.bureau.findUniqueOrThrow({ where: { id: bureau.bureauId } })).code;
    const dashboard = await getPlanDashboard(bureau.users.owner.actor, { planId, bureauCode: code, date: "2024-11-30" }, defaultGradeThresholds);
    expect(dashboard?.date).toBe("2024-11-30");
    // The approved 2024-11-30 actual 3 from baseline 0 towards 10: 30 % → D, rolled up to the strategy.
    for (const nodeId of [top, below]) {
      const figures = dashboard!.figures.get(nodeId)!;
      expect(figures.issues.map((issue) => issue.id)).toEqual([bureau.issueId]);
      expect(figures.indicators.map((row) => [row.indicator.id, row.indicator.evaluation])).toEqual([[indicator.id, { rated: true, rate: 30, grade: "D", target: 10 }]]);
      expect(figures.grades).toEqual({ A: 0, B: 0, C: 0, D: 1, UNRATED: 0 });
      expect(figures.completeness).toBe(1);
    }
    expect(dashboard!.sdgs.find((goal) => goal.number === 9)?.counts.get(bureau.bureauId)).toBe(1);
    expect(dashboard!.sdgs.find((goal) => goal.number === 1)?.total).toBe(0);

    // Other bureaus' staff may not read it; a city-wide view is for city-level readers.
    await expect(getPlanDashboard(bureau.users.otherBureauStaff.actor, { planId, bureauCode: code }, defaultGradeThresholds)).rejects.toThrow(AccessDeniedError);
    await expect(getPlanDashboard(bureau.users.owner.actor, { planId, bureauCode: null }, defaultGradeThresholds)).rejects.toThrow(AccessDeniedError);
    expect(await getPlanDashboard(bureau.users.owner.actor, { planId, bureauCode: "no-such-bureau" }, defaultGradeThresholds)).toBeNull();
  });

  it("shows the New Vision city-wide with the Policy Bureau's linked issues", async () => {
    const auditor = (await createUser(db, { role: "AUDITOR" })).actor;
    const plan = await db.plan.findFirstOrThrow({ where: { name: "北九州市・新ビジョン" }, include: { nodes: true } });
    const dashboard = await getPlanDashboard(auditor, { planId: plan.id, bureauCode: null, date: "2024-11-30" }, defaultGradeThresholds);
    const codesUnder = (nodeCode: string) => dashboard!.figures.get(plan.nodes.find((node) => node.code === nodeCode)!.id)!.issues.map((issue) => issue.code).sort();
    expect(codesUnder("Ⅰ")).toEqual(["B(1)", "B(3)", "C(1)"]);
    expect(codesUnder("Ⅱ")).toEqual(["C(1)"]);
    expect(codesUnder("Ⅲ")).toEqual(["C(1)"]);
  });
});

describe("exports", () => {
  it("carry each issue's plan links and SDGs, and each value's rate and grade", async () => {
    const auditor = await createUser(db, { role: "AUDITOR" });
    const data = await getExportData({ ...auditor.actor, name: auditor.name, email: auditor.email }, "seisaku", "2024-11-30");
    const issues = data!.bureaus[0]!.issues;
    expect(issues.find((issue) => issue.code === "B(1)")!.planLinks).toEqual([{ plan: "北九州市・新ビジョン", level: "重点戦略", code: "Ⅰ", name: "「稼げるまち」の実現", retired: false }]);
    expect(issues.find((issue) => issue.code === "C(1)")!.planLinks.map((link) => link.code)).toEqual(["Ⅰ", "Ⅱ", "Ⅲ"]);
    const stored = await db.indicator.findMany({ where: { issue: { document: { bureau: { code: "seisaku" }, fiscalYear: 2024 } } }, select: { name: true, direction: true, baseline: true, target: true, issue: { select: { code: true } } } });
    const graded = issues.flatMap((issue) =>
      issue.indicators.flatMap((indicator) => {
        const row = stored.find((s) => s.issue.code === issue.code && s.name === indicator.name)!;
        return indicator.values.map((value) => {
          const expected = evaluateReported({ ...row, measure: indicator.measure }, { ...value, carriedForward: false });
          return [value.rate, value.grade, value.unratedReason, expected.rated ? [expected.rate, expected.grade, null] : [null, "UNRATED", expected.reason]];
        });
      }),
    );
    expect(graded.length).toBeGreaterThan(0);
    for (const [rate, grade, reason, expected] of graded) expect([rate, grade, reason]).toEqual(expected);
    const table = progressTable(data!, createTranslator("ja"));
    const planColumn = table[0]!.indexOf("計画との紐づけ");
    expect(table.find((row) => row[2] === "B(1)")![planColumn]).toBe("北九州市・新ビジョン／重点戦略 Ⅰ 「稼げるまち」の実現");
  });
});

describe("「KPI達成状況」 report", () => {
  it("counts grades per node, lists the indicators, as xlsx and PDF, each an audited export", async () => {
    const auditor = await createUser(db, { role: "AUDITOR" });
    const user = { ...auditor.actor, name: auditor.name, email: auditor.email };
    const t = createTranslator("ja");
    const plan = await db.plan.findFirstOrThrow({ where: { name: "北九州市・新ビジョン" } });
    const dashboard = (await getPlanDashboard(user, { planId: plan.id, bureauCode: "seisaku", date: "2024-11-30" }, defaultGradeThresholds))!;
    const before = await db.auditEntry.count({ where: { action: "export.kpiReport" } });

    const xlsx = (await runKpiReport(user, { plan: plan.id, bureau: "seisaku", date: "2024-11-30", format: "xlsx" }, t))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const [summary, list] = workbook.worksheets;
    expect(summary!.getRow(1).getCell(1).value).toBe("北九州市・新ビジョン KPI達成状況");
    const first = dashboard.plan!.nodes[0]!;
    const grades = dashboard.figures.get(first.id)!.grades;
    expect(summary!.getRow(3).values).toEqual([undefined, "項目", "階層", "階層の深さ", "A", "B", "C", "D", "評価不能", "計"]);
    expect(summary!.getRow(4).values).toEqual([undefined, "Ⅰ 「稼げるまち」の実現", "重点戦略", 1, grades.A, grades.B, grades.C, grades.D, grades.UNRATED, grades.A + grades.B + grades.C + grades.D + grades.UNRATED]);
    // Each indicator of the linked issues once, under the node it is linked at (C(1)'s under all three).
    const listed = list!.getSheetValues().slice(4).map((row) => (row as unknown[])[3]);
    const expected = dashboard.plan!.nodes.flatMap((node) => dashboard.issues.filter((i) => i.nodeIds.includes(node.id)).flatMap((i) => i.indicators.map(() => i.code)));
    expect(listed).toEqual(expected);
    expect(listed).toContain("B(1)");

    const pdf = (await runKpiReport(user, { plan: plan.id, bureau: "seisaku", date: "2024-11-30", format: "pdf" }, t))!;
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await db.auditEntry.count({ where: { action: "export.kpiReport" } })).toBe(before + 2);
    // Refused where the plan dashboard is.
    const other = (await createReportingBureau(db)).users.owner;
    await expect(runKpiReport({ ...other.actor, name: "x", email: other.email }, { bureau: "seisaku", format: "xlsx" }, t)).rejects.toThrow(AccessDeniedError);
    expect(await db.auditEntry.count({ where: { action: "export.kpiReport" } })).toBe(before + 2);
  });

  it("gives the hierarchy as a depth column, Excel's indent and outline level, keeping the name cells clean", async () => {
    const { planId, add } = await newPlan();
    const top = await add("稼ぐ");
    const middle = await add("産業", top);
    await add("観光", middle);
    await add("彩る");
    const auditor = await createUser(db, { role: "AUDITOR" });
    const xlsx = (await runKpiReport({ ...auditor.actor, name: auditor.name, email: auditor.email }, { plan: planId, bureau: "seisaku", date: "2024-11-30", format: "xlsx" }, createTranslator("ja")))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0]!;
    const rows = [4, 5, 6, 7].map((n) => summary.getRow(n));
    expect(rows.map((row) => [row.getCell(1).value, row.getCell(3).value])).toEqual([["稼ぐ", 1], ["産業", 2], ["観光", 3], ["彩る", 1]]);
    expect(rows.map((row) => row.getCell(1).alignment?.indent ?? 0)).toEqual([0, 1, 2, 0]);
    expect(rows.map((row) => row.outlineLevel ?? 0)).toEqual([0, 1, 2, 0]);
    // Groups open from the parent row above them.
    expect(summary.properties.outlineProperties).toMatchObject({ summaryBelow: false });
  });
});

it("copying a document to a new fiscal year keeps its issues' links to active nodes, SDGs and indicators' yearly targets", async () => {
  const { admin, add } = await newPlan();
  const kept = await add("続く戦略");
  const old = await add("終わる戦略");
  const bureau = await createReportingBureau(db);
  await setIssueLinks(bureau.users.manager.actor, { issueId: bureau.issueId, nodeIds: [kept, old], goalNumbers: [3, 11] }, "ja");
  await retirePlanNode(admin, { nodeId: old }, "ja");
  const indicator = await db.indicator.findFirstOrThrow({ where: { issueId: bureau.issueId } });
  await db.indicator.update({ where: { id: indicator.id }, data: { measure: "CUMULATIVE", yearTargets: { create: [{ fiscalYear: 2025, target: 6 }] }, planNodes: { create: [{ nodeId: kept }] } } });

  const copied = await copyDocument(admin, { documentId: bureau.documentId, fiscalYear: 2025 }, "ja");
  if (!copied.ok) throw new Error(JSON.stringify(copied));
  const issue = await db.issue.findFirstOrThrow({
    where: { documentId: copied.data.documentId },
    include: { planNodes: true, sdgGoals: true, indicators: { include: { yearTargets: true, planNodes: true } } },
  });
  expect(issue.planNodes.map((link) => link.nodeId)).toEqual([kept]);
  expect(issue.sdgGoals.map((goal) => goal.goalNumber).sort((a, b) => a - b)).toEqual([3, 11]);
  expect(issue.indicators[0]).toMatchObject({ measure: "CUMULATIVE", yearTargets: [expect.objectContaining({ fiscalYear: 2025, target: 6 })], planNodes: [expect.objectContaining({ nodeId: kept })] });
  // The old year keeps its link to the retired node.
  expect((await db.issuePlanNode.findMany({ where: { issueId: bureau.issueId } })).map((link) => link.nodeId).sort()).toEqual([kept, old].sort());
});
