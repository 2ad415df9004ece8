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
      coEditSectionIds: string[];
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** When the user signed in (ms); sessions from before a sign-out are refused. */
    signedInAt?: number;
    role: Role;
    bureauId: string | null;
    sectionId: string | null;
    coEditSectionIds?: string[];
  }
}
