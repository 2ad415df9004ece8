-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Section" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bureauId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "namedInDocument" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Section_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Section" ("bureauId", "id", "name", "sortOrder") SELECT "bureauId", "id", "name", "sortOrder" FROM "Section";
DROP TABLE "Section";
ALTER TABLE "new_Section" RENAME TO "Section";
CREATE UNIQUE INDEX "Section_bureauId_name_key" ON "Section"("bureauId", "name");
CREATE TABLE "new_Area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionInDocument" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Area_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PolicyDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Area" ("code", "description", "documentId", "id", "name", "sortOrder") SELECT "code", "description", "documentId", "id", "name", "sortOrder" FROM "Area";
DROP TABLE "Area";
ALTER TABLE "new_Area" RENAME TO "Area";
CREATE UNIQUE INDEX "Area_documentId_code_key" ON "Area"("documentId", "code");
CREATE TABLE "new_ProgressReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "progressText" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "workflowState" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT,
    "submittedAt" DATETIME,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "reviewComment" TEXT,
    "carriedForward" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgressReport_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressReport" ("authorId", "createdAt", "id", "issueId", "periodId", "progressText", "reviewComment", "reviewedAt", "reviewedById", "status", "submittedAt", "updatedAt", "version", "workflowState") SELECT "authorId", "createdAt", "id", "issueId", "periodId", "progressText", "reviewComment", "reviewedAt", "reviewedById", "status", "submittedAt", "updatedAt", "version", "workflowState" FROM "ProgressReport";
DROP TABLE "ProgressReport";
ALTER TABLE "new_ProgressReport" RENAME TO "ProgressReport";
CREATE INDEX "ProgressReport_periodId_workflowState_idx" ON "ProgressReport"("periodId", "workflowState");
CREATE UNIQUE INDEX "ProgressReport_issueId_periodId_key" ON "ProgressReport"("issueId", "periodId");
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
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Indicator_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("baseline", "baselineLabel", "direction", "id", "issueId", "name", "sortOrder", "target", "targetFiscalYear", "unit") SELECT "baseline", "baselineLabel", "direction", "id", "issueId", "name", "sortOrder", "target", "targetFiscalYear", "unit" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_issueId_idx" ON "Indicator"("issueId");
CREATE TABLE "new_IndicatorValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "actual" REAL,
    "carriedForward" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorValue_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorValue" ("actual", "id", "indicatorId", "periodId") SELECT "actual", "id", "indicatorId", "periodId" FROM "IndicatorValue";
DROP TABLE "IndicatorValue";
ALTER TABLE "new_IndicatorValue" RENAME TO "IndicatorValue";
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_periodId_key" ON "IndicatorValue"("indicatorId", "periodId");
CREATE TABLE "new_Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "plannedDate" DATETIME,
    "plannedFiscalYear" INTEGER,
    "plannedPrecision" TEXT NOT NULL DEFAULT 'DAY',
    "plannedFrom" BOOLEAN NOT NULL DEFAULT false,
    "plannedText" TEXT NOT NULL DEFAULT '',
    "doneDate" DATETIME,
    "sortOrder" INTEGER NOT NULL,
    CONSTRAINT "Milestone_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Milestone" ("doneDate", "id", "issueId", "plannedDate", "plannedFiscalYear", "sortOrder", "title") SELECT "doneDate", "id", "issueId", "plannedDate", "plannedFiscalYear", "sortOrder", "title" FROM "Milestone";
DROP TABLE "Milestone";
ALTER TABLE "new_Milestone" RENAME TO "Milestone";
CREATE INDEX "Milestone_issueId_idx" ON "Milestone"("issueId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Data: a milestone without a planned date is dated by its fiscal year.
UPDATE "Milestone" SET "plannedPrecision" = 'FISCAL_YEAR' WHERE "plannedDate" IS NULL;
