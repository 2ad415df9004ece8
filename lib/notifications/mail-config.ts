import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * The worker's SMTP settings, from the environment (README, Notifications).
 * No SMTP_HOST: no mail is sent and notifications appear in the portal only
 * (the demo); queued mail waits until a server is configured.
 */
const mailEnvSchema = z
  .object({
    SMTP_HOST: z.string().trim().min(1).optional(),
    SMTP_PORT: z.coerce.number({ message: "must be a port number" }).int().min(1, "must be a port number").max(65535, "must be a port number").optional(),
    /** "tls": implicit TLS (usually port 465); "starttls": plain connection that must upgrade (587); "none": no TLS (a relay on localhost only). */
    SMTP_SECURITY: z.enum(["tls", "starttls", "none"], { message: "must be tls, starttls or none" }).default("starttls"),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z.email({ message: "must be a mail address" }).optional(),
    /** A PEM file of the CA that signed the city's mail server certificate, if not a public one. */
    SMTP_CA_FILE: z.string().refine((file) => existsSync(file), { message: "file not found" }).optional(),
    /** The portal's address, for links in mail. */
    NEXTAUTH_URL: z.url({ message: "must be the portal's address (https://…)" }).default("http://localhost:3000"),
    MAIL_WORKER_INTERVAL_MS: z.coerce.number().int().min(100, "must be at least 100").max(3_600_000).default(5000),
  })
  .superRefine((env, ctx) => {
    if (!env.SMTP_HOST) return;
    if (!env.SMTP_FROM) ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "is required when SMTP_HOST is set" });
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      ctx.addIssue({ code: "custom", path: [env.SMTP_USER ? "SMTP_PASSWORD" : "SMTP_USER"], message: "SMTP_USER and SMTP_PASSWORD go together" });
    }
  });

export type MailConfig = z.infer<typeof mailEnvSchema>;

export class MailConfigError extends Error {}

/** Parses the settings; a bad one throws with one line naming it. */
export function readMailConfig(source: NodeJS.ProcessEnv = process.env): MailConfig {
  const parsed = mailEnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MailConfigError(`Invalid mail setting ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
