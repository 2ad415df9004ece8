-- CreateTable
CREATE TABLE "ReadModelStamp" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReadModelStamp_pkey" PRIMARY KEY ("scope")
);
