/**
 * One MongoDB connection shared by concurrent steps: opened on the first acquire(), closed when
 * the last holder releases it, so nothing stays open between the steps of a phase (a port-forward
 * included) and a failed step cannot leak it.
 */
import type { MongoConnection } from './connect';

export class SharedConnection {
  private conn: Promise<MongoConnection> | undefined;
  private holders = 0;

  constructor(private readonly open: () => Promise<MongoConnection>) {}

  /** The connection; pair every call with release(). */
  async acquire(): Promise<MongoConnection> {
    this.holders++;
    this.conn ??= this.open();
    try {
      return await this.conn;
    } catch (err) {
      this.conn = undefined;
      this.holders--;
      throw err;
    }
  }

  /** Runs fn with the connection. */
  async with<T>(fn: (c: MongoConnection) => Promise<T>): Promise<T> {
    const c = await this.acquire();
    try {
      return await fn(c);
    } finally {
      await this.release();
    }
  }

  async release(): Promise<void> {
    if (--this.holders > 0 || !this.conn) return;
    const c = this.conn;
    this.conn = undefined;
    await (await c).close().catch(() => undefined);
  }
}
