import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** A FIFO lock: each holder runs after the one before it releases. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * The SQLite adapter has one connection. While a request's interactive
 * transaction is open on it, a statement from another request would run inside
 * that transaction and be lost if it rolled back (or read its uncommitted
 * rows). So every statement outside a transaction waits for the open
 * transaction to end, and transactions wait for each other, all in one queue.
 */
class SerializedAdapter implements SqlDriverAdapter {
  readonly #lock = new Lock();
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;

  constructor(private readonly inner: SqlDriverAdapter) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery) {
    return this.#lock.run(() => this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#lock.run(() => this.inner.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#lock.run(() => this.inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      return releasingOnEnd(await this.inner.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose() {
    return this.inner.dispose();
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
