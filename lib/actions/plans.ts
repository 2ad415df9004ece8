"use server";
import { addPlanNode, createPlan, movePlanNode, retirePlanNode, setIndicatorPlan, setIssueLinks, updatePlanNode } from "@/lib/commands/plans";
import { importPlanCsv } from "@/lib/commands/plan-import";
import { PLAN_CSV_MAX_BYTES } from "@/lib/plans/plan-csv";
import { MAX_YEAR_TARGETS } from "@/lib/validation/plans";
import { csvTextOf, withCsvText } from "./csv-upload";
import { type FormState, runCommand } from "./form-state";

// The plan editor's forms (admins) and the issue editor's link form: each runs its command through the one gate.
const fieldsOf = (form: FormData, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));

export async function createPlanAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(createPlan, () => fieldsOf(form, ["name", "startFiscalYear", "endFiscalYear", "levelNames"]), "plan.created", "plan.manage");
}

export async function addPlanNodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(addPlanNode, () => fieldsOf(form, ["planId", "parentId", "code", "name"]), "plan.nodeAdded", "plan.manage");
}

export async function updatePlanNodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(updatePlanNode, () => fieldsOf(form, ["nodeId", "parentId", "code", "name"]), "plan.nodeSaved", "plan.manage");
}

export async function movePlanNodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(movePlanNode, () => fieldsOf(form, ["nodeId", "direction"]), "plan.nodeMoved", "plan.manage");
}

export async function retirePlanNodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(retirePlanNode, () => fieldsOf(form, ["nodeId"]), "plan.nodeRetiredDone", "plan.manage");
}

export async function setIssueLinksAction(_previous: FormState, form: FormData): Promise<FormState> {
  // getAll reads at most what the form sent; the schema bounds the lists before anything is queried.
  return runCommand(setIssueLinks, () => ({ issueId: form.get("issueId"), nodeIds: form.getAll("nodeIds"), goalNumbers: form.getAll("goalNumbers") }), "plan.linksSaved", "issue.edit");
}

/** Year rows arrive as repeated fields (a year and a target per row), read in pairs; the schema bounds their number. */
function yearRows(form: FormData) {
  const years = form.getAll("fiscalYear").slice(0, MAX_YEAR_TARGETS + 1);
  const targets = form.getAll("target");
  return years.map((fiscalYear, index) => ({ fiscalYear, target: targets[index] ?? "" }));
}

export async function setIndicatorPlanAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(
    setIndicatorPlan,
    () => ({ indicatorId: form.get("indicatorId"), measure: form.get("measure"), nodeIds: form.getAll("nodeIds"), yearTargets: yearRows(form) }),
    "plan.indicatorSaved",
    "issue.edit",
  );
}

/** The plan CSV import: preview and save share the command (only `confirm` differs); the text read goes back to the form. */
export async function importPlanCsvAction(_previous: FormState, form: FormData): Promise<FormState> {
  let text = "";
  const input = async () => {
    text = await csvTextOf(form, PLAN_CSV_MAX_BYTES, "planImport.error.tooLarge");
    return { planId: form.get("planId"), text, confirm: form.get("intent") === "save" };
  };
  const saving = form.get("intent") === "save";
  return withCsvText(await runCommand(importPlanCsv, input, saving ? "planImport.saved" : "planImport.previewed", "plan.manage"), text);
}
