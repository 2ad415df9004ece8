import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() and forbidden.tsx give refused users a real 403 page.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  poweredByHeader: false,
};

export default nextConfig;
