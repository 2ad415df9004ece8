"use server";
import { createBureau, createSection, updateBureau, updateSection } from "@/lib/commands/organisation";
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
