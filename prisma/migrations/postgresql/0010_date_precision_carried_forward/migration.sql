-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'EARLY_MONTH', 'MID_MONTH', 'LATE_MONTH', 'FISCAL_YEAR');

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "namedInDocument" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "descriptionInDocument" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "carriedForward" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Indicator" ALTER COLUMN "direction" DROP NOT NULL;

-- AlterTable
ALTER TABLE "IndicatorValue" DROP COLUMN "note",
ADD COLUMN     "carriedForward" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "plannedFrom" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "plannedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN     "plannedText" TEXT NOT NULL DEFAULT '';

-- Data: a milestone without a planned date is dated by its fiscal year.
UPDATE "Milestone" SET "plannedPrecision" = 'FISCAL_YEAR' WHERE "plannedDate" IS NULL;
