-- CreateTable
CREATE TABLE "BriefingBook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "deadlineKey" TEXT,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "requestedById" TEXT,
    "pdf" BLOB,
    "sha256" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generatedAt" DATETIME,
    CONSTRAINT "BriefingBook_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BriefingBook_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "BriefingBook_deadlineKey_key" ON "BriefingBook"("deadlineKey");

-- CreateIndex
CREATE INDEX "BriefingBook_periodId_createdAt_idx" ON "BriefingBook"("periodId", "createdAt");

-- CreateIndex
CREATE INDEX "BriefingBook_state_nextAttemptAt_idx" ON "BriefingBook"("state", "nextAttemptAt");
