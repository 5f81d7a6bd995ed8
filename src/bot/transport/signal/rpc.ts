import { RPC_ERROR } from "./protocol.js";

/**
 * A failed call to the signal-cli daemon. It carries only a kind and a code: the daemon's
 * message may quote a phone number, so it is never kept.
 */
export class SignalRpcError extends Error {
  override name = "SignalRpcError";
  constructor(
    /** network: no answer (down, refused, timed out); http: an unexpected HTTP status; rpc: a JSON-RPC error. */
    readonly kind: "network" | "http" | "rpc",
    readonly code: number,
    /** With a rate-limit error, how long the daemon asks to wait, if it says. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`signal-cli ${kind} error ${code}`);
  }

  /** Worth another try later: the daemon was away or had a passing problem. */
  get transient(): boolean {
    return this.kind !== "rpc" || this.code === RPC_ERROR.io || this.code === RPC_ERROR.internal || this.code === RPC_ERROR.rateLimit;
  }
}

export interface SignalRpcOptions {
  /** The daemon's address, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  /** The bot's account: sent with every call, so a daemon serving several accounts picks this one. */
  readonly account: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** Sending a message with a file can take a while; nothing should wait longer than this. */
const DEFAULT_TIMEOUT_MS = 60_000;

function retryAfterOf(data: unknown): number | undefined {
  const results = (data as { response?: { results?: Array<{ retryAfterSeconds?: unknown }> } } | null)?.response?.results ?? [];
  const waits = results.map((r) => r.retryAfterSeconds).filter((s): s is number => typeof s === "number");
  return waits.length > 0 ? Math.max(...waits) : undefined;
}

/**
 * JSON-RPC 2.0 over HTTP to signal-cli's daemon: POST /api/v1/rpc with one request
 * (signal-cli-jsonrpc(5), "daemon --http"; HttpServerHandler.handleRpcEndpoint).
 */
export class SignalRpc {
  private nextId = 1;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: SignalRpcOptions) {
    this.fetchImpl = options.fetch ?? fetch;
  }

  async call(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.options.url}/api/v1/rpc`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", method, params: { ...params, account: this.options.account }, id }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch {
      throw new SignalRpcError("network", 0);
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new SignalRpcError("http", response.status);
    }
    let body: { result?: unknown; error?: { code?: unknown; data?: unknown } };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new SignalRpcError("network", 0);
    }
    if (body.error) {
      const code = typeof body.error.code === "number" ? body.error.code : RPC_ERROR.internal;
      throw new SignalRpcError("rpc", code, code === RPC_ERROR.rateLimit ? retryAfterOf(body.error.data) : undefined);
    }
    return body.result;
  }
}

/** Runs a call again after a passing failure, a few times, then gives up with the last error. */
export async function withRetries<T>(
  run: () => Promise<T>,
  delaysMs: readonly number[] = [1_000, 3_000, 6_000],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (!(error instanceof SignalRpcError) || !error.transient || delay === undefined) throw error;
      await sleep(error.retryAfterSeconds !== undefined ? Math.max(delay, error.retryAfterSeconds * 1000) : delay);
    }
  }
}
