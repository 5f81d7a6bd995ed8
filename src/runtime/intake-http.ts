import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import { z } from "zod";
import { INTAKE_KINDS, readIntake, type IntakeNote } from "../core/intake/index.js";
import type { AppServices } from "../bot/context.js";
import type { IntakeDesk } from "../bot/intake/desk.js";
import { INTAKE_PATH } from "../config.js";
import { describeError, type Logger } from "../log.js";
import { devicesOf, type DeviceRecord } from "../store/devices.js";

export interface IntakeLimits {
  /** A request body larger than this is refused (413) unread. */
  readonly maxBodyBytes: number;
  /** Requests per device and minute; more get 429 with Retry-After. */
  readonly perMinute: number;
  /** The same body from the same device within this long is an app's retry: answered, not stored again. */
  readonly replayMs: number;
}

/** An SMS fits in 1,600 characters, a long transcript in a few thousand: 32 KiB leaves room. */
export const INTAKE_LIMITS: IntakeLimits = { maxBodyBytes: 32 * 1024, perMinute: 30, replayMs: 10 * 60_000 };
const MAX_TEXT_CHARS = 8_000;

export interface IntakeRequest {
  readonly method: string;
  /** The path without its query. */
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body, or undefined when it is longer than `maxBytes` (then it is not read further). */
  body(maxBytes: number): Promise<Buffer | undefined>;
}

export interface IntakeResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Every answer is one of these fixed bodies: nothing in a refusal says what was wrong with which
 * part, or echoes what was sent.
 */
const REFUSALS = {
  400: "bad request",
  401: "unauthorized",
  404: "not found",
  405: "method not allowed",
  413: "payload too large",
  415: "unsupported media type",
  422: "no call or message found",
  429: "too many requests",
  500: "internal error",
} as const;
type RefusalStatus = keyof typeof REFUSALS;

function refuse(status: RefusalStatus, headers: Record<string, string> = {}): IntakeResponse {
  return { status, headers, body: JSON.stringify({ error: REFUSALS[status] }) };
}

const fieldsSchema = z.object({
  kind: z.enum(INTAKE_KINDS),
  number: z.string().max(64).optional(),
  at: z.union([z.string().max(64), z.number()]).optional(),
  text: z.string().max(MAX_TEXT_CHARS).optional(),
});
const formSchema = fieldsSchema.extend({ at: z.string().max(64).optional() });

const utf8 = new TextDecoder("utf-8", { fatal: true });

type BodyReading = { ok: true; note: IntakeNote } | { ok: false; status: 400 | 415 };

/** JSON fields, form fields, or a plain-text note; a body without a type is JSON when it looks like it. */
function readBody(raw: Buffer, contentType: string | undefined): BodyReading {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const json = type === "application/json" || (type === "" && text.trimStart().startsWith("{"));
  if (json) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, status: 400 };
    }
    const parsed = fieldsSchema.safeParse(value);
    return parsed.success ? { ok: true, note: { form: "fields", ...parsed.data } } : { ok: false, status: 400 };
  }
  if (type === "application/x-www-form-urlencoded") {
    const parsed = formSchema.safeParse(Object.fromEntries(new URLSearchParams(text)));
    return parsed.success ? { ok: true, note: { form: "fields", ...parsed.data } } : { ok: false, status: 400 };
  }
  if (type === "" || type === "text/plain") {
    return text.trim() === "" || text.length > MAX_TEXT_CHARS ? { ok: false, status: 400 } : { ok: true, note: { form: "text", text } };
  }
  return { ok: false, status: 415 };
}

/**
 * POST /intake: what her work phone's automation reports. A device token in the Authorization
 * header (compared as a keyed hash, in constant time), a body within the size limit, at most
 * `perMinute` requests per device; then the events are stored through the inbox's own path
 * and announced in her chats. A wrong, missing or revoked token, and every refusal, changes
 * nothing stored. Logs carry status, counts and durations, never a number or text.
 */
export class IntakeEndpoint {
  private readonly recent = new Map<string, number[]>();
  private readonly replays = new Map<string, { expires: number; response: Promise<IntakeResponse> }>();

  constructor(
    private readonly services: AppServices,
    private readonly desk: IntakeDesk,
    private readonly limits: IntakeLimits = INTAKE_LIMITS,
  ) {}

  async handle(request: IntakeRequest): Promise<IntakeResponse> {
    const started = performance.now();
    let device: DeviceRecord | undefined;
    let response: IntakeResponse;
    try {
      ({ device, response } = await this.answer(request));
    } catch (error) {
      this.services.logger.error({ err: describeError(error) }, "intake failed");
      response = refuse(500);
    }
    this.services.logger.info(
      { event: "intake", status: response.status, ...(device && { device: device.id }), ms: Math.round(performance.now() - started) },
      "intake request",
    );
    return response;
  }

