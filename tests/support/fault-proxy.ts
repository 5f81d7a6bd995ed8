import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The ways the proxy makes a Bot API call fail.
 * - "429": Too Many Requests with `parameters.retry_after`.
 * - "500" / "502": server errors.
 * - "stall": holds the request past the point a client would give up, then drops the
 *   connection without an answer (what a client timeout looks like on the wire).
 * - "reset": destroys the socket at once (ECONNRESET).
 */
export type FaultKind = "429" | "500" | "502" | "stall" | "reset";

export const ALL_FAULTS: readonly FaultKind[] = ["429", "500", "502", "stall", "reset"];

export interface FaultProxyOptions {
  /** The real Bot API root to forward to, e.g. the emulator's `http://127.0.0.1:port`. */
  readonly target: string;
  /** Probability (0–1) that a call of `method` fails; default: never. */
  readonly rate?: (method: string) => number;
  readonly kinds?: readonly FaultKind[];
  /** Seed for the dice that pick which calls fail; the kinds then take turns, so every kind occurs. */
  readonly seed?: number;
  readonly retryAfterSeconds?: number;
  readonly stallMs?: number;
  /**
   * The emulator answers getUpdates at once, so a polling bot spins. The proxy re-asks for up
   * to this long while the answer is empty, like Telegram's long polling. 0 turns it off.
   */
  readonly longPollMs?: number;
  /** Methods the proxy answers itself with `{ ok: true, result }` (ones the emulator lacks). */
  readonly answers?: Readonly<Record<string, unknown>>;
}

export interface FaultStats {
  /** Calls received per method (a call answered with a fault counts too). */
  readonly calls: Record<string, number>;
  readonly faults: Record<FaultKind, number>;
  /** Calls passed to the target (faulted calls never are). */
  forwarded: number;
}

export interface FaultProxy {
  /** Use as BOT_API_ROOT. */
  readonly apiRoot: string;
  readonly stats: FaultStats;
  /** While on, every call fails (getUpdates included): Telegram is down. */
  setOutage(on: boolean): void;
  setRate(rate: (method: string) => number): void;
  close(): Promise<void>;
}

/** mulberry32: a tiny seeded generator, enough for fault dice. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function methodOf(url: string): string {
  const path = url.split("?")[0] ?? "";
  return path.slice(path.lastIndexOf("/") + 1);
}

function isEmptyUpdates(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { ok?: boolean; result?: unknown };
    return parsed.ok === true && Array.isArray(parsed.result) && parsed.result.length === 0;
  } catch {
    return false;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

/**
 * An HTTP proxy between a bot and a Bot API server that fails a fraction of calls.
 *
 * Every fault is injected BEFORE the call is forwarded, so the server never saw a failed call.
 * A fault after forwarding (the server did the work, the answer got lost) would make a retried
 * sendMessage arrive twice by construction, and with the emulator — which marks updates read as
 * it hands them out and ignores `offset` — a lost getUpdates answer would lose updates that real
 * Telegram would deliver again. Neither would test the bot; both would test the emulator.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = options.target.replace(/\/+$/, "");
  const kinds = options.kinds ?? ALL_FAULTS;
  const random = seededRandom(options.seed ?? 1);
  const retryAfter = options.retryAfterSeconds ?? 1;
  const stallMs = options.stallMs ?? 1_500;
  const longPollMs = options.longPollMs ?? 0;
  let rate = options.rate ?? (() => 0);
  let outage = false;
  let turn = 0;
  const stats: FaultStats = {
    calls: {},
    faults: { "429": 0, "500": 0, "502": 0, stall: 0, reset: 0 },
    forwarded: 0,
  };
  const open = new Set<import("node:net").Socket>();

  const inject = async (kind: FaultKind, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    stats.faults[kind]++;
    switch (kind) {
      case "429":
        return sendJson(res, 429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        });
      case "500":
        return sendJson(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
      case "502":
        return sendJson(res, 502, { ok: false, error_code: 502, description: "Bad Gateway" });
      case "stall":
        await sleep(stallMs);
        req.socket.destroy();
        return;
      case "reset":
        req.socket.destroy();
        return;
    }
  };

  const forward = async (url: string, req: IncomingMessage, body: Buffer): Promise<{ status: number; text: string }> => {
    stats.forwarded++;
    const headers: Record<string, string> = {};
    const type = req.headers["content-type"];
    if (type) headers["content-type"] = type;
    const response = await fetch(`${target}${url}`, {
      method: req.method ?? "POST",
      headers,
      ...(body.length > 0 && { body }),
    });
    return { status: response.status, text: await response.text() };
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? "/";
      const method = methodOf(url);
      stats.calls[method] = (stats.calls[method] ?? 0) + 1;
      const body = await readBody(req);
      if (outage || random() < rate(method)) {
        const kind = outage ? (turn++ % 2 === 0 ? "502" : "reset") : (kinds[turn++ % kinds.length] ?? "500");
        return inject(kind, req, res);
      }
      if (method in (options.answers ?? {})) return sendJson(res, 200, { ok: true, result: options.answers![method] });

      let answer = await forward(url, req, body);
      if (method === "getUpdates" && longPollMs > 0) {
        const until = Date.now() + longPollMs;
        // Stop re-asking the moment the bot hangs up: an update taken from the emulator
        // for a gone client would be lost, since the emulator never hands it out again.
        while (isEmptyUpdates(answer.text) && Date.now() < until && !res.destroyed && !outage) {
          await sleep(40);
          if (res.destroyed) break;
          answer = await forward(url, req, body);
        }
      }
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.text);
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 502, { ok: false, error_code: 502, description: "Bad Gateway" });
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    stats,
    setOutage: (on) => void (outage = on),
    setRate: (next) => void (rate = next),
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
