-- AlterTable
ALTER TABLE "Bureau" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "SectionEra" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SectionEra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueOwnerEra" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IssueOwnerEra_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SectionEra_sectionId_until_idx" ON "SectionEra"("sectionId", "until");

-- CreateIndex
CREATE INDEX "IssueOwnerEra_issueId_until_idx" ON "IssueOwnerEra"("issueId", "until");

-- AddForeignKey
ALTER TABLE "SectionEra" ADD CONSTRAINT "SectionEra_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionEra" ADD CONSTRAINT "SectionEra_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueOwnerEra" ADD CONSTRAINT "IssueOwnerEra_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueOwnerEra" ADD CONSTRAINT "IssueOwnerEra_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
