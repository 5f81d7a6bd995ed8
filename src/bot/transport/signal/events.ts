import type { Logger } from "../../../log.js";

export interface EventStreamOptions {
  /** The daemon's address, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  readonly account: string;
  /** The data of each `receive` event, in order. */
  readonly onEvent: (data: string) => void;
  /** After every (re)connection: a chance to catch up on what may have changed meanwhile. */
  readonly onConnected?: () => void;
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
  /**
   * The daemon writes a keep-alive comment every 15 s (HttpServerHandler.handleEventsEndpoint);
   * a stream silent for this long is taken as dead and opened again.
   */
  readonly idleTimeoutMs?: number;
  /** Waits before reconnecting, growing with each failed attempt; the last one repeats. */
  readonly backoffMs?: readonly number[];
}

const DEFAULT_IDLE_TIMEOUT_MS = 45_000;
const DEFAULT_BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000] as const;
/** A connection that lived this long, or brought a message, was healthy: the next failure starts the backoff afresh. */
const HEALTHY_AFTER_MS = 10_000;

/**
 * Reads the Server-Sent Events of a text/event-stream body (WHATWG HTML, "Server-sent events",
 * the format ServerSentEventSender writes): `event:` and `data:` lines, a blank line ends an event,
 * lines starting with ":" are comments (signal-cli's keep-alive).
 */
export class SseParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];

  constructor(private readonly dispatch: (event: string, data: string) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    // A final "\r" may be the first half of "\r\n": it waits for the next chunk.
    const end = this.buffer.endsWith("\r") ? this.buffer.length - 1 : this.buffer.length;
    const lines = this.buffer.slice(0, end).split(/\r\n|\r|\n/);
    // The last piece is a line still incomplete.
    this.buffer = (lines.pop() ?? "") + this.buffer.slice(end);
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    if (line === "") {
      if (this.data.length > 0) this.dispatch(this.event || "message", this.data.join("\n"));
      this.event = "";
      this.data = [];
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") this.event = value;
    else if (field === "data") this.data.push(value);
  }
}

/**
 * The daemon's stream of incoming messages, GET /api/v1/events (signal-cli-jsonrpc(5)), kept open:
 * it reconnects with bounded backoff, and says once in the log when the daemon goes away and once
 * when it is back — never with anything from the messages.
 */
export class SignalEventStream {
  private stopped = false;
  private current: AbortController | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  /** undefined before the first attempt; false while the daemon is away. */
  private up: boolean | undefined;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: EventStreamOptions) {
    this.fetchImpl = options.fetch ?? fetch;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Closes the stream; events already passed on are the caller's to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    const backoff = this.options.backoffMs ?? DEFAULT_BACKOFF_MS;
    let failures = 0;
    while (!this.stopped) {
      const openedAt = Date.now();
      const outcome = await this.connectOnce();
      if (this.stopped) break;
      if (outcome.connected && (outcome.delivered || Date.now() - openedAt >= HEALTHY_AFTER_MS)) failures = 0;
      // A stream that broke and opens again at once is no outage; one that cannot be opened is.
      if (outcome.connected) this.options.logger.debug({ reason: outcome.reason }, "signal event stream closed; reopening");
      else this.markDown(outcome.reason);
      await this.pause(backoff[Math.min(failures, backoff.length - 1)]!);
      failures++;
    }
  }

  private async connectOnce(): Promise<{ connected: boolean; delivered: boolean; reason: string }> {
    const controller = new AbortController();
    this.current = controller;
    const { url, account, idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS } = this.options;
    let idle: NodeJS.Timeout | undefined;
    let established = false;
    let delivered = false;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => controller.abort(), idleTimeoutMs);
    };
    try {
      touch();
      const response = await this.fetchImpl(`${url}/api/v1/events?account=${encodeURIComponent(account)}`, {
        headers: { accept: "text/event-stream" },
        signal: controller.signal,
      });
      if (response.status !== 200 || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        return { connected: false, delivered, reason: `status-${response.status}` };
      }
      established = true;
      this.markUp();
      this.options.onConnected?.();
      const parser = new SseParser((event, data) => {
        if (event !== "receive") return;
        delivered = true;
        this.options.onEvent(data);
      });
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        touch();
        parser.push(decoder.decode(chunk, { stream: true }));
      }
      return { connected: true, delivered, reason: "stream-ended" };
    } catch {
      return { connected: established, delivered, reason: established ? "stream-broke" : "unreachable" };
    } finally {
      clearTimeout(idle);
      this.current = undefined;
    }
  }

  private markUp(): void {
    const { logger } = this.options;
    if (this.up === false) logger.info("signal daemon reachable again");
    else if (this.up === undefined) logger.info("signal event stream connected");
    else logger.debug("signal event stream reopened");
    this.up = true;
  }

  private markDown(reason: string): void {
    if (this.up === false) return;
    this.up = false;
    this.options.logger.warn({ reason }, "signal daemon unreachable; retrying");
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
