import type { MessageKey } from "@/lib/i18n/translator";

/**
 * Every item of the portal's navigation, in its order, with its label. A plain module: the server picks the
 * hrefs a user may see and the client header draws them (a client module's constants are only references
 * on the server).
 */
export const navigationLabels = {
  "/": "nav.home",
  "/dashboard": "nav.dashboard",
  "/city": "nav.city",
  "/periods": "nav.periods",
  "/review": "nav.review",
  "/import": "nav.import",
  "/exports": "nav.exports",
  "/audit": "nav.audit",
  "/admin/users": "nav.users",
  "/admin/organisation": "nav.organisation",
  "/admin/mail": "nav.mailFailures",
} as const satisfies Record<string, MessageKey>;
export type NavigationHref = keyof typeof navigationLabels;