  private async answer(request: IntakeRequest): Promise<{ device?: DeviceRecord; response: IntakeResponse }> {
    if (request.path !== INTAKE_PATH) return { response: refuse(404) };
    if (request.method !== "POST") return { response: refuse(405, { allow: "POST" }) };
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "")?.[1];
    const device = token === undefined ? undefined : await devicesOf(this.services).authenticate(token);
    if (!device) return { response: refuse(401, { "www-authenticate": 'Bearer realm="quietline"' }) };
    const retryAfter = this.admit(device.id);
    if (retryAfter !== undefined) return { device, response: refuse(429, { "retry-after": String(retryAfter) }) };
    const raw = await request.body(this.limits.maxBodyBytes);
    if (raw === undefined) return { device, response: refuse(413) };
    const contentType = request.headers["content-type"];
    const key = createHash("sha256").update(device.id).update("\0").update(contentType ?? "").update("\0").update(raw).digest("base64url");
    const now = this.services.clock();
    for (const [k, replay] of this.replays) if (replay.expires <= now) this.replays.delete(k);
    const earlier = this.replays.get(key);
    if (earlier) {
      const first = await earlier.response;
      // Only a report that was taken counts as sent; a refused one may be tried again.
      if (first.status === 200) return { device, response: { ...first, body: JSON.stringify({ ok: true, duplicate: true }) } };
    }
    const response = this.take(device, raw, contentType);
    this.replays.set(key, { expires: now + this.limits.replayMs, response });
    response.catch(() => this.replays.delete(key));
    return { device, response: await response };
  }

  /** Seconds until the device may send again, or undefined when it may now (and the request is counted). */
  private admit(deviceId: string): number | undefined {
    const now = this.services.clock();
    const window = (this.recent.get(deviceId) ?? []).filter((at) => at > now - 60_000);
    if (window.length >= this.limits.perMinute) {
      this.recent.set(deviceId, window);
      return Math.max(1, Math.ceil((window[0]! + 60_000 - now) / 1000));
    }
    window.push(now);
    this.recent.set(deviceId, window);
    return undefined;
  }

  private async take(device: DeviceRecord, raw: Buffer, contentType: string | undefined): Promise<IntakeResponse> {
    const body = readBody(raw, contentType);
    if (!body.ok) return refuse(body.status);
    const { config } = this.services;
    const reading = readIntake(body.note, { now: this.services.clock(), timeZone: config.timeZone, region: config.phoneRegion });
    if (!reading.ok) return refuse(400);
    if (reading.events.length === 0) return refuse(422);
    const result = await this.desk.receive(device, reading.events);
    return { status: 200, headers: {}, body: JSON.stringify({ ok: true, events: result.events, duplicates: result.duplicates }) };
  }

  /** The endpoint as a Node request listener (its own server, or beside the webhook). */
  readonly listener: RequestListener = (req, res) => {
    const path = new URL(req.url ?? "/", "http://intake.invalid").pathname.replace(/\/+$/, "") || "/";
    const request: IntakeRequest = { method: req.method ?? "", path, headers: req.headers as Record<string, string | undefined>, body: (max) => readLimited(req, max) };
    void this.handle(request).then((response) => send(res, response, req));
  };
}

/** Reads a request body up to `max` bytes; a longer one is refused by its Content-Length or as soon as it grows past. */
function readLimited(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.pause();
        finish(undefined);
      } else chunks.push(chunk);
    });
    req.on("end", () => finish(Buffer.concat(chunks)));
    req.on("error", () => finish(undefined));
    req.on("aborted", () => finish(undefined));
  });
}

function send(res: ServerResponse, response: IntakeResponse, req: IncomingMessage): void {
  if (res.headersSent) return;
  // A refusal may leave the body unread: the connection is not reused for another request.
  const unread = response.status !== 200 && !req.readableEnded;
  res.writeHead(response.status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...(unread && { connection: "close" }),
    ...response.headers,
  });
  res.end(response.body);
}

export interface IntakeServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/** The endpoint on a server of its own (INTAKE_PORT): POST /intake, everything else 404. */
export async function startIntakeServer(endpoint: IntakeEndpoint, where: { port: number; host: string }, logger: Logger): Promise<IntakeServer> {
  const server = createServer(endpoint.listener);
  // Slow or stalled clients are cut off rather than held open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(where.port, where.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : where.port;
  logger.info({ mode: "intake", port }, "intake endpoint listening");
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
