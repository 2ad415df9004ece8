import type { Role } from "@/generated/prisma/sqlite/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    bureauId: string | null;
    sectionId: string | null;
  }
  interface Session {
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      bureauId: string | null;
      sectionId: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    bureauId: string | null;
    sectionId: string | null;
  }
}
