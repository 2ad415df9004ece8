-- CreateTable
CREATE TABLE "BureauEra" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BureauEra_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BureauEra_bureauId_until_idx" ON "BureauEra"("bureauId", "until");

-- AddForeignKey
ALTER TABLE "BureauEra" ADD CONSTRAINT "BureauEra_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
