import { z } from "zod";
import { BureauKind } from "@/generated/prisma/sqlite/enums";
import { idSchema, plainText } from "./common";

const orgName = plainText().trim().min(1, "validation.nameRequired").max(100, "validation.textTooLong");
/** A short code used in URLs and exports (seisaku, toshi-senryaku …). */
const orgCode = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "validation.orgCode");
const sortOrder = z.coerce.number("validation.sortOrder").int("validation.sortOrder").min(0, "validation.sortOrder").max(9999, "validation.sortOrder").default(0);

export const saveCitySchema = z.object({ cityId: idSchema.optional(), name: orgName, code: orgCode });
export const bureauFieldsSchema = z.object({ name: orgName, code: orgCode, kind: z.enum(BureauKind, "validation.bureauKind"), sortOrder });
export const createBureauSchema = bureauFieldsSchema;
export const updateBureauSchema = z.intersection(z.object({ bureauId: idSchema }), bureauFieldsSchema);
export const createSectionSchema = z.object({ bureauId: idSchema, name: orgName, sortOrder });
export const updateSectionSchema = z.object({ sectionId: idSchema, name: orgName, sortOrder });
/** A destructive step runs only when the form's second, confirming submit says so. */
const confirmed = z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean());
export const setActiveSchema = z.object({ active: z.preprocess((value) => value === true || value === "true", z.boolean()), confirm: confirmed });
export const setBureauActiveSchema = z.intersection(z.object({ bureauId: idSchema }), setActiveSchema);
export const setSectionActiveSchema = z.intersection(z.object({ sectionId: idSchema }), setActiveSchema);
export const mergeSectionsSchema = z.object({ sectionId: idSchema, intoSectionId: idSchema, confirm: confirmed });
/** The issues a section hands to another (a split): ids checked against the section's own. */
export const moveIssuesSchema = z.object({
  sectionId: idSchema,
  intoSectionId: idSchema,
  issueIds: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(idSchema).min(1, "validation.chooseIssues").max(500, "validation.chooseIssues")),
  confirm: confirmed,
});
export const moveSectionSchema = z.object({ sectionId: idSchema, bureauId: idSchema, confirm: confirmed });
/** The import page's offer to create the bureau a document's title names (the title line, or the whole text). */
export const createBureauFromTitleSchema = z.object({ code: orgCode, text: z.string().min(1, "validation.required").max(500_000, "validation.textTooLong"), confirm: confirmed });
