import type { SeedDocument } from "./types";

/*
 * 局区Ｘ方針〈政策局〉 令和６年度, as of 令和６年11月末 (2024-11-30), from
 * tests/fixtures/seisakukyoku-R6-11.txt.
 *
 * Texts ①–⑤ and the mission are the document's, passed through
 * normalizeWrappedText (lib/domain/wrapped-text.ts): every character kept, only
 * the PDF's line wraps and page footers removed (tests/unit/seed-fidelity.test.ts
 * checks this). Matrix titles and bullets are the figure's, joined across lines.
 *
 * From the document: ①–⑤, the mission, the ④ headings, matrix titles and
 * bullets, 外郭団体等 (B(5), B(6)), partner names and roles (in its words),
 * every indicator figure and every milestone date.
 *
 * Ours, not the document's (it does not say):
 * - Sections. From the document: 国際政策課 only (A(3) ⑤ "国際政策課で作成した",
 *   B(5) ② "国際政策課所管の外郭団体"; A(3) ③ "当課" and B(4) are its work too).
 *   Ours (plausible sections of a city's 政策局, namedInDocument: false):
 *   政策調整課 (新ビジョン推進・局内調整: C(1)), ふるさと納税推進課 (ふるさと納税・
 *   シティプロモーション: A(1)), 広域連携推進課 (A(2), B(3)), 特区推進課 (B(1)),
 *   SDGs推進課 (B(2)), 大学政策課 (B(6)). Related sections are ours as well:
 *   政策調整課 where the text implies bureau-wide or 横断的 work (A(3), B(2),
 *   B(4), B(5), B(6)), every section for C(1) (横串機能 across the bureau),
 *   ふるさと納税推進課 for A(2) (シティプロモーション); canEdit only for B(4).
 * - Area descriptions: the figure names the areas Ａ/Ｂ/Ｃ without defining them
 *   (descriptionInDocument: false: shown as ours, never printed in the PDF).
 * - Partner kinds (北九州市立大学 is a 公立大学法人 the city funds: AFFILIATED_BODY
 *   throughout; 北九州ＳＤＧｓステーション and 市長公室 are the city's own: OTHER).
 *   "北九州都市圏域の市町" is our name for the text's 北九州都市圏域 / 各市町.
 * - Progress status: the document states none. Every ⑤ reports work done or
 *   going as planned, so all are 順調 (ON_TRACK); see B(6) for why it is not
 *   NOT_STARTED.
 * - Milestones: the title is a passage of the document, nothing added; the
 *   date is kept as precisely as the document gives it (plannedPrecision: a
 *   day, a month, 中旬, a fiscal year; plannedFrom for 「…以降」) with its words
 *   in plannedText. A month-only done date is the month's first day. Work that ⑤
 *   reports as done without a date ("実施", "開催", "依頼した") has doneDate =
 *   the reporting date 2024-11-30 ("done by"); its entryNote says so.
 * - Indicator values are only those the text gives; no target is invented.
 *   A direction only where the text says which way is better (else null).
 *   entryNote fields are data-entry notes: never stored, shown or exported.
 */
