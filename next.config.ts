import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() and forbidden.tsx give refused users a real 403 page.
  // A PDF of the 局区Ｘ方針 is uploaded through the import action (default limit 1 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
  // Native drivers, and the PDF/Excel writers that read their own data files (fonts, AFM metrics) from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pdfkit", "exceljs", "pdfjs-dist"],
  poweredByHeader: false,
};

export default nextConfig;
