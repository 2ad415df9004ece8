-- CreateTable
CREATE TABLE "SectionEra" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    CONSTRAINT "SectionEra_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SectionEra_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IssueOwnerEra" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    CONSTRAINT "IssueOwnerEra_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IssueOwnerEra_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Bureau" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Bureau_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Bureau" ("cityId", "code", "id", "kind", "name", "sortOrder") SELECT "cityId", "code", "id", "kind", "name", "sortOrder" FROM "Bureau";
DROP TABLE "Bureau";
ALTER TABLE "new_Bureau" RENAME TO "Bureau";
CREATE UNIQUE INDEX "Bureau_cityId_code_key" ON "Bureau"("cityId", "code");
CREATE TABLE "new_Section" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bureauId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "namedInDocument" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Section_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Section" ("bureauId", "id", "name", "namedInDocument", "sortOrder") SELECT "bureauId", "id", "name", "namedInDocument", "sortOrder" FROM "Section";
DROP TABLE "Section";
ALTER TABLE "new_Section" RENAME TO "Section";
CREATE UNIQUE INDEX "Section_bureauId_name_key" ON "Section"("bureauId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SectionEra_sectionId_until_idx" ON "SectionEra"("sectionId", "until");

-- CreateIndex
CREATE INDEX "IssueOwnerEra_issueId_until_idx" ON "IssueOwnerEra"("issueId", "until");