export const seisakukyokuR6: SeedDocument = {
  city: {
    code: "kitakyushu",
    name: "北九州市"
  },
  bureau: {
    code: "seisaku",
    name: "政策局",
    kind: "BUREAU"
  },
  sections: [
    {
      name: "政策調整課",
      namedInDocument: false
    },
    {
      name: "国際政策課",
      namedInDocument: true
    },
    {
      name: "ふるさと納税推進課",
      namedInDocument: false
    },
    {
      name: "広域連携推進課",
      namedInDocument: false
    },
    {
      name: "特区推進課",
      namedInDocument: false
    },
    {
      name: "SDGs推進課",
      namedInDocument: false
    },
    {
      name: "大学政策課",
      namedInDocument: false
    }
  ],
  fiscalYear: 2024,
  title: "局区Ｘ方針〈政策局〉",
  mission: "政策局は、新ビジョンで掲げた都市像の実現に向け、各部局が取り組む組織横断的な政策についての総合調整と牽引の役割を担っており、新ビジョンの周知・浸透を図るとともに、適切な進行管理を行う。\n目下、市の最大の課題である人口の社会動態のプラス転換を目指し、政策局では、２０代の若者人口の改善のため、北九州市立大学の新学部の設置や特色の異なる市内１０大学の連携促進による魅力の向上や、Ｚ世代の若者のチャレンジを応援し、その価値観や行動傾向を本市のまちづくりに活かしていく。また、大学や企業とも連携しつつ多文化共生を推進し、外国人の受入れ・定着の環境を整える。\n更に福岡市・下関市・北九州都市圏域との連携（メガリージョン）により、都市力を強化し、エリア全体の繁栄を目指すとともに、「ＳＤＧｓ」「特区」など、本市の強みを活かした取り組みにより「成長と幸福の好循環」を実現する。",
  areas: [
    {
      code: "A",
      name: "Ａ領域",
      description: "局内で完結して取り組む課題",
      descriptionInDocument: false
    },
    {
      code: "B",
      name: "Ｂ領域",
      description: "他局・外部の団体と連携して取り組む課題",
      descriptionInDocument: false
    },
    {
      code: "C",
      name: "Ｃ領域",
      description: "全庁的・横断的に取り組む課題",
      descriptionInDocument: false
    }
  ],
  reportingPeriod: {
    asOfDate: "2024-11-30"
  },
  partners: [
    {
      name: "楽天",
      kind: "COMPANY"
    },
    {
      name: "北九州都市圏域の市町",
      kind: "MUNICIPALITY"
    },
    {
      name: "九州工業大学",
      kind: "UNIVERSITY"
    },
    {
      name: "内閣府",
      kind: "NATIONAL_BODY"
    },
    {
      name: "金融機関",
      kind: "OTHER"
    },
    {
      name: "北九州ＳＤＧｓステーション",
      kind: "OTHER"
    },
    {
      name: "福岡市",
      kind: "MUNICIPALITY"
    },
    {
      name: "下関市",
      kind: "MUNICIPALITY"
    },
    {
      name: "アジア成長研究所",
      kind: "AFFILIATED_BODY"
    },
    {
      name: "北九州国際交流協会",
      kind: "AFFILIATED_BODY"
    },
    {
      name: "北九州市立大学",
      kind: "AFFILIATED_BODY"
    },
    {
      name: "市長公室",
      kind: "OTHER"
    }
  ],
  issues: [
    {
      code: "A(1)",
      area: "A",
      number: 1,
      name: "ふるさと納税の寄附受入額の増加",
      matrixTitle: "ふるさと納税の寄附受入額の増加",
      summaryBullets: [
        "事務負担の最小化を図りながら、寄附受付サイトの拡充を検討"
      ],
      content: "現在、楽天など６つの寄附受付サイトで受付。他都市に比べ受付サイト数が少なく、寄附受入額の伸び率鈍化の要因の一つとなっている。",
      background: "寄附受付サイトが多いほど、寄附額が増加するため、サイトの拡充が必須。\nサイトを増やすことを検討しているが、多数の寄附受付サイトの維持・管理を２名の専任職員（係長１、職員１）で行っているため、内部事務に追われ、サイトの拡充に対応困難な状況。本業の新規返礼品の発掘、シティープロモーションにも時間が割けない状況にある。",
      measuresHeading: "課題に対する取組み",
      measures: "内部事務を軽減する方策として、現在、かなりの時間を要している返礼品の登録・変更事務に関し、入力や確認が効率的に行える新しいシステムを導入。",
      progress: {
        text: "令和６年８月に返礼品の登録・変更を効率的に実施できる新システムを導入した。\nまた、寄附受付サイトの追加にあたっては、事務の増加を最小限とするため、返礼品管理が一元管理できるシステム（ふるさと納税ｄｏ）を採用しているサイトの中から、追加するサイトを選定した。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "ふるさと納税推進課",
      relatedSections: [],
      partners: [
        {
          name: "楽天",
          role: "寄附受付サイト（楽天など６つの寄附受付サイトで受付）"
        }
      ],
      indicators: [
        {
          name: "寄附受付サイト数",
          unit: "サイト",
          direction: "UP",
          baseline: 6,
          baselineLabel: "現在",
          target: null,
          targetFiscalYear: null,
          actual: 6,
          entryNote: "②「現在、楽天など６つの寄附受付サイトで受付。他都市に比べ受付サイト数が少なく」：目標値は文書に記載なし"
        },
        {
          name: "寄附受付サイトの維持・管理を行う専任職員数",
          unit: "名",
          direction: null,
          baseline: 2,
          baselineLabel: "現在",
          target: null,
          targetFiscalYear: null,
          actual: 2,
          entryNote: "③「多数の寄附受付サイトの維持・管理を２名の専任職員（係長１、職員１）で行っているため」：増員の目標ではなく取組みの制約なので方向なし"
        }
      ],
      milestones: [
        {
          title: "返礼品の登録・変更を効率的に実施できる新システムを導入",
          plannedDate: "2024-08-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "令和６年８月",
          doneDate: "2024-08-01"
        }
      ]
    },
    {
      code: "A(2)",
      area: "A",
      number: 2,
      name: "北九州都市圏域の情報発信",
      matrixTitle: "北九州都市圏域の情報発信",
      summaryBullets: [
        "北九州都市圏域の認知度と魅力の更なる向上を目指し、積極的な情報発信を実施"
      ],
      content: "北九州都市圏域についてサイトを開設し、情報発信を行っているが、アクセス数が伸びず、目的である認知度の向上と魅力の発信につながっていない。",
      background: "各市町の情報（観光やイベント等）については、それぞれの市町の広報・ＨＰ等で情報発信しており、各市町が北九州都市圏域としての情報発信（積極的な情報提供）まで辿り着いていない。また、圏域目線での独自のコーディネートが不十分であり、差別化や優位性が図れていない。",
      measuresHeading: "課題に対する取組み",
      measures: "各市町とオンラインなどを活用した協議の機会を増やすことで、圏域としての気運を高める。\nまた、認知度の向上や魅力の発信のため、ＳＮＳなどの動画と連携した若者向けの広報などについて、実施の意義や継続性、効果などについて分析し、実施の有無について検討を進める。",
      progress: {
        text: "令和６年度上半期に３回の担当者会議を開催し、現在運用しているＨＰのあり方や、ＳＮＳ発信によるプロモーションの効果、費用負担、業務量などについて様々な議論を行った。今後も北九州都市圏域としての効果的な情報発信について継続して協議する。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "広域連携推進課",
      relatedSections: [
        {
          name: "ふるさと納税推進課",
          canEdit: false
        }
      ],
      partners: [
        {
          name: "北九州都市圏域の市町",
          role: "各市町とオンラインなどを活用した協議、担当者会議"
        }
      ],
      indicators: [
        {
          name: "担当者会議の開催回数",
          unit: "回",
          direction: "UP",
          baseline: null,
          baselineLabel: "令和６年度上半期",
          target: null,
          targetFiscalYear: null,
          actual: 3,
          entryNote: "⑤「令和６年度上半期に３回の担当者会議を開催」"
        }
      ],
      milestones: []
    },
    {
      code: "A(3)",
      area: "A",
      number: 3,
      name: "国際関連施策を効果的に展開するための庁内情報共有の促進",
      matrixTitle: "国際関連施策の庁内情報共有の推進",
      summaryBullets: [
        "市役所内の国際関連施策情報を収集・整理・共有",
        "実効性の高い取組を行うためのテーマ別ワーキンググループの開催"
      ],
      content: "グローバル挑戦都市の実現に向け、これまで以上に、多くの部署が単独または横断的に国際事業に取組むことが想定され、幅広かつ積極的、また効率的に庁内の国際関連施策情報を収集・整理・共有することが必要。",
      background: "国際関連施策を実施するにあたり、現状の担当部署間では随時情報交換等を行っているが、当課で得た情報の整理が不十分かつ一元化されておらず、担当部署等からは、情報を広く適時に共有することの必要性や、情報共有による効果的な事業展開の重要性が求められている。",
      measuresHeading: "課題に対する取組み",
      measures: "令和６年度より、ｋｉｎｔｏｎｅなどのデジタルツールを活用し、情報の収集・整理を積極的に行うとともに、見える化して容易に共有できるようにする。また、この情報から、実効性の高い取組みにつながるテーマ別ワーキンググループを開催するなど、効率的・効果的な国際関連施策を実施していく。",
      progress: {
        text: "国際政策課で作成したｋｉｎｔｏｎｅアプリ「国際関連事業データベース」「海外出張管理」について、積極的な活用を全局へ依頼した。また、テーマ別のワーキンググループを計６回実施した。そのうち、台湾での北九州市のＰＲについて、関係局からアイデアをもらい、現地での効果的なＰＲにつなげた。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "国際政策課",
      relatedSections: [
        {
          name: "政策調整課",
          canEdit: false
        }
      ],
      partners: [],
      indicators: [
        {
          name: "テーマ別ワーキンググループの開催回数",
          unit: "回",
          direction: null,
          baseline: null,
          baselineLabel: "",
          target: null,
          targetFiscalYear: null,
          actual: 6,
          entryNote: "⑤「テーマ別のワーキンググループを計６回実施」"
        }
      ],
      milestones: [
        {
          title: "ｋｉｎｔｏｎｅアプリ「国際関連事業データベース」「海外出張管理」について、積極的な活用を全局へ依頼",
          plannedDate: null,
          plannedFiscalYear: 2024,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "令和６年度より",
          doneDate: "2024-11-30",
          entryNote: "⑤は実施済みと報告するが日付を記さない：完了日は報告基準日 2024-11-30（までに完了）"
        }
      ]
    },
    {
      code: "B(1)",
      area: "B",
      number: 1,
      name: "特区制度を活用したルールメイキング（規制改革・グレーゾーンの明確化）",
      matrixTitle: "特区制度を活用したルールメイキング",
      summaryBullets: [
        "「宇宙」や「ディープテック」など新たな分野における規制改革やグレーゾーンの明確化"
      ],
      content: "新ビジョンに掲げる「稼げるまち」の実現に向け、「宇宙などの未来産業の振興」や「ディープテック（革新的な技術）の活用」などの分野におけるルールメイキング（規制改革・グレーゾーンの明確化）に取り組む必要がある。",
      background: "北九州市は、国家戦略特区の指定を受け、これまで国に対して規制改革の提案を行い、実現してきた。しかしながら、宇宙やディープテックなど前例がない分野では、規制の有無やその解釈が不明瞭であること、また、技術開発などの障害となる「岩盤規制」があることなどが課題となっている。",
      measuresHeading: "課題に対する取組み",
      measures: "宇宙やディープテックなど新たな分野に係る技術開発やビジネスの障害となる法規制やグレーゾーンについて、大学や企業等と連携して調査研究を行い、特区制度を活用して新たな規制改革やグレーゾーンの明確化を提案することで、全国に先駆けたルールメイキングを推進する。",
      progress: {
        text: "令和６年 10月 16日の国家戦略特別区域会議にて、九州工業大学と連携して「宇宙との 920MHz帯通信に関する実験試験局の免許取得に係る規制改革」の新規提案を行った。\n今後、有識者、内閣府及び関係省庁と WG等を通じて、規制改革の実現に向け、協議していく。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "特区推進課",
      relatedSections: [],
      partners: [
        {
          name: "九州工業大学",
          role: "連携して「宇宙との 920MHz帯通信に関する実験試験局の免許取得に係る規制改革」の新規提案を行った"
        },
        {
          name: "内閣府",
          role: "有識者、関係省庁と WG等を通じて、規制改革の実現に向け、協議していく"
        }
      ],
      indicators: [
        {
          name: "国家戦略特区での規制改革の新規提案件数",
          unit: "件",
          direction: null,
          baseline: null,
          baselineLabel: "",
          target: null,
          targetFiscalYear: null,
          actual: 1,
          entryNote: "⑤「令和６年 10月 16日の国家戦略特別区域会議にて…の新規提案を行った」（提案１件）"
        }
      ],
      milestones: [
        {
          title: "国家戦略特別区域会議にて、九州工業大学と連携して「宇宙との 920MHz帯通信に関する実験試験局の免許取得に係る規制改革」の新規提案を行った",
          plannedDate: "2024-10-16",
          plannedFiscalYear: 2024,
          plannedPrecision: "DAY",
          plannedFrom: false,
          plannedText: "令和６年 10月 16日",
          doneDate: "2024-10-16"
        }
      ]
    },
    {
      code: "B(2)",
      area: "B",
      number: 2,
      name: "ＳＤＧｓの推進～「周知」から「実践」へ、「官」から「民」へ～",
      matrixTitle: "SDGsの推進「周知」から「実践」、「官」から「民」へ",
      summaryBullets: [
        "官民の適切な役割分担の下、企業などの取組を後押しする仕組みづくりを検討"
      ],
      content: "ＳＤＧｓの推進につながる社会課題の解決に向け、官民の適切な役割分担の下、その担い手となる企業などの取組を後押しする仕組みづくりが必要である。",
      background: "ＳＤＧｓの市民認知度が 90％を超える一方、「社会課題を意識し、行動する人の割合」は 40％を切っており、2030年までの目標達成に向け、「周知」から「実践」にフェーズを移行する時期に入っている。また、これまでは、北九州市（官）が事業費の多くを負担してきたが、近年、金融機関など（民）が社会課題の解決を実践する企業に対し、積極的に投融資を行うようになっている。",
      measuresHeading: "課題に対する取組み",
      measures: "これまで補助金（公的資金）により、企業のＳＤＧｓの取組みを支援してきたが、金融機関の投融資により事業資金を確保するという「民間資金の活用」に変革するため、令和６年７月から「北九州市サステナブル経営認証制度」の運用を開始した。\nまた、ＳＤＧｓ関連情報の集約・発信やマッチング、相談窓口となっている「北九州ＳＤＧｓステーション」については、その機能を維持しつつ、これまでの実績（相談件数・内容など）や他都市の事例を分析の上、デジタル化も含め、より簡素で効率的な運用を目指していく。\n※市政変革推進プランに基づき、令和６年度に経営分析を行う。",
      progress: {
        text: "「北九州市サステナブル経営認証制度」を令和６年７月に創設し、12月中旬頃までを申請の受付期間としている。来年３月に開催する審査会において、申請企業の認証の可否を決定する予定。\nまた、ＳＤＧｓステーションは、引き続き経営分析を行い、今後の在り方を検討する。令和７年度までに、ステーション機能をブラッシュアップし、簡素で効率的な運用を目指す。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "SDGs推進課",
      relatedSections: [
        {
          name: "政策調整課",
          canEdit: false
        }
      ],
      partners: [
        {
          name: "金融機関",
          role: "社会課題の解決を実践する企業に対し、積極的に投融資を行う（「民間資金の活用」）"
        },
        {
          name: "北九州ＳＤＧｓステーション",
          role: "ＳＤＧｓ関連情報の集約・発信やマッチング、相談窓口"
        }
      ],
      indicators: [
        {
          name: "ＳＤＧｓの市民認知度",
          unit: "%",
          direction: null,
          baseline: 90,
          baselineLabel: "90％を超える",
          target: null,
          targetFiscalYear: null,
          actual: null,
          entryNote: "③「ＳＤＧｓの市民認知度が 90％を超える」"
        },
        {
          name: "社会課題を意識し、行動する人の割合",
          unit: "%",
          direction: "UP",
          baseline: 40,
          baselineLabel: "40％を切っており",
          target: null,
          targetFiscalYear: null,
          actual: null,
          entryNote: "③「2030年までの目標達成に向け」：暦年2030年（ＳＤＧｓの目標年）で、この指標の目標年度ではない。目標値は文書に記載なし"
        }
      ],
      milestones: [
        {
          title: "「北九州市サステナブル経営認証制度」を令和６年７月に創設",
          plannedDate: "2024-07-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "令和６年７月",
          doneDate: "2024-07-01"
        },
        {
          title: "申請の受付期間",
          plannedDate: "2024-12-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MID_MONTH",
          plannedFrom: false,
          plannedText: "12月中旬頃まで",
          doneDate: null,
          entryNote: "中旬は20日までと読む"
        },
        {
          title: "審査会において、申請企業の認証の可否を決定する予定",
          plannedDate: "2025-03-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "来年３月",
          doneDate: null,
          entryNote: "「来年３月」は令和７年３月（月末まで）"
        },
        {
          title: "市政変革推進プランに基づき、令和６年度に経営分析を行う",
          plannedDate: null,
          plannedFiscalYear: 2024,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "令和６年度",
          doneDate: null
        },
        {
          title: "ステーション機能をブラッシュアップし、簡素で効率的な運用を目指す",
          plannedDate: null,
          plannedFiscalYear: 2025,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "令和７年度までに",
          doneDate: null
        }
      ]
    },
    {
      code: "B(3)",
      area: "B",
      number: 3,
      name: "広域連携事業の推進",
      matrixTitle: "広域連携事業の推進",
      summaryBullets: [
        "福北連携、関門連携、連携中枢都市圏域などの連携強化",
        "実効性のある新たな連携事業の推進"
      ],
      content: "広域連携による事業推進や事務・事業の効率化は必要とされているが、連携に伴う手間や経費、分担割合などの理由で連携自治体の拡大や新たな取り組みが進まない。",
      background: "新ビジョンでは、メガリージョンの推進は「稼げるまち」の軸の一つとなっている。\n福北連携、関門連携、連携中枢都市圏域をはじめ都市・都市圏との連携を進めていく必要があるが、実施できる項目は実施しており、実効性のある新たな連携事業等が進んでいない。",
      measuresHeading: "課題に対する取組み",
      measures: "連携自治体との勉強会や会議を開催する。\n北九州市役所内においては、連携の可能性の高い部門と意見交換を行うとともに、連携事業の予算確保に際して協力して財政当局との協議・調整にあたる。",
      progress: {
        text: "連携自治体とは、それぞれの状況に応じて、部課長会議や担当者会議等を開催し、新たな連携に向けた協議を行った。\nまた、市役所内では、連携の可能性が高い部門と文書や会議などで協議を行い、関門連携では、10月に新たに４事業を発表、福北連携では 11月に「一人一花運動」での連携を発表した。\n今後も継続して連携に向けた協議を重ねていく。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "広域連携推進課",
      relatedSections: [],
      partners: [
        {
          name: "福岡市",
          role: "福北連携：11月に「一人一花運動」での連携を発表"
        },
        {
          name: "下関市",
          role: "関門連携：10月に新たに４事業を発表"
        },
        {
          name: "北九州都市圏域の市町",
          role: "連携中枢都市圏域：部課長会議や担当者会議等を開催し、新たな連携に向けた協議"
        }
      ],
      indicators: [
        {
          name: "関門連携の新規連携事業数",
          unit: "事業",
          direction: "UP",
          baseline: null,
          baselineLabel: "",
          target: null,
          targetFiscalYear: null,
          actual: 4,
          entryNote: "⑤「関門連携では、10月に新たに４事業を発表」"
        },
        {
          name: "福北連携の新規連携数",
          unit: "件",
          direction: "UP",
          baseline: null,
          baselineLabel: "",
          target: null,
          targetFiscalYear: null,
          actual: 1,
          entryNote: "⑤「福北連携では 11月に「一人一花運動」での連携を発表」"
        }
      ],
      milestones: [
        {
          title: "関門連携では、10月に新たに４事業を発表",
          plannedDate: "2024-10-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "10月",
          doneDate: "2024-10-01"
        },
        {
          title: "福北連携では 11月に「一人一花運動」での連携を発表",
          plannedDate: "2024-11-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "11月",
          doneDate: "2024-11-01"
        }
      ]
    },
    {
      code: "B(4)",
      area: "B",
      number: 4,
      name: "国際関連施策の効率的・効果的な実施",
      matrixTitle: "国際関連施策の効率的・効果的な実施",
      summaryBullets: [
        "国際交流、国際ビジネス、多文化共生などの取組について、組織横断的な検討・整理"
      ],
      content: "国際関連施策の中には、過去の実績や関係性を考慮した交流等が長く継続しているものもあり、限られた予算や人員の中で、効果的な国際関連施策実施の在り方について検討・整理が必要。",
      background: "市政変革に向けた経営分析において、国際関係施策は庁内横断的な取組みによる効果的な実施が期待されるとともに、新ビジョンの推進に向けて、実効性が高い取組みの推進が求められている。",
      measuresHeading: "課題に向けた取組み",
      measures: "従来からの海外ネットワークのあり方や関わり方の検証・経営分析等を関連部署と行い、国際交流、国際技術協力、国際ビジネス、多文化共生などの取組みについて、必要な見直し・充実を図る。\n※市政変革推進プランに基づき、令和７年度に経営分析を行う。",
      progress: {
        text: "令和７年度の事業クラスターに向けて、関係部署とワーキンググループを開催。\n令和６年度の各課の取組み、及び令和７年度の取組み方針の共有を行い、今後の見直しに向け、現時点でそれぞれが抱えている課題から共通に取り組める内容を把握した。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "国際政策課",
      relatedSections: [
        {
          name: "政策調整課",
          canEdit: true
        }
      ],
      partners: [],
      indicators: [],
      milestones: [
        {
          title: "令和７年度の事業クラスターに向けて、関係部署とワーキンググループを開催",
          plannedDate: null,
          plannedFiscalYear: 2024,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "",
          doneDate: "2024-11-30",
          entryNote: "⑤は実施済みと報告するが日付を記さない：完了日は報告基準日 2024-11-30（までに完了）"
        },
        {
          title: "市政変革推進プランに基づき、令和７年度に経営分析を行う",
          plannedDate: null,
          plannedFiscalYear: 2025,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "令和７年度",
          doneDate: null
        }
      ]
    },
    {
      code: "B(5)",
      area: "B",
      number: 5,
      name: "アジア成長研究所及び北九州国際交流協会の運営の在り方検討",
      matrixTitle: "アジア成長研究所及び北九州国際交流協会の運営の在り方検討",
      summaryBullets: [
        "それぞれの団体の求められる役割に応じ、効率的・効果的な運営の在り方を検討"
      ],
      content: "国際政策課所管の外郭団体「アジア成長研究所」と「北九州国際交流協会」について、北九州市が目指す都市像の実現や市政変革の取組みなどの内部環境や、変化の速い世界情勢や外国人が増加するなどの外部環境を踏まえ、それぞれの団体の求められる役割に応じ、効率的・効果的な運営の見直しが必要。",
      background: "市政変革の取組みにおいて、外郭団体は変革のクラスターの一つとなっている。アジア成長研究所、北九州国際交流協会それぞれにおいて、その存在意義や時代の変化への対応状況などの把握、今後の運営の在り方に向けた議論が必要。",
      measuresHeading: "課題への対応",
      measures: "令和６年度に各外郭団体の存在意義や時代の変化への対応、求められている役割など、経営分析を行い、北九州市が目指す都市像の実現に向けた変革を中長期スパンで行う。 ※市政変革推進プランに基づき、令和６年度に経営分析を行う。",
      progress: {
        text: "市政変革推進プランに基づき、各団体の経営分析を実施。分析結果に基づき、令和７年度以降、各団体の特性や求められる役割等を踏まえ、公民連携の重要なパートナーとして各団体の役割の再定義や団体の持続可能性・機能強化に取り組む。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: true,
      owningSection: "国際政策課",
      relatedSections: [
        {
          name: "政策調整課",
          canEdit: false
        }
      ],
      partners: [
        {
          name: "アジア成長研究所",
          role: "国際政策課所管の外郭団体：経営分析、役割の再定義"
        },
        {
          name: "北九州国際交流協会",
          role: "国際政策課所管の外郭団体：経営分析、役割の再定義"
        }
      ],
      indicators: [],
      milestones: [
        {
          title: "市政変革推進プランに基づき、各団体の経営分析を実施",
          plannedDate: null,
          plannedFiscalYear: 2024,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "令和６年度",
          doneDate: "2024-11-30",
          entryNote: "⑤は実施済みと報告するが日付を記さない：完了日は報告基準日 2024-11-30（までに完了）"
        },
        {
          title: "各団体の役割の再定義や団体の持続可能性・機能強化に取り組む",
          plannedDate: null,
          plannedFiscalYear: 2025,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: true,
          plannedText: "令和７年度以降",
          doneDate: null,
          entryNote: "「以降」は開始時期で期限ではない"
        }
      ]
    },
    {
      code: "B(6)",
      area: "B",
      number: 6,
      name: "北九州市立大学の安定的・長期的な大学経営",
      matrixTitle: "北九州市立大学の安定的・長期的な大学経営",
      summaryBullets: [
        "人件費増や物価高騰、 施設の老朽化等を踏まえた安定的・長期的な大学運営に向けた点検"
      ],
      content: "平成 17年度に独立行政法人化した市立大学が安定的・長期的に運営できるよう、本市は、運営費交付金や施設整備補助金により財政支援を行っているが、昨今の人件費増や物価高騰の要因、施設の老朽化等により、安定的な大学運営に課題がある。",
      background: "大学の教職員の給与は、市職員や国立大学教員の給与水準に準じており、近年、人件費が増加、また、昨今の物価高騰により光熱水費も増加している。\nさらに、北方キャンパスを中心として施設の老朽化もかなり進んでおり、適切な点検・修繕費用が必要である。",
      measuresHeading: "課題に対する取組み",
      measures: "現状、北九州市立大学の歳入の約３割を占める運営費交付金（市負担）が適正な規模であるか等について、他の公立大学の状況や新学部の創設などの要素を踏まえて、安定的・長期的な大学運営に関する点検を行う。\n※市政変革推進プランに基づき、令和８年度に経営分析を行う。",
      // ON_TRACK rather than NOT_STARTED: the 経営分析 is scheduled for 令和８年度 by
      // 市政変革推進プラン, so not having started it yet is on plan, and ⑤ reports the
      // issue is being worked on now (大学と意見交換を行っている).
      progress: {
        text: "市政変革推進プランに基づき、令和８年度に他公立大学の状況等の調査を実施する予定である。\n適宜、大学の収支状況や近年の人件費増や物価高騰による影響について、市立大学と意見交換を行っている。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: true,
      owningSection: "大学政策課",
      relatedSections: [
        {
          name: "政策調整課",
          canEdit: false
        }
      ],
      partners: [
        {
          name: "北九州市立大学",
          role: "収支状況や人件費増・物価高騰の影響について意見交換"
        }
      ],
      indicators: [
        {
          name: "運営費交付金（市負担）が大学の歳入に占める割合",
          unit: "%",
          direction: null,
          baseline: 30,
          baselineLabel: "約３割",
          target: null,
          targetFiscalYear: null,
          actual: null,
          entryNote: "④「北九州市立大学の歳入の約３割を占める運営費交付金（市負担）が適正な規模であるか等について…点検を行う」（文書は方向を示さない）"
        }
      ],
      milestones: [
        {
          title: "市政変革推進プランに基づき、令和８年度に経営分析を行う",
          plannedDate: null,
          plannedFiscalYear: 2026,
          plannedPrecision: "FISCAL_YEAR",
          plannedFrom: false,
          plannedText: "令和８年度",
          doneDate: null
        }
      ]
    },
    {
      code: "C(1)",
      area: "C",
      number: 1,
      name: "北九州市・新ビジョンの実現",
      matrixTitle: "北九州市・新ビジョンの実現",
      summaryBullets: [
        "新ビジョンの周知・浸透、推進体制の構築、進捗管理及び取組の見直しを適切に実施",
        "各局の施策・事業が効果的に作用するよう、横串機能を発揮",
        "政策局職員の政策立案能力の向上及び市長公室とも連携しながら横串機能を強化"
      ],
      content: "新ビジョンに掲げた目指す都市像の実現に向け、３つの重点戦略に基づく取組を着実に推進するためには、新ビジョンの周知・浸透、推進体制の構築、進捗管理および取組みの見直しを適切に行う必要がある。",
      background: "目指す都市像の実現に向けては、北九州市に関係する全てのステークホルダーに新ビジョンの周知・浸透を図り、市全体が一丸となって取組を推進する必要がある。\nまた、急速な時代の変化に対応していくためには、適時、新ビジョンの進捗を把握し、取組の見直しを行っていく必要がある。\n新ビジョンの取組の先頭にたつ北九州市役所においては、新ビジョンを所管する政策局が中心となって、各局の施策・事業が効果的に作用するよう横串機能を発揮していく必要がある。",
      measuresHeading: "課題に対する取組み",
      measures: "職員研修、出前講演、ＰＲ動画など、様々な機会・ツールを使って、ステークホルダーへの新ビジョンの周知・浸透に取り組む。\n市役所内に組織横断的な新ビジョンの推進本部を設置するとともに、各分野の有識者等による会議を設置し、新ビジョンの推進や検証を行う。\n職員の政策立案能力の向上や市内外の情報収集に努めるとともに、市長公室とも連携しながら、横串機能の強化を図る。",
      progress: {
        text: "市役所全課を対象にした職員研修を実施するとともに、新ビジョン実現に向け、職員個人が自ら行動を宣言した「Ａｃｔｉｏｎ宣言」を集め、本庁舎１階にボードとして掲出し、市職員における新ビジョンの浸透を図った。\nまた、出前講演を随時実施するとともに、新ビジョン概要版、ＰＲ動画を作成し、さらに令和６年８月には「若者と未来を描くワークショップ」を開催するなど、様々な機会・ツールを使って、市民への新ビジョンの周知・浸透を図った。\n新ビジョンの推進に向けては、令和６年４月に市役所内に「北九州市・新ビジョン推進本部」を設置するとともに、同年 10月には外部有識者による有識者会議を設置し、今後の進行管理スキームなどについて議論を行った。",
        status: "ON_TRACK"
      },
      isAffiliatedBody: false,
      owningSection: "政策調整課",
      relatedSections: [
        {
          name: "国際政策課",
          canEdit: false
        },
        {
          name: "SDGs推進課",
          canEdit: false
        },
        {
          name: "特区推進課",
          canEdit: false
        },
        {
          name: "広域連携推進課",
          canEdit: false
        },
        {
          name: "大学政策課",
          canEdit: false
        },
        {
          name: "ふるさと納税推進課",
          canEdit: false
        }
      ],
      partners: [
        {
          name: "市長公室",
          role: "連携しながら横串機能の強化を図る"
        }
      ],
      indicators: [],
      milestones: [
        {
          title: "市役所内に「北九州市・新ビジョン推進本部」を設置",
          plannedDate: "2024-04-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "令和６年４月",
          doneDate: "2024-04-01"
        },
        {
          title: "「若者と未来を描くワークショップ」を開催",
          plannedDate: "2024-08-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "令和６年８月",
          doneDate: "2024-08-01"
        },
        {
          title: "外部有識者による有識者会議を設置",
          plannedDate: "2024-10-01",
          plannedFiscalYear: 2024,
          plannedPrecision: "MONTH",
          plannedFrom: false,
          plannedText: "同年 10月",
          doneDate: "2024-10-01"
        }
      ]
    }
  ]
};
