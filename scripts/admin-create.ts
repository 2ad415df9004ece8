import { parseArgs } from "node:util";
import { createAdminAccount } from "@/lib/commands/admin-account";
import { passwordLink } from "@/lib/auth/password-tokens";
import { db } from "@/lib/db";
import { createTranslator } from "@/lib/i18n/messages";

// npm run admin:create -- --email <email> --name <name> [--url https://portal.example.jp]
// Makes an administrator without a password and prints the one-time link
// (valid 24 hours, usable once) with which they set one.
let args;
try {
  args = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, url: { type: "string" } } }).values;
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (!args.email || !args.name) {
  console.error("Usage: npm run admin:create -- --email <email> --name <name> [--url <portal address, default NEXTAUTH_URL>]");
  process.exit(2);
}
const result = await createAdminAccount({ email: args.email, name: args.name }, "ja");
await db.$disconnect();
if (!result.ok) {
  const t = createTranslator("ja");
  const reasons = result.kind === "invalid" ? Object.values(result.fieldErrors).flat().join(" ") : result.kind === "rejected" ? t(result.reason) : result.kind;
  console.error(`管理者を作成できませんでした: ${reasons}`);
  process.exit(1);
}
console.log(`管理者 ${result.data.email} を作成しました。次のリンクを本人に渡し、24時間以内にパスワードを設定してもらってください（1回だけ使えます）:`);
console.log(passwordLink(result.data.token, args.url ?? process.env.NEXTAUTH_URL));
