import { z } from "zod";
import { parseGradeThresholds } from "@/lib/domain/kpi-evaluation";

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
  /**
   * `next start` processes sharing the port in production (scripts/serve.ts, decision 107); by default
   * one per core on PostgreSQL. SQLite's single file stays with one process.
   */
  PORTAL_WORKERS: z.coerce.number({ message: "PORTAL_WORKERS must be a number of processes" }).int().min(1).max(64).optional(),
  /** "on" (npm start): the demo document and users are loaded and every page says デモ環境. */
  DEMO_DATA: z.enum(["on", "off"], { message: "DEMO_DATA must be on or off" }).default("on"),
  // Single sign-on through the city's OpenID Connect directory (Entra ID, Keycloak …): on when
  // all three of issuer, client id and secret are set (docs/decisions/042-single-sign-on.md).
  OIDC_ISSUER: z.url({ message: "OIDC_ISSUER must be the issuer's URL" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The ID-token claim that holds the address the portal's accounts are keyed on. */
  OIDC_EMAIL_CLAIM: z.string().regex(/^[A-Za-z0-9_:.\/-]{1,100}$/, { message: "OIDC_EMAIL_CLAIM must be a claim name" }).default("email"),
  /** The directory's name on the sign-in button (e.g. "Microsoft Entra ID"). */
  OIDC_DISPLAY_NAME: z.string().min(1).max(60).optional(),
  /**
   * "on": a person the directory vouches for who has no account gets one at first sign-in: staff
   * without a bureau, who see nothing until an admin places them (docs/decisions/045). Off by default.
   */
  OIDC_CREATE_ACCOUNTS: z.enum(["on", "off"], { message: "OIDC_CREATE_ACCOUNTS must be on or off" }).default("off"),
  /** "off" leaves single sign-on as the only way in (needs the OIDC_* settings). */
  PASSWORD_SIGNIN: z.enum(["on", "off"], { message: "PASSWORD_SIGNIN must be on or off" }).default("on"),
  /** The city's KPI grade thresholds: the lowest achievement rate (%) of A, B and C (lib/domain/kpi-evaluation.ts). */
  KPI_GRADE_THRESHOLDS: z
    .string()
    .default("120,100,70")
    .transform((text, context) => {
      const thresholds = parseGradeThresholds(text);
      if (thresholds === null) context.addIssue({ code: "custom", message: "KPI_GRADE_THRESHOLDS must be three decreasing percentages for A, B and C, e.g. 120,100,70" });
      return thresholds ?? z.NEVER;
    }),
}).superRefine((env, context) => {
  const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((value) => value !== undefined).length;
  if (set !== 0 && set !== 3) {
    context.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set together or not at all" });
  }
  if (env.DATABASE_URL.startsWith("file:") && (env.PORTAL_WORKERS ?? 1) > 1) {
    context.addIssue({ code: "custom", path: ["PORTAL_WORKERS"], message: "PORTAL_WORKERS above 1 needs PostgreSQL: the SQLite portal runs as one process" });
  }
  if (env.PASSWORD_SIGNIN === "off" && set !== 3) {
    context.addIssue({ code: "custom", path: ["PASSWORD_SIGNIN"], message: "PASSWORD_SIGNIN=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), or nobody could sign in" });
  }
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
