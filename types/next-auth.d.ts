import type { Role } from "@/generated/prisma/sqlite/enums";
import type { SsoRefusal } from "@/lib/auth/sso";

declare module "next-auth" {
  interface User {
    role: Role;
    bureauId: string | null;
    sectionId: string | null;
    /** Set by single sign-on's profile() on a person the portal turns away (lib/auth/sso.ts). */
    ssoRefusal?: SsoRefusal;
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
