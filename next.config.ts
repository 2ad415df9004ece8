import type { NextConfig } from "next";
import { publicSiteContentSecurityPolicy, securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // forbidden() and forbidden.tsx give refused users a real 403 page.
  // A PDF of the 局区Ｘ方針 is uploaded through the import action (default limit 1 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
  // Native drivers, and the PDF/Excel writers that read their own data files (fonts, AFM metrics) from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pdfkit", "exceljs", "pdfjs-dist"],
  poweredByHeader: false,
  // The residents' site skips the proxy (no session, no nonce: it has no script), so its
  // security headers are fixed here, for its 404s too.
  async headers() {
    return [
      {
        source: "/public/:path*",
        headers: [{ key: "Content-Security-Policy", value: publicSiteContentSecurityPolicy }, ...Object.entries(securityHeaders).map(([key, value]) => ({ key, value }))],
      },
    ];
  },
};

export default nextConfig;
