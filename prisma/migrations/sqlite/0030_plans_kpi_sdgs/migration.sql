-- CreateTable
CREATE TABLE "IndicatorYearTarget" (
    "indicatorId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "target" REAL NOT NULL,

    PRIMARY KEY ("indicatorId", "fiscalYear"),
    CONSTRAINT "IndicatorYearTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startFiscalYear" INTEGER NOT NULL,
    "endFiscalYear" INTEGER NOT NULL,
    "levelNames" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanNode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "parentId" TEXT,
    "level" INTEGER NOT NULL,
    "code" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "retiredAt" DATETIME,
    CONSTRAINT "PlanNode_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PlanNode" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IssuePlanNode" (
    "issueId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,

    PRIMARY KEY ("issueId", "nodeId"),
    CONSTRAINT "IssuePlanNode_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssuePlanNode_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "PlanNode" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndicatorPlanNode" (
    "indicatorId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,

    PRIMARY KEY ("indicatorId", "nodeId"),
    CONSTRAINT "IndicatorPlanNode_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorPlanNode_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "PlanNode" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SdgGoal" (
    "number" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "colour" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "IssueSdgGoal" (
    "issueId" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,

    PRIMARY KEY ("issueId", "goalNumber"),
    CONSTRAINT "IssueSdgGoal_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssueSdgGoal_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal" ("number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT,
    "baseline" REAL,
    "baselineLabel" TEXT NOT NULL DEFAULT '',
    "target" REAL,
    "targetFiscalYear" INTEGER,
    "measure" TEXT NOT NULL DEFAULT 'POINT',
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Indicator_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("baseline", "baselineLabel", "direction", "id", "issueId", "name", "sortOrder", "target", "targetFiscalYear", "unit") SELECT "baseline", "baselineLabel", "direction", "id", "issueId", "name", "sortOrder", "target", "targetFiscalYear", "unit" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_issueId_idx" ON "Indicator"("issueId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Plan_cityId_name_key" ON "Plan"("cityId", "name");

-- CreateIndex
CREATE INDEX "PlanNode_planId_parentId_idx" ON "PlanNode"("planId", "parentId");

-- CreateIndex
CREATE INDEX "IssuePlanNode_nodeId_idx" ON "IssuePlanNode"("nodeId");

-- CreateIndex
CREATE INDEX "IndicatorPlanNode_nodeId_idx" ON "IndicatorPlanNode"("nodeId");

-- CreateIndex
CREATE INDEX "IssueSdgGoal_goalNumber_idx" ON "IssueSdgGoal"("goalNumber");

-- Reference data: the 17 SDGs (official Japanese short names, UN colours), in every mode, demo or not (docs/decisions/080).
INSERT INTO "SdgGoal" ("number", "nameJa", "nameEn", "colour") VALUES
    (1, '貧困をなくそう', 'No Poverty', '#E5243B'),
    (2, '飢餓をゼロに', 'Zero Hunger', '#DDA63A'),
    (3, 'すべての人に健康と福祉を', 'Good Health and Well-being', '#4C9F38'),
    (4, '質の高い教育をみんなに', 'Quality Education', '#C5192D'),
    (5, 'ジェンダー平等を実現しよう', 'Gender Equality', '#FF3A21'),
    (6, '安全な水とトイレを世界中に', 'Clean Water and Sanitation', '#26BDE2'),
    (7, 'エネルギーをみんなに そしてクリーンに', 'Affordable and Clean Energy', '#FCC30B'),
    (8, '働きがいも経済成長も', 'Decent Work and Economic Growth', '#A21942'),
    (9, '産業と技術革新の基盤をつくろう', 'Industry, Innovation and Infrastructure', '#FD6925'),
    (10, '人や国の不平等をなくそう', 'Reduced Inequalities', '#DD1367'),
    (11, '住み続けられるまちづくりを', 'Sustainable Cities and Communities', '#FD9D24'),
    (12, 'つくる責任 つかう責任', 'Responsible Consumption and Production', '#BF8B2E'),
    (13, '気候変動に具体的な対策を', 'Climate Action', '#3F7E44'),
    (14, '海の豊かさを守ろう', 'Life Below Water', '#0A97D9'),
    (15, '陸の豊かさも守ろう', 'Life on Land', '#56C02B'),
    (16, '平和と公正をすべての人に', 'Peace, Justice and Strong Institutions', '#00689D'),
    (17, 'パートナーシップで目標を達成しよう', 'Partnerships for the Goals', '#19486A');
