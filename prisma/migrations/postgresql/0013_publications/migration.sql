-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_periodId_key" ON "Publication"("periodId");

-- CreateIndex
CREATE INDEX "Publication_bureauId_idx" ON "Publication"("bureauId");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
