-- CreateIndex
CREATE INDEX "ReportingPeriod_asOfDate_idx" ON "ReportingPeriod"("asOfDate");

-- CreateIndex
CREATE INDEX "Indicator_issueId_idx" ON "Indicator"("issueId");

-- CreateIndex
CREATE INDEX "Milestone_issueId_idx" ON "Milestone"("issueId");
