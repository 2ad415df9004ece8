-- CreateTable
CREATE TABLE "ReadModelStamp" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);
