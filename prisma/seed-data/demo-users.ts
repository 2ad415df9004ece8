import type { Role } from "@/generated/prisma/sqlite/enums";

/** The demo password of every demo user (README). */
export const DEMO_PASSWORD = "demo-pass-2024";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Where the user sits: the seed bureau, a section given by an issue it owns, or the city. */
  place: { kind: "city" } | { kind: "bureau" } | { kind: "section"; ofIssue: string };
}

export const demoUsers: DemoUser[] = [
  { email: "admin@example.jp", name: "管理 太郎", role: "ADMIN", place: { kind: "city" } },
  { email: "city-manager@example.jp", name: "市 政策監", role: "MANAGER", place: { kind: "city" } },
  { email: "manager@example.jp", name: "政策 局長", role: "MANAGER", place: { kind: "bureau" } },
  { email: "staff@example.jp", name: "寄附 花子", role: "STAFF", place: { kind: "section", ofIssue: "A(1)" } },
  { email: "staff-intl@example.jp", name: "国際 次郎", role: "STAFF", place: { kind: "section", ofIssue: "A(3)" } },
  { email: "auditor@example.jp", name: "監査 三郎", role: "AUDITOR", place: { kind: "city" } },
];
