import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import type { MessageKey } from "@/lib/i18n/messages";
import { DEMO_PASSWORD } from "@/prisma/seed-data/demo-users";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

// zxcvbn knows the common passwords (language-common) and English words and
// names; it is built once, its dictionaries are large.
let checker: ZxcvbnFactory | undefined;
function strength(password: string, userInputs: string[]) {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return checker.check(password, userInputs);
}

/** The pieces of a person's name and email a password must not be built from. */
function personalWords(person: { name: string; email: string }): string[] {
  const [local = "", domain = ""] = person.email.toLowerCase().split("@");
  return [person.name, ...person.name.split(/[\s\u3000]+/), local, ...local.split(/[._+-]+/), domain.split(".")[0] ?? ""]
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length >= 3);
}

/**
 * Why `password` may not be used by this person, as a message key, or null.
 * At least 12 characters; not the published demo password; not containing the
 * person's name or email; and not guessable (zxcvbn score 3 of 4 at least:
 * common passwords, words, dates, keyboard runs and repeats score low).
 */
export function passwordProblem(password: string, person: { name: string; email: string }): MessageKey | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "password.tooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "password.tooLong";
  if (password === DEMO_PASSWORD) return "password.common";
  const lowered = password.toLowerCase();
  const words = personalWords(person);
  if (words.some((word) => lowered.includes(word))) return "password.personal";
  const result = strength(password, words);
  if (result.score >= 3) return null;
  const personal = result.sequence.some((match) => match.pattern === "dictionary" && match.dictionaryName === "userInputs");
  return personal ? "password.personal" : "password.common";
}
