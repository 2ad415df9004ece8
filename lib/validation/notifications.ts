import { z } from "zod";
import { NotificationKind } from "@/generated/prisma/sqlite/enums";
import { locales } from "@/lib/i18n/messages";
import { idSchema } from "./common";

/** Mark one notification read, or all of the user's (`all`). */
export const markReadSchema = z.union([z.object({ notificationId: idSchema }), z.object({ all: z.literal(true) })]);

/** The kinds a user may turn mail off for (one-time links always go). */
export const optionalMailKinds = Object.values(NotificationKind).filter((k) => k !== "INVITATION" && k !== "PASSWORD_RESET");

export const preferencesSchema = z.object({
  /** The kinds mailed; every other optional kind is portal-only. */
  mailKinds: z.array(z.enum(optionalMailKinds as [NotificationKind, ...NotificationKind[]])).max(optionalMailKinds.length),
  digest: z.boolean(),
  locale: z.enum(locales),
});

export const mailIdSchema = z.object({ mailId: idSchema });
