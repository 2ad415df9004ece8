-- CreateTable
CREATE TABLE "BureauEra" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bureauId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    CONSTRAINT "BureauEra_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BureauEra_bureauId_until_idx" ON "BureauEra"("bureauId", "until");
