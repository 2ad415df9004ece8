-- AlterTable
ALTER TABLE "IssueRevision" ADD COLUMN "details" JSONB;
