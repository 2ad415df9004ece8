import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() and forbidden.tsx give refused users a real 403 page.
  experimental: { authInterrupts: true },
  // Native drivers, and the PDF/Excel writers that read their own data files (fonts, AFM metrics) from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "pdfkit", "exceljs", "pdfjs-dist"],
  poweredByHeader: false,
};

export default nextConfig;
