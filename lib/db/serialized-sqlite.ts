import type { IsolationLevel, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { DelegatingAdapter } from "./delegating-adapter";
import { Lock } from "./lock";

/**
 * The SQLite adapter has one connection. While a request's interactive
 * transaction is open on it, a statement from another request would run inside
 * that transaction and be lost if it rolled back (or read its uncommitted
 * rows). So every statement outside a transaction waits for the open
 * transaction to end, and transactions wait for each other, all in one queue.
 */
class SerializedAdapter extends DelegatingAdapter {
  readonly #lock = new Lock();

  override queryRaw(query: SqlQuery) {
    return this.#lock.run(() => this.inner.queryRaw(query));
  }

  override executeRaw(query: SqlQuery) {
    return this.#lock.run(() => this.inner.executeRaw(query));
  }

  override executeScript(script: string) {
    return this.#lock.run(() => this.inner.executeScript(script));
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      return releasingOnEnd(await this.inner.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }
}

/** The transaction as it is, but its end (commit or rollback) lets the next statement in. */
function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  const end = (finish: () => Promise<void>) => async () => {
    try {
      await finish();
    } finally {
      release();
    }
  };
  return Object.assign(Object.create(transaction) as Transaction, {
    commit: end(() => transaction.commit()),
    rollback: end(() => transaction.rollback()),
  });
}

/** The factory with each connection it makes serialised as above. */
export function serializedSqlite(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new SerializedAdapter(await factory.connect()),
  };
}
