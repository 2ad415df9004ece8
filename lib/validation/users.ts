import { z } from "zod";
import { Role } from "@/generated/prisma/sqlite/enums";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { idSchema, plainText } from "./common";
import { firstValues, type SearchParams } from "./search-params";

/** An email address as accounts store it: trimmed and lower-case. */
export const emailSchema = z.string().trim().toLowerCase().max(254, "validation.email").pipe(z.email("validation.email"));

export const personNameSchema = plainText().trim().min(1, "validation.nameRequired").max(100, "validation.textTooLong");

/** A form's empty select is "none". */
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), idSchema.nullable());

/** The fields of a user account a person edits. City-level accounts have no bureau. */
export const userFieldsSchema = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    role: z.enum(Role, "validation.role"),
    bureauId: optionalId,
    sectionId: optionalId,
    coEditSectionIds: z.array(idSchema).max(50, "validation.tooManySections").default([]),
  })
  .refine((user) => user.role !== "STAFF" || user.bureauId !== null, { message: "validation.staffNeedsBureau", path: ["bureauId"] })
  .refine((user) => user.sectionId === null || user.bureauId !== null, { message: "validation.sectionNeedsBureau", path: ["sectionId"] })
  .refine((user) => user.coEditSectionIds.length === 0 || user.bureauId !== null, { message: "validation.sectionNeedsBureau", path: ["coEditSectionIds"] });

export type UserFields = z.infer<typeof userFieldsSchema>;

export const createUserSchema = userFieldsSchema;
export const updateUserSchema = z.intersection(z.object({ userId: idSchema }), userFieldsSchema);
export const userIdSchema = z.object({ userId: idSchema });

const newPassword = z.string().min(1, "validation.passwordRequired").max(MAX_PASSWORD_LENGTH, "password.tooLong");

/** A new password typed twice. Its strength rules need the person, so the command checks them. */
const newPasswordPair = z
  .object({ password: newPassword, confirm: z.string().max(MAX_PASSWORD_LENGTH) })
  .refine((input) => input.password === input.confirm, { message: "validation.passwordMismatch", path: ["confirm"] });

/** The token of a one-time link: 32 random bytes, base64url. */
export const passwordTokenSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{43}$/, "password.linkInvalid");

export const setPasswordSchema = z.intersection(z.object({ token: passwordTokenSchema }), newPasswordPair);

export const changePasswordSchema = z.intersection(
  z.object({ current: z.string().min(1, "validation.currentPasswordRequired").max(MAX_PASSWORD_LENGTH) }),
  newPasswordPair,
);

/** The list's filters, from the URL. */
export const userFiltersSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  bureau: idSchema.optional().catch(undefined),
  section: idSchema.optional().catch(undefined),
  role: z.enum(Role).optional().catch(undefined),
  active: z.enum(["active", "inactive", "all"]).catch("active"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserFilters = z.infer<typeof userFiltersSchema>;

export function parseUserFilters(params: SearchParams): UserFilters {
  return userFiltersSchema.parse(firstValues(params));
}
