/**
 * Progress of a database copy for the log: collection n of m, documents and MB copied, MB/s.
 * Throttled so a large copy prints a line every few seconds, not per batch.
 */
import type { Logger } from '../core/logger';

export class CopyProgress {
  private documents = 0;
  private bytes = 0;
  private done = 0;
  private lastLine = 0;
  private readonly started: number;

  constructor(
    private readonly logger: Logger,
    private readonly label: string,
    private readonly total: number,
    private readonly everyMs = 5000,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.lastLine = this.started;
  }

  /** Documents (and their BSON bytes) written; prints at most every `everyMs`. */
  add(documents: number, bytes: number, collection: string): void {
    this.documents += documents;
    this.bytes += bytes;
    if (this.now() - this.lastLine >= this.everyMs) this.line(`copying ${collection}`);
  }

  /** One collection finished (copied or skipped). */
  collectionDone(collection: string, how: string): void {
    this.done++;
    this.line(`collection ${this.done} of ${this.total} ${collection}: ${how}`);
  }

  /** Totals so far. */
  get totals(): { documents: number; bytes: number; seconds: number } {
    return { documents: this.documents, bytes: this.bytes, seconds: (this.now() - this.started) / 1000 };
  }

  private line(what: string): void {
    this.lastLine = this.now();
    const t = this.totals;
    this.logger.info(
      `${this.label}: ${what} — ${t.documents.toLocaleString('en-US')} documents, ${mb(t.bytes)} MB, ${mbps(t.bytes, t.seconds)} MB/s`,
    );
  }
}

/** Bytes as MB with one decimal. */
export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** MB/s with one decimal; 0 for no time. */
export function mbps(bytes: number, seconds: number): string {
  return seconds > 0 ? (bytes / 1024 / 1024 / seconds).toFixed(1) : '0.0';
}
