import type { PlanDefinition } from "@/lib/plans/write-plan";

/**
 * 北九州市・新ビジョン (基本構想・基本計画, 2024): its top level, the three 重点戦略
 * as published. The span is the 基本計画's five years (令和6–10年度); the bureau
 * document gives none. Lower levels are left for the city to enter in the editor.
 */
export const newVision: PlanDefinition & { strategies: { code: string; name: string }[] } = {
  name: "北九州市・新ビジョン",
  startFiscalYear: 2024,
  endFiscalYear: 2028,
  levelNames: ["重点戦略", "政策", "施策"],
  strategies: [
    { code: "Ⅰ", name: "「稼げるまち」の実現" },
    { code: "Ⅱ", name: "「彩りあるまち」の実現" },
    { code: "Ⅲ", name: "「安らぐまち」の実現" },
  ],
};

/** The Policy Bureau's issues linked where its R6 document itself says which strategy they serve. */
export const newVisionLinks: { issue: string; strategies: string[]; why: string }[] = [
  { issue: "B(1)", strategies: ["Ⅰ"], why: "② 新ビジョンに掲げる「稼げるまち」の実現に向け…" },
  { issue: "B(3)", strategies: ["Ⅰ"], why: "③ 新ビジョンでは、メガリージョンの推進は「稼げるまち」の軸の一つ" },
  { issue: "C(1)", strategies: ["Ⅰ", "Ⅱ", "Ⅲ"], why: "① 北九州市・新ビジョンの実現: ３つの重点戦略に基づく取組" },
];
