import { z } from "zod";

// Environment parsed once; a bad value stops the process with a message naming it.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/portal.db")
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Reverse proxies in front of the app that append the client's address to X-Forwarded-For (0: none, the header is not trusted). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // The audit trail's keys and anchors live outside the database (lib/audit/audit-config.ts):
  // HMAC keys as "id:base64,id:base64" (the last seals new entries) or a file of such lines,
  // the Ed25519 key that signs checkpoints (PEM file), and the file checkpoints are appended to.
  AUDIT_HMAC_KEYS: z.string().optional(),
  AUDIT_HMAC_KEY_FILE: z.string().optional(),
  AUDIT_SIGNING_KEY_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  /** "on" (npm start): the demo document and users are loaded and every page says デモ環境. */
  DEMO_DATA: z.enum(["on", "off"], { message: "DEMO_DATA must be on or off" }).default("on"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
