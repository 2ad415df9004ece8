"use server";
import { createBureau, createSection, updateBureau, updateSection } from "@/lib/commands/organisation";
import { mergeSections, moveIssues, moveSection, type ReorganisationOutcome, setBureauActive, setSectionActive } from "@/lib/commands/reorganisation";
import type { MessageKey } from "@/lib/i18n/messages";
import { type FormState, runCommand } from "./form-state";

// The organisation page's forms (admins): each runs its command through the one gate.
const fieldsOf = (form: FormData, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));

export async function createBureauAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(createBureau, () => fieldsOf(form, ["name", "code", "kind", "sortOrder"]), "organisation.bureauCreated", "organisation.manage");
}

export async function updateBureauAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(updateBureau, () => fieldsOf(form, ["bureauId", "name", "code", "kind", "sortOrder"]), "organisation.saved", "organisation.manage");
}

export async function createSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(createSection, () => fieldsOf(form, ["bureauId", "name", "sortOrder"]), "organisation.sectionCreated", "organisation.manage");
}

export async function updateSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runCommand(updateSection, () => fieldsOf(form, ["sectionId", "name", "sortOrder"]), "organisation.saved", "organisation.manage");
}

/** A reorganisation step: the first submit previews what it touches, the confirming one (confirm=true) applies it. */
const reorganise = (command: Parameters<typeof runCommand<ReorganisationOutcome>>[0], form: FormData, names: readonly string[], doneKey: MessageKey) =>
  runCommand(command, () => fieldsOf(form, [...names, "confirm"]), form.get("confirm") === "true" ? doneKey : "organisation.confirmLead", "organisation.manage");

export async function setBureauActiveAction(_previous: FormState, form: FormData): Promise<FormState> {
  return reorganise(setBureauActive, form, ["bureauId", "active"], form.get("active") === "true" ? "organisation.reactivated" : "organisation.deactivated");
}

export async function setSectionActiveAction(_previous: FormState, form: FormData): Promise<FormState> {
  return reorganise(setSectionActive, form, ["sectionId", "active"], form.get("active") === "true" ? "organisation.reactivated" : "organisation.deactivated");
}

export async function mergeSectionsAction(_previous: FormState, form: FormData): Promise<FormState> {
  return reorganise(mergeSections, form, ["sectionId", "intoSectionId"], "organisation.merged");
}

export async function moveSectionAction(_previous: FormState, form: FormData): Promise<FormState> {
  return reorganise(moveSection, form, ["sectionId", "bureauId"], "organisation.moved");
}

export async function moveIssuesAction(_previous: FormState, form: FormData): Promise<FormState> {
  const confirm = form.get("confirm") === "true";
  const input = () => ({ sectionId: form.get("sectionId"), intoSectionId: form.get("intoSectionId"), issueIds: form.getAll("issueIds"), confirm });
  return runCommand(moveIssues, input, confirm ? "organisation.issuesMoved" : "organisation.confirmLead", "organisation.manage");
}
