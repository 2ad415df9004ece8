-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN     "reopenReason" TEXT,
ADD COLUMN     "reopenedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "IssueRevision" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "matrixTitle" TEXT NOT NULL,
    "summaryBullets" JSONB NOT NULL,
    "content" TEXT NOT NULL,
    "background" TEXT NOT NULL,
    "measuresHeading" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssueRevision_issueId_version_key" ON "IssueRevision"("issueId", "version");

-- AddForeignKey
ALTER TABLE "IssueRevision" ADD CONSTRAINT "IssueRevision_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
