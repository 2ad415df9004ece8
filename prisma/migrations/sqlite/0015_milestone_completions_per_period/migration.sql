-- CreateTable
CREATE TABLE "MilestoneCompletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "milestoneId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "doneDate" DATETIME,
    CONSTRAINT "MilestoneCompletion_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MilestoneCompletion_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Data: a milestone done before this migration is reported done in every
-- period of its issue from its done date on, and in the issue's last period
-- when it was done after that period's date (nothing that was recorded is lost).
INSERT INTO "MilestoneCompletion" ("id", "milestoneId", "periodId", "doneDate")
SELECT 'mc_' || m."id" || '_' || p."id", m."id", p."id", m."doneDate"
FROM "Milestone" m
JOIN "ProgressReport" r ON r."issueId" = m."issueId"
JOIN "ReportingPeriod" p ON p."id" = r."periodId"
WHERE m."doneDate" IS NOT NULL
  AND (
    p."asOfDate" >= m."doneDate"
    OR NOT EXISTS (
      SELECT 1 FROM "ProgressReport" r2 JOIN "ReportingPeriod" p2 ON p2."id" = r2."periodId"
      WHERE r2."issueId" = m."issueId" AND p2."asOfDate" > p."asOfDate"
    )
  );

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "plannedDate" DATETIME,
    "plannedFiscalYear" INTEGER,
    "plannedPrecision" TEXT NOT NULL DEFAULT 'DAY',
    "plannedFrom" BOOLEAN NOT NULL DEFAULT false,
    "plannedText" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Milestone_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Milestone" ("id", "issueId", "plannedDate", "plannedFiscalYear", "plannedFrom", "plannedPrecision", "plannedText", "sortOrder", "title") SELECT "id", "issueId", "plannedDate", "plannedFiscalYear", "plannedFrom", "plannedPrecision", "plannedText", "sortOrder", "title" FROM "Milestone";
DROP TABLE "Milestone";
ALTER TABLE "new_Milestone" RENAME TO "Milestone";
CREATE INDEX "Milestone_issueId_idx" ON "Milestone"("issueId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MilestoneCompletion_periodId_idx" ON "MilestoneCompletion"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneCompletion_milestoneId_periodId_key" ON "MilestoneCompletion"("milestoneId", "periodId");
