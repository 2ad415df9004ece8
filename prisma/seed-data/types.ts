import type {
  BureauKind,
  DatePrecision,
  IndicatorDirection,
  PartnerKind,
  ProgressStatus,
} from "@/generated/prisma/sqlite/enums";

/** A plain calendar date, "YYYY-MM-DD". */
export type PlainDate = string;

export type AreaCode = "A" | "B" | "C";

export interface SeedSection {
  name: string;
  /** True when the document itself names the section; false when we chose a plausible one. */
  namedInDocument: boolean;
}

export interface SeedIndicator {
  name: string;
  unit: string;
  /** Only where the document says which way is better; null otherwise. */
  direction: IndicatorDirection | null;
  baseline: number | null;
  baselineLabel: string;
  target: number | null;
  targetFiscalYear: number | null;
  /** The actual value as of the seed's reporting date (null when the document gives none). */
  actual: number | null;
  /**
   * Data-entry note: where the figure comes from and what we decided. Kept in
   * this file for whoever maintains the seed; never stored, shown or exported.
   */
  entryNote: string;
}

export interface SeedMilestone {
  /** The document's words for the work (a passage of ②–⑤, nothing added). */
  title: string;
  /** The day, or the first day of the month for month precisions; null for a fiscal year only. */
  plannedDate: PlainDate | null;
  plannedFiscalYear: number | null;
  plannedPrecision: DatePrecision;
  /** 「…以降」: a start, not a deadline. */
  plannedFrom: boolean;
  /** When, in the document's words; "" when it gives none. */
  plannedText: string;
  doneDate: PlainDate | null;
  /** Data-entry note (never stored, shown or exported). */
  entryNote?: string;
}

export interface SeedIssue {
  /** "A(1)" */
  code: string;
  area: AreaCode;
  number: number;
  /** ① 課題名 */
  name: string;
  /** The shorter title of the area matrix figure. */
  matrixTitle: string;
  /** The matrix figure's bullets, without the leading "・". */
  summaryBullets: string[];
  /** ② 課題の内容 */
  content: string;
  /** ③ 課題の背景 */
  background: string;
  /** ④'s heading as the document words it. */
  measuresHeading: string;
  /** ④ */
  measures: string;
  /** ⑤ as of the seed's reporting date. */
  progress: { text: string; status: ProgressStatus };
  isAffiliatedBody: boolean;
  owningSection: string;
  relatedSections: { name: string; canEdit: boolean }[];
  partners: { name: string; role: string }[];
  indicators: SeedIndicator[];
  milestones: SeedMilestone[];
}

export interface SeedDocument {
  city: { code: string; name: string };
  bureau: { code: string; name: string; kind: BureauKind };
  sections: SeedSection[];
  /** The fiscal year's starting Western year (令和6年度 = 2024). */
  fiscalYear: number;
  title: string;
  /** １ 組織の使命, paragraphs separated by "\n". */
  mission: string;
  /** `descriptionInDocument`: false when the description is ours (never printed as the document's). */
  areas: { code: AreaCode; name: string; description: string; descriptionInDocument: boolean }[];
  reportingPeriod: { asOfDate: PlainDate };
  partners: { name: string; kind: PartnerKind }[];
  issues: SeedIssue[];
}
