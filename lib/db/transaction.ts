import type { Prisma } from "@/generated/prisma/sqlite/client";

/** The client handed to `db.$transaction(async (tx) => …)`, for either engine. */
export type Tx = Prisma.TransactionClient;
