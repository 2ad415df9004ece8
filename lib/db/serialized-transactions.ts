import type { IsolationLevel, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { DelegatingAdapter } from "./delegating-adapter";
import { Lock } from "./lock";

/**
 * On PostgreSQL a transaction is one pg connection, and Prisma's query
 * interpreter sends the queries of a read with several relations on it at
 * once (prisma/orm#29979). pg queues them but warns that this is deprecated,
 * and pg 9 will refuse. Here each transaction's statements wait for the one
 * before; outside transactions the pool gives each query its own connection.
 */
class TransactionSerializedAdapter extends DelegatingAdapter {
  override async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return oneStatementAtATime(await this.inner.startTransaction(isolationLevel));
  }
}

/** The transaction as it is, but a statement starts only when the one before has finished (savepoints go through these too). */
function oneStatementAtATime(transaction: Transaction): Transaction {
  const lock = new Lock();
  return Object.assign(Object.create(transaction) as Transaction, {
    queryRaw: (query: SqlQuery) => lock.run(() => transaction.queryRaw(query)),
    executeRaw: (query: SqlQuery) => lock.run(() => transaction.executeRaw(query)),
  });
}

/** The factory with each connection it makes serialised within its transactions, as above. */
export function serializedTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new TransactionSerializedAdapter(await factory.connect()),
  };
}
