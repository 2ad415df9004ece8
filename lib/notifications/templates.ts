import type { NotificationKind } from "@/generated/prisma/sqlite/enums";
import { formatDateFor } from "@/lib/domain/dates";
import { createTranslator, type Locale } from "@/lib/i18n/messages";

/** What a mail says; every value comes from the rows as they were when the change was made. */
export interface MailContext {
  kind: NotificationKind;
  issue?: { code: string; name: string };
  /** Notices about a whole period (its briefing book) name the bureau instead of an issue. */
  bureau?: string;
  asOfDate?: Date;
  deadline?: Date | null;
  /** Whole days left until the deadline (reminders). */
  days?: number;
  comment?: string | null;
  link: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The mail for one notification, in the user's language (dates in wareki in Japanese), as plain text and HTML. */
export function renderMail(context: MailContext, locale: Locale): RenderedMail {
  const t = createTranslator(locale);
  const asOf = context.asOfDate ? formatDateFor(context.asOfDate, locale) : "";
  const params = { code: context.issue?.code ?? "", name: context.issue?.name ?? "", bureau: context.bureau ?? "", asOf, days: context.days ?? 0 };
  const subject = t(`notify.subject.${context.kind}`, params);
  const fields: [string, string][] = [];
  if (context.issue) fields.push([t("notify.field.issue"), `${context.issue.code} ${context.issue.name}`]);
  if (context.bureau) fields.push([t("notify.field.bureau"), context.bureau]);
  if (context.asOfDate) fields.push([t("notify.field.asOf"), asOf]);
  if (context.deadline !== undefined) fields.push([t("notify.field.deadline"), context.deadline ? formatDateFor(context.deadline, locale) : t("notify.field.noDeadline")]);
  if (context.comment) fields.push([t("notify.field.comment"), context.comment]);
  const lead = t(`notify.body.${context.kind}`, params);
  const footer = t("notify.footer");
  const text = [lead, "", ...fields.map(([k, v]) => `${k}: ${v}`), `${t("notify.field.link")}: ${context.link}`, "", "--", footer, ""].join("\n");
  const rows = fields.map(([k, v]) => `<tr><th align="left" style="padding-right:1em">${escapeHtml(k)}</th><td style="white-space:pre-wrap">${escapeHtml(v)}</td></tr>`);
  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<table>${rows.join("")}</table>`,
    `<p><a href="${escapeHtml(context.link)}">${escapeHtml(context.link)}</a></p>`,
    `<hr><p style="color:#555;font-size:small">${escapeHtml(footer)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

/** One mail listing a manager's notifications of a day (the daily digest). */
export function renderDigest(day: Date, items: readonly { subject: string; link: string }[], locale: Locale): RenderedMail {
  const t = createTranslator(locale);
  const date = formatDateFor(day, locale);
  const subject = t("notify.digest.subject", { date, count: items.length });
  const lead = t("notify.digest.lead", { date });
  const footer = t("notify.footer");
  const text = [lead, "", ...items.flatMap((i) => [`- ${i.subject}`, `  ${i.link}`]), "", "--", footer, ""].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    `<p>${escapeHtml(lead)}</p><ul>`,
    ...items.map((i) => `<li><a href="${escapeHtml(i.link)}">${escapeHtml(i.subject)}</a></li>`),
    `</ul><hr><p style="color:#555;font-size:small">${escapeHtml(footer)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
