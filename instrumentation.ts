// Runs once when the server starts. Production refuses to run without the audit
// trail's keys and checkpoint file (lib/audit/start-check.ts). The Node-only
// check is imported under the nodejs runtime only, as Next documents.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseStartWithoutAuditConfig } = await import("./lib/audit/start-check");
    refuseStartWithoutAuditConfig();
  }
}
