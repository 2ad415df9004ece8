-- CreateTable
CREATE TABLE "MilestoneCompletion" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "doneDate" TIMESTAMP(3),

    CONSTRAINT "MilestoneCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MilestoneCompletion_periodId_idx" ON "MilestoneCompletion"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneCompletion_milestoneId_periodId_key" ON "MilestoneCompletion"("milestoneId", "periodId");

-- AddForeignKey
ALTER TABLE "MilestoneCompletion" ADD CONSTRAINT "MilestoneCompletion_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneCompletion" ADD CONSTRAINT "MilestoneCompletion_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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

-- AlterTable
ALTER TABLE "Milestone" DROP COLUMN "doneDate";
