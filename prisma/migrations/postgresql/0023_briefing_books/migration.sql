-- CreateEnum
CREATE TYPE "BriefingTrigger" AS ENUM ('DEADLINE', 'MANUAL');

-- CreateEnum
CREATE TYPE "BriefingState" AS ENUM ('PENDING', 'READY', 'FAILED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'BRIEFING_READY';

-- CreateTable
CREATE TABLE "BriefingBook" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "trigger" "BriefingTrigger" NOT NULL,
    "deadlineKey" TEXT,
    "state" "BriefingState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "requestedById" TEXT,
    "pdf" BYTEA,
    "sha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generatedAt" TIMESTAMP(3),

    CONSTRAINT "BriefingBook_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BriefingBook_deadlineKey_key" ON "BriefingBook"("deadlineKey");

-- CreateIndex
CREATE INDEX "BriefingBook_periodId_createdAt_idx" ON "BriefingBook"("periodId", "createdAt");

-- CreateIndex
CREATE INDEX "BriefingBook_state_nextAttemptAt_idx" ON "BriefingBook"("state", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "BriefingBook" ADD CONSTRAINT "BriefingBook_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingBook" ADD CONSTRAINT "BriefingBook_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
