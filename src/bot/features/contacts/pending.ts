import { randomBytes } from "node:crypto";

/**
 * Short-lived values held in memory while she decides (a note waiting for "save anyway",
 * a first name offered as alias). Never written to disk; gone after `ttlMs` or a restart.
 * Buttons refer to an entry by a random id, so no content reaches callback data.
 */
export class PendingStore<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50,
  ) {}

  put(value: T, now: number): string {
    this.sweep(now);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const id = randomBytes(9).toString("base64url");
    this.entries.set(id, { value, expires: now + this.ttlMs });
    return id;
  }

  /** Reads and removes an entry: every decision is taken once. */
  take(id: string, now: number): T | undefined {
    this.sweep(now);
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry?.value;
  }

  peek(id: string, now: number): T | undefined {
    this.sweep(now);
    return this.entries.get(id)?.value;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  private sweep(now: number): void {
    for (const [id, entry] of this.entries) if (entry.expires <= now) this.entries.delete(id);
  }
}

/** A random-id shape for callback data validation. */
export const PENDING_ID = /^[A-Za-z0-9_-]{12}$/;
