import type { InlineKeyboardButton, MessageEntity, Update } from "grammy/types";
import type { Translate } from "../../i18n.js";
import { describeError, type Logger } from "../../../log.js";
import { LOCAL_BOT_INFO } from "../chat-bridge.js";
import { inlineButtons, numberedChoices, typedChoice } from "../choices.js";
import { ApiRefusal, type ApiCall } from "../local-api.js";
import { commandEntities } from "../updates.js";
import { maskNumber } from "../../../core/phone/format.js";
import { isSignalChatId, type SignalOwner, type SignalOwners } from "./owners.js";
import {
  attachmentDataSchema,
  contactListSchema,
  LONG_TEXT_TYPE,
  receivePayloadSchema,
  RPC_ERROR,
  sendResultSchema,
  type DataMessage,
  type Envelope,
} from "./protocol.js";
import { SignalRpcError, withRetries, type SignalRpc } from "./rpc.js";
import { entitiesToStyles, htmlToStyledText, textStyleParam, type StyledText } from "./styles.js";

/**
 * Signal apps accept an edit for a day after sending and at most ten per message, and a remote
 * delete for two days (Signal-Android MessageConstraintsUtil: SEND_THRESHOLD, MAX_EDIT_COUNT,
 * RECEIVE_THRESHOLD). Past that, an edit goes out as a new message instead.
 */
const EDIT_WINDOW_MS = 24 * 3_600_000;
const MAX_EDITS = 10;
const REMOTE_DELETE_WINDOW_MS = 48 * 3_600_000;
/** A pop-up (show_alert, e.g. the full number) is a message that is taken back after this long. */
export const ALERT_VISIBLE_MS = 2 * 60_000;
/** What the adapter remembers per chat: enough for edits, quotes and choices of recent messages. */
const KEEP_MESSAGES = 500;
const KEEP_SEEN = 5_000;
const KEEP_FILES = 100;

/** A message of her chat as the adapter knows it: Bot API id ↔ Signal timestamp. */
interface KnownMessage {
  readonly id: number;
  readonly from: "bot" | "owner";
  /** The Signal timestamp edits, quotes and remote deletes refer to (the original's, for an edited message). */
  timestamp: number;
  /** Local time of sending, for Signal's edit and delete windows. */
  sentAt: number;
  edits: number;
  /** What she sees (bot messages): for "not modified" and for changing only the buttons. */
  body?: StyledText;
  source?: { readonly text: string; readonly parseMode?: unknown; readonly entities?: unknown };
  choices: InlineKeyboardButton.CallbackButton[];
  hasAttachment?: boolean;
  /** Every timestamp that names this message (original and edits). */
  readonly timestamps: number[];
}

interface ChatState {
  /** Who the chat is with: her, or (when `guest`) her buddy or someone with her invite code. */
  readonly owner: SignalOwner;
  readonly guest?: boolean;
  /** A guest's profile name, as their messages carry it. */
  name?: string;
  /** A guest's number, masked: with the name, how she recognises who used her invite. */
  maskedNumber?: string;
  nextId: number;
  readonly messages: Map<number, KnownMessage>;
  readonly byTimestamp: Map<number, number>;
  lastWithButtons?: number;
}

/** One Signal message of hers, as updates for the bot. */
export interface Incoming {
  readonly chatId: number;
  /** Her message's timestamp: what the read receipt names. */
  readonly timestamp: number;
  readonly updates: readonly Update[];
}

/** The update being handled: where a toast goes, and which of her messages is in hand. */
interface Turn {
  readonly chat: ChatState;
  readonly herMessage?: KnownMessage;
  toast?: string;
  /** Something was sent or edited: a toast would only repeat it. */
  output: boolean;
}

interface ReceivedFile {
  readonly id: string;
  readonly recipient: string;
  readonly size?: number;
}

/**
 * Who besides her may reach the bot on Signal: the bot's guard then decides what they get. Anyone
 * else's envelopes are dropped here, as before, and leave nothing behind.
 */
export interface SignalGuests {
  /** Whether a message from someone other than her reaches the bot (her buddy's, an invite code). */
  admits(chatId: number, text: string | undefined): Promise<boolean>;
  /** The number or ACI behind a guest chat not seen since the start (her buddy's, for an alert). */
  addressOf(chatId: number): Promise<string | undefined>;
}

export interface SignalChatOptions {
  readonly rpc: SignalRpc;
  /** The bot's own number. */
  readonly account: string;
  readonly owners: SignalOwners;
  readonly logger: Logger;
  readonly clock?: () => number;
  /** Her interface language, for the few words the adapter says itself. */
  readonly translator: () => Promise<Translate>;
  /** The first message id per chat: above every id the store still tracks, so ids never repeat. */
  readonly firstIds?: ReadonlyMap<number, number>;
  readonly alertVisibleMs?: number;
  readonly guests?: SignalGuests;
}

/** Guest chats kept in memory at once; one is her buddy's, the rest invite attempts. */
const KEEP_GUESTS = 20;

function callbackButtons(buttons: readonly InlineKeyboardButton[]): InlineKeyboardButton.CallbackButton[] {
  return buttons.filter((b): b is InlineKeyboardButton.CallbackButton => "callback_data" in b);
}

/** Her text with the bot's buttons below it as numbered choices (links as label and address). */
function render(text: string, parseMode: unknown, entities: unknown, buttons: readonly InlineKeyboardButton[]): StyledText {
  const styled: StyledText =
    parseMode === "HTML" ? htmlToStyledText(text) : { text, styles: Array.isArray(entities) ? entitiesToStyles(entities as MessageEntity[]) : [] };
  const links = buttons.flatMap((b) => ("url" in b && b.url ? [`${b.text}: ${b.url}`] : []));
  const extra = [...numberedChoices(callbackButtons(buttons).map((b) => b.text)), ...links];
  if (extra.length === 0) return styled;
  return { text: [styled.text, extra.join("\n")].filter((part) => part !== "").join("\n\n"), styles: styled.styles };
}

function sameBody(a: StyledText | undefined, b: StyledText): boolean {
  return a !== undefined && a.text === b.text && JSON.stringify(a.styles) === JSON.stringify(b.styles);
}

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = { vcf: "text/vcard", txt: "text/plain", json: "application/json" };

/** A file as signal-cli takes it in `attachment`: a data URI with its name (RFC 2397; DataURI.of). */
export function dataUri(filename: string, content: Buffer): string {
  const mime = MIME_BY_EXTENSION[filename.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
  return `data:${mime};filename=${encodeURIComponent(filename)};base64,${content.toString("base64")}`;
}

/** A failed daemon call as the Bot API would have answered, so grammY's retries treat both transports alike. */
function asRefusal(error: unknown): unknown {
  if (!(error instanceof SignalRpcError)) return error;
  if (error.kind !== "rpc") return new ApiRefusal(502, "Bad Gateway: the signal-cli daemon did not answer");
  switch (error.code) {
    case RPC_ERROR.rateLimit:
      return new ApiRefusal(429, "Too Many Requests: Signal asks to wait", { retry_after: error.retryAfterSeconds ?? 5 });
    case RPC_ERROR.io:
    case RPC_ERROR.internal:
      return new ApiRefusal(502, "Bad Gateway: signal-cli could not complete the call");
    case RPC_ERROR.untrustedKey:
      return new ApiRefusal(403, "Forbidden: the recipient's safety number is not trusted");
    default:
      return new ApiRefusal(400, "Bad Request: signal-cli refused the call");
  }
}

/**
 * The Signal side of the bot: turns envelopes from the daemon into Bot API updates for one
 * private chat per owner, and answers the bot's Bot API calls with signal-cli JSON-RPC calls
 * (signal-cli(1) send, remoteDelete, sendTyping, sendReceipt, getAttachment, updateContact,
 * listContacts, quitGroup). The bot itself is the same one Telegram and the console chat drive.
 */
export class SignalChat {
  private updateId = 0;
  private readonly chats = new Map<number, ChatState>();
  private readonly seen = new Set<string>();
  private readonly files = new Map<string, ReceivedFile>();
  private fileCount = 0;
  private readonly groupsLeft = new Set<string>();
  private readonly alerts = new Map<NodeJS.Timeout, () => Promise<void>>();
  private turn: Turn | undefined;
  private untrustedWarned = false;
  private readonly clock: () => number;

  constructor(private readonly options: SignalChatOptions) {
    this.clock = options.clock ?? Date.now;
    for (const owner of options.owners.all()) {
      this.chats.set(owner.chatId, { owner, nextId: options.firstIds?.get(owner.chatId) ?? 1, messages: new Map(), byTimestamp: new Map() });
    }
  }

  // ——— incoming: envelopes → updates ———

  /**
   * One `receive` event. Only direct messages from an owner become updates; strangers get
   * silence and leave nothing behind, groups are left, and the bot's own other devices
   * (sync messages) never speak for her. A message seen before (after a reconnect) is skipped.
   */
  async receive(data: string): Promise<Incoming | undefined> {
    let payload;
    try {
      payload = receivePayloadSchema.parse(JSON.parse(data));
    } catch {
      return this.drop("unreadable");
    }
    const envelope = payload.envelope;
    if (!envelope) return this.drop("no-envelope");
    if (envelope.syncMessage != null) return this.drop("own-device");
    if (envelope.sourceNumber === this.options.account || envelope.source === this.options.account) return this.drop("own-account");
    const message = envelope.dataMessage ?? envelope.editMessage?.dataMessage;
    if (message?.groupInfo) {
      await this.leaveGroup(message.groupInfo.groupId);
      return this.drop("group");
    }
    const owner = this.options.owners.match({ number: envelope.sourceNumber, uuid: envelope.sourceUuid });
    if (!owner) return this.receiveGuest(envelope, message, payload.exception != null);
    if (payload.exception) {
      if (!this.untrustedWarned) {
        this.untrustedWarned = true;
        this.options.logger.warn({ type: payload.exception.type ?? "unknown" }, "a Signal message from an owner could not be read");
      }
      return undefined;
    }
    if (!message) return undefined; // receipts, typing, calls, stories
    const key = `${owner.chatId}:${envelope.timestamp}`;
    if (this.seen.has(key)) return this.drop("duplicate");
    this.remember(this.seen, key, KEEP_SEEN);
    const chat = this.chats.get(owner.chatId)!;
    const updates = envelope.editMessage
      ? this.editedUpdates(chat, envelope.editMessage.targetSentTimestamp, message, envelope)
      : await this.messageUpdates(chat, message, envelope);
    return { chatId: owner.chatId, timestamp: envelope.timestamp, updates };
  }

  /**
   * A direct text from someone other than her, if the guests admit it: as updates in that person's
   * own chat, text only (files, contacts and stickers of a guest are never read).
   */
  private async receiveGuest(envelope: Envelope, message: DataMessage | null | undefined, failed: boolean): Promise<Incoming | undefined> {
    const guests = this.options.guests;
    const recipient = envelope.sourceUuid?.toLowerCase() || envelope.sourceNumber;
    if (!guests || !recipient || failed || !message || envelope.editMessage) return this.drop("not-owner");
    const chatId = this.options.owners.chatIdOf(recipient);
    const text = message.message ?? undefined;
    if (!(await guests.admits(chatId, text))) return this.drop("not-owner");
    const key = `${chatId}:${envelope.timestamp}`;
    if (this.seen.has(key)) return this.drop("duplicate");
    this.remember(this.seen, key, KEEP_SEEN);
    const chat = this.guestChat(chatId, recipient);
    if (envelope.sourceName) chat.name = envelope.sourceName.slice(0, 64);
    if (envelope.sourceNumber) chat.maskedNumber = maskNumber(envelope.sourceNumber);
    const textOnly = { timestamp: message.timestamp, message: text ?? null, quote: message.quote ?? null } as DataMessage;
    return { chatId, timestamp: envelope.timestamp, updates: await this.messageUpdates(chat, textOnly, envelope) };
  }

  private guestChat(chatId: number, recipient: string): ChatState {
    const known = this.chats.get(chatId);
    if (known) return known;
    const chat: ChatState = { owner: { recipient, chatId }, guest: true, nextId: 1, messages: new Map(), byTimestamp: new Map() };
    this.chats.set(chatId, chat);
    const guests = [...this.chats.values()].filter((c) => c.guest);
    if (guests.length > KEEP_GUESTS) this.chats.delete(guests[0]!.owner.chatId);
    return chat;
  }

  /** The number or ACI behind a guest chat seen since the start (for the buddy's record). */
  guestAddress(chatId: number): string | undefined {
    const chat = this.chats.get(chatId);
    return chat?.guest ? chat.owner.recipient : undefined;
  }

  private drop(reason: string): undefined {
    this.options.logger.debug({ reason }, "signal envelope dropped");
    return undefined;
  }

  private remember<T>(set: Set<T>, value: T, limit: number): void {
    set.add(value);
    if (set.size > limit) set.delete(set.values().next().value as T);
  }

  /** Declines an invitation or leaves the group, and deletes what the daemon keeps of it. Once per group. */
  private async leaveGroup(groupId: string): Promise<void> {
    if (this.groupsLeft.has(groupId)) return;
    this.groupsLeft.add(groupId);
    try {
      await this.options.rpc.call("quitGroup", { groupId, delete: true });
    } catch (error) {
      this.groupsLeft.delete(groupId); // tried again with the group's next message
      this.options.logger.warn({ err: describeError(error) }, "could not leave a Signal group");
    }
  }

  private nextUpdateId(): number {
    return ++this.updateId;
  }

  private privateChat(chat: ChatState) {
    if (chat.guest) return { id: chat.owner.chatId, type: "private" as const, first_name: chat.name ?? "" };
    return { id: chat.owner.chatId, type: "private" as const, first_name: "Owner" };
  }

  /** Who wrote: her, or a guest as their profile shows them. */
  private her(chat: ChatState) {
    if (chat.guest) return { id: chat.owner.chatId, is_bot: false, first_name: chat.name ?? "", ...(chat.maskedNumber && { last_name: chat.maskedNumber }) };
    return { id: chat.owner.chatId, is_bot: false, first_name: "Owner" };
  }

  private botUser() {
    return { id: LOCAL_BOT_INFO.id, is_bot: true, first_name: LOCAL_BOT_INFO.first_name };
  }

  private know(chat: ChatState, message: Omit<KnownMessage, "timestamps" | "edits" | "choices"> & Partial<KnownMessage>): KnownMessage {
    const known: KnownMessage = { edits: 0, choices: [], ...message, timestamps: [message.timestamp] };
    chat.messages.set(known.id, known);
    chat.byTimestamp.set(known.timestamp, known.id);
    while (chat.messages.size > KEEP_MESSAGES) {
      const oldest = chat.messages.values().next().value as KnownMessage;
      this.forget(chat, oldest);
    }
    return known;
  }

  private forget(chat: ChatState, known: KnownMessage): void {
    chat.messages.delete(known.id);
    for (const ts of known.timestamps) chat.byTimestamp.delete(ts);
    if (chat.lastWithButtons === known.id) chat.lastWithButtons = undefined;
  }

  private byTimestamp(chat: ChatState, timestamp: number): KnownMessage | undefined {
    const id = chat.byTimestamp.get(timestamp);
    return id === undefined ? undefined : chat.messages.get(id);
  }

  private async messageUpdates(chat: ChatState, data: DataMessage, envelope: Envelope): Promise<Update[]> {
    if (data.reaction != null || data.remoteDelete != null) return [];
    const date = Math.floor((envelope.serverReceivedTimestamp || envelope.timestamp) / 1000);
    const attachments = (data.attachments ?? []).filter((a) => a.id);
    // A long text arrives cut at 2000 bytes, the whole of it as an attachment (ManagerImpl, MimeUtils.LONG_TEXT).
    const longText = attachments.find((a) => a.contentType === LONG_TEXT_TYPE);
    let text = data.message ?? undefined;
    if (longText) {
      try {
        text = (await this.fetchAttachment(longText.id!, chat.owner.recipient)).toString("utf8");
      } catch (error) {
        this.options.logger.warn({ err: describeError(error) }, "could not fetch the rest of a long Signal message");
      }
    }
    const quoted = data.quote ? this.byTimestamp(chat, data.quote.id) : undefined;
    const herMessage = (content: Record<string, unknown>): Update => {
      const id = chat.nextId++;
      if (!chat.byTimestamp.has(envelope.timestamp)) this.know(chat, { id, from: "owner", timestamp: envelope.timestamp, sentAt: this.clock() });
      return {
        update_id: this.nextUpdateId(),
        message: {
          message_id: id,
          date,
          chat: this.privateChat(chat),
          from: this.her(chat),
          ...(quoted && { reply_to_message: this.asMessage(chat, quoted) }),
          ...content,
        },
      } as Update;
    };

    const updates: Update[] = [];
    for (const contact of data.contacts ?? []) {
      const phone = contact.phone?.find((p) => p.value)?.value;
      if (!phone) continue;
      // Only a first name ever reaches the bot: family names and companies stay out.
      updates.push(herMessage({ contact: { phone_number: phone, first_name: contact.name?.given ?? contact.name?.nickname ?? "" } }));
    }
    const files = attachments.filter((a) => a !== longText);
    files.forEach((file, i) => {
      const fileId = `signal-file-${++this.fileCount}`;
      this.files.set(fileId, { id: file.id!, recipient: chat.owner.recipient, ...(file.size != null && { size: file.size }) });
      if (this.files.size > KEEP_FILES) this.files.delete(this.files.keys().next().value as string);
      updates.push(
        herMessage({
          document: {
            file_id: fileId,
            file_unique_id: fileId,
            ...(file.filename && { file_name: file.filename }),
            ...(file.contentType && { mime_type: file.contentType }),
            ...(file.size != null && { file_size: file.size }),
          },
          ...(i === 0 && text && { caption: text }),
        }),
      );
    });
    if (files.length > 0 || updates.length > 0) return updates;
    if (data.sticker != null) {
      return [herMessage({ sticker: { file_id: "signal-sticker", file_unique_id: "signal-sticker", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } })];
    }
    if (!text) return []; // a timer change, a profile update: nothing to answer
    const choice = typedChoice(text);
    if (choice !== undefined) {
      // A number answers the message she replied to, or else the latest one with choices.
      const target = data.quote ? quoted : chat.lastWithButtons !== undefined ? chat.messages.get(chat.lastWithButtons) : undefined;
      const button = target?.choices[choice - 1];
      if (target && button) return [this.choiceUpdate(chat, target, button)];
    }
    const entities = commandEntities(text);
    return [herMessage({ text, ...(entities && { entities }) })];
  }

  private editedUpdates(chat: ChatState, targetTimestamp: number, data: DataMessage, envelope: Envelope): Update[] {
    const target = this.byTimestamp(chat, targetTimestamp);
    if (!target || target.from !== "owner" || !data.message) return [];
    return [
      {
        update_id: this.nextUpdateId(),
        edited_message: {
          message_id: target.id,
          date: Math.floor(target.sentAt / 1000),
          edit_date: Math.floor(envelope.timestamp / 1000),
          chat: this.privateChat(chat),
          from: this.her(chat),
          text: data.message,
        },
      } as Update,
    ];
  }

  private choiceUpdate(chat: ChatState, target: KnownMessage, button: InlineKeyboardButton.CallbackButton): Update {
    const updateId = this.nextUpdateId();
    return {
      update_id: updateId,
      callback_query: {
        id: String(updateId),
        from: this.her(chat),
        chat_instance: `signal-${chat.owner.chatId}`,
        data: button.callback_data,
        message: this.asMessage(chat, target),
      },
    } as Update;
  }

  private asMessage(chat: ChatState, known: KnownMessage) {
    return {
      message_id: known.id,
      date: Math.floor(known.sentAt / 1000),
      chat: this.privateChat(chat),
      from: known.from === "bot" ? this.botUser() : this.her(chat),
      ...(known.body && { text: known.body.text }),
    };
  }

  // ——— around each update ———

  /** The bot is about to handle `update` (from `incoming`). */
  beginTurn(chatId: number, update: Update): void {
    const chat = this.chats.get(chatId);
    if (!chat) return;
    const id = update.message?.message_id;
    const herMessage = id === undefined ? undefined : chat.messages.get(id);
    this.turn = { chat, output: false, ...(herMessage && { herMessage }) };
  }

  /** The update is done: a button's short answer shows only if nothing else answered her. */
  async endTurn(): Promise<void> {
    const turn = this.turn;
    this.turn = undefined;
    if (!turn?.toast || turn.output) return;
    try {
      await this.sendNew(turn.chat, { text: turn.toast, styles: [] });
    } catch (error) {
      this.options.logger.warn({ err: describeError(error) }, "could not send a button's answer");
    }
  }

  /** Tells her apps the message was read (signal-cli(1) sendReceipt). */
  async markRead(incoming: Incoming): Promise<void> {
    const owner = this.options.owners.byChat(incoming.chatId);
    if (!owner) return;
    try {
      await this.options.rpc.call("sendReceipt", { recipient: owner.recipient, targetTimestamp: [incoming.timestamp], type: "read" });
    } catch (error) {
      this.options.logger.debug({ err: describeError(error) }, "read receipt not sent");
    }
  }

  // ——— outgoing: Bot API calls → signal-cli ———

  private async chatOf(params: Readonly<Record<string, unknown>>): Promise<ChatState> {
    const chatId = Number(params.chat_id);
    const chat = this.chats.get(chatId);
    if (chat) return chat;
    // Her buddy's chat after a restart: the guests know where it goes.
    const recipient = isSignalChatId(chatId) ? await this.options.guests?.addressOf(chatId) : undefined;
    if (!recipient || this.options.owners.chatIdOf(recipient) !== chatId) throw new ApiRefusal(400, "Bad Request: chat not found");
    return this.guestChat(chatId, recipient);
  }

  private async rpcSend(chat: ChatState, body: StyledText, extra: Record<string, unknown> = {}): Promise<number> {
    const styles = textStyleParam(body.styles);
    try {
      const result = await this.options.rpc.call("send", {
        recipient: [chat.owner.recipient],
        message: body.text,
        ...(styles.length > 0 && { textStyle: styles }),
        ...extra,
      });
      if (this.turn) this.turn.output = true;
      return sendResultSchema.parse(result).timestamp;
    } catch (error) {
      if (error instanceof SignalRpcError && error.code === RPC_ERROR.untrustedKey && !this.untrustedWarned) {
        this.untrustedWarned = true;
        this.options.logger.warn("an owner's Signal safety number changed: verify it, then trust it with signal-cli trust");
      }
      throw asRefusal(error);
    }
  }

  private quoteParams(chat: ChatState, quoted: KnownMessage | undefined): Record<string, unknown> {
    if (!quoted) return {};
    return { quoteTimestamp: quoted.timestamp, quoteAuthor: quoted.from === "bot" ? this.options.account : chat.owner.recipient };
  }

  private async sendNew(
    chat: ChatState,
    body: StyledText,
    options: { quoted?: KnownMessage; attachment?: string; buttons?: readonly InlineKeyboardButton[]; source?: KnownMessage["source"] } = {},
  ): Promise<KnownMessage> {
    if (body.text === "" && !options.attachment) throw new ApiRefusal(400, "Bad Request: message text is empty");
    const timestamp = await this.rpcSend(chat, body, {
      ...this.quoteParams(chat, options.quoted),
      ...(options.attachment && { attachment: [options.attachment] }),
    });
    const known = this.know(chat, {
      id: chat.nextId++,
      from: "bot",
      timestamp,
      sentAt: this.clock(),
      body,
      choices: callbackButtons(options.buttons ?? []),
      ...(options.source && { source: options.source }),
      ...(options.attachment && { hasAttachment: true }),
    });
    this.choicesChanged(chat, known);
    return known;
  }

  private choicesChanged(chat: ChatState, known: KnownMessage): void {
    if (known.choices.length > 0) chat.lastWithButtons = known.id;
    else if (chat.lastWithButtons === known.id) chat.lastWithButtons = undefined;
  }

  /** An edit where Signal allows one; otherwise the new version as a new message, the old one taken back. */
  private async replace(chat: ChatState, known: KnownMessage, body: StyledText, buttons: readonly InlineKeyboardButton[], source: KnownMessage["source"]) {
    const now = this.clock();
    if (now - known.sentAt < EDIT_WINDOW_MS && known.edits < MAX_EDITS) {
      const timestamp = await this.rpcSend(chat, body, { editTimestamp: known.timestamp });
      known.edits++;
      known.timestamps.push(timestamp);
      chat.byTimestamp.set(timestamp, known.id);
    } else {
      const old = { timestamp: known.timestamp, sentAt: known.sentAt };
      const timestamp = await this.rpcSend(chat, body);
      Object.assign(known, { timestamp, sentAt: now, edits: 0 });
      known.timestamps.push(timestamp);
      chat.byTimestamp.set(timestamp, known.id);
      if (!known.hasAttachment && now - old.sentAt < REMOTE_DELETE_WINDOW_MS) await this.remoteDelete(chat, old.timestamp).catch(() => undefined);
    }
    known.body = body;
    known.source = source;
    known.choices = callbackButtons(buttons);
    this.choicesChanged(chat, known);
  }

  private async remoteDelete(chat: ChatState, timestamp: number): Promise<void> {
    try {
      await this.options.rpc.call("remoteDelete", { recipient: [chat.owner.recipient], targetTimestamp: timestamp });
    } catch (error) {
      throw asRefusal(error);
    }
  }

  private sentMessage(chat: ChatState, known: KnownMessage, edited = false) {
    return { ...this.asMessage(chat, known), ...(edited && { edit_date: Math.floor(this.clock() / 1000) }) };
  }

  private botMessage(chat: ChatState, id: number): KnownMessage {
    const known = chat.messages.get(id);
    if (!known || known.from !== "bot") throw new ApiRefusal(400, "Bad Request: message to edit not found");
    return known;
  }

  private async edit(chat: ChatState, id: number, source: NonNullable<KnownMessage["source"]>, markup: unknown) {
    const known = this.botMessage(chat, id);
    const buttons = inlineButtons(markup);
    const body = render(source.text, source.parseMode, source.entities, buttons);
    if (sameBody(known.body, body)) throw new ApiRefusal(400, "Bad Request: message is not modified");
    await this.replace(chat, known, body, buttons, source);
    return this.sentMessage(chat, known, true);
  }

  /** Takes back the bot's own messages. Hers only she can delete; if one must go now, she is asked to. */
  private async delete(chat: ChatState, ids: readonly number[], single: boolean): Promise<true> {
    const now = this.clock();
    for (const id of ids) {
      const known = chat.messages.get(id);
      if (known?.from === "bot") {
        if (now - known.sentAt < REMOTE_DELETE_WINDOW_MS) await this.remoteDelete(chat, known.timestamp);
        this.forget(chat, known);
      } else if (known && single && this.turn?.herMessage === known) {
        const t = await this.options.translator();
        await this.sendNew(chat, { text: t("transport-delete-it-yourself"), styles: [] }, { quoted: known });
      }
    }
    return true;
  }

  /** A pop-up: a message of its own, taken back after a while (the disappearing timer may be longer). */
  private async alert(chat: ChatState, text: string): Promise<void> {
    const known = await this.sendNew(chat, { text, styles: [] });
    const takeBack = async () => {
      this.alerts.delete(timer);
      if (!chat.messages.has(known.id)) return;
      this.forget(chat, known);
      await this.remoteDelete(chat, known.timestamp).catch((error: unknown) =>
        this.options.logger.warn({ err: describeError(error) }, "could not take back a pop-up"),
      );
    };
    const timer = setTimeout(() => void takeBack(), this.options.alertVisibleMs ?? ALERT_VISIBLE_MS);
    timer.unref();
    this.alerts.set(timer, takeBack);
  }

  /** Answers the bot's Bot API calls (see createLocalFetch). */
  readonly handle = async ({ method, params }: ApiCall): Promise<unknown> => {
    switch (method) {
      case "getMe":
        return LOCAL_BOT_INFO;
      case "sendMessage": {
        const chat = await this.chatOf(params);
        const buttons = inlineButtons(params.reply_markup);
        const text = String(params.text ?? "");
        const replyTo = (params.reply_parameters as { message_id?: number } | undefined)?.message_id ?? (params.reply_to_message_id as number | undefined);
        const known = await this.sendNew(chat, render(text, params.parse_mode, params.entities, buttons), {
          buttons,
          source: { text, parseMode: params.parse_mode, entities: params.entities },
          ...(replyTo !== undefined && { quoted: chat.messages.get(replyTo) }),
        });
        return this.sentMessage(chat, known);
      }
      case "sendDocument": {
        const chat = await this.chatOf(params);
        const document = params.document as { filename?: string; content?: Buffer } | undefined;
        if (!document?.content) throw new ApiRefusal(400, "Bad Request: only uploaded files can be sent here");
        const buttons = inlineButtons(params.reply_markup);
        const caption = String(params.caption ?? "");
        const filename = document.filename ?? "file";
        const known = await this.sendNew(chat, render(caption, params.parse_mode, params.caption_entities, buttons), {
          buttons,
          attachment: dataUri(filename, document.content),
          source: { text: caption, parseMode: params.parse_mode, entities: params.caption_entities },
        });
        return { ...this.sentMessage(chat, known), document: { file_id: `sent-${known.id}`, file_unique_id: `sent-${known.id}`, file_name: filename } };
      }
      case "editMessageText":
      case "editMessageCaption": {
        const chat = await this.chatOf(params);
        const text = String((method === "editMessageText" ? params.text : params.caption) ?? "");
        const entities = method === "editMessageText" ? params.entities : params.caption_entities;
        return this.edit(chat, Number(params.message_id), { text, parseMode: params.parse_mode, entities }, params.reply_markup);
      }
      case "editMessageReplyMarkup": {
        const chat = await this.chatOf(params);
        const known = this.botMessage(chat, Number(params.message_id));
        return this.edit(chat, known.id, known.source ?? { text: known.body?.text ?? "" }, params.reply_markup);
      }
      case "deleteMessage":
        return this.delete(await this.chatOf(params), [Number(params.message_id)], true);
      case "deleteMessages":
        return this.delete(await this.chatOf(params), (params.message_ids as number[] | undefined) ?? [], false);
      case "answerCallbackQuery": {
        const text = typeof params.text === "string" ? params.text : "";
        if (text && this.turn) {
          if (params.show_alert === true) await this.alert(this.turn.chat, text);
          else this.turn.toast = text;
        }
        return true;
      }
      case "getFile": {
        const fileId = String(params.file_id ?? "");
        const file = this.files.get(fileId);
        if (!file) throw new ApiRefusal(400, "Bad Request: invalid file_id");
        return { file_id: fileId, file_unique_id: fileId, file_path: fileId, ...(file.size !== undefined && { file_size: file.size }) };
      }
      case "sendChatAction": {
        const chat = await this.chatOf(params);
        void this.options.rpc.call("sendTyping", { recipient: [chat.owner.recipient] }).catch(() => undefined);
        return true;
      }
      case "setMyCommands":
      case "deleteMyCommands":
      case "setChatMenuButton":
      case "deleteWebhook":
      case "leaveChat":
        return true;
      default:
        throw new ApiRefusal(501, `Not Implemented: ${method} has no Signal counterpart`);
    }
  };

  /** Serves a file she sent to the bot's download (getAttachment, base64: JsonAttachmentData). */
  readonly serveFile = async (path: string): Promise<Buffer | undefined> => {
    const file = this.files.get(path);
    return file ? this.fetchAttachment(file.id, file.recipient) : undefined;
  };

  private async fetchAttachment(id: string, recipient: string): Promise<Buffer> {
    const result = await withRetries(() => this.options.rpc.call("getAttachment", { id, recipient }));
    return Buffer.from(attachmentDataSchema.parse(result).data, "base64");
  }

  // ——— the disappearing-messages timer ———

  /** Sets every owner chat's timer (signal-cli(1) updateContact --expiration; 0 = off). */
  async setTimers(seconds: number): Promise<void> {
    for (const owner of this.options.owners.all()) await this.setTimer(owner, seconds);
  }

  private async setTimer(owner: SignalOwner, seconds: number): Promise<void> {
    try {
      await withRetries(() => this.options.rpc.call("updateContact", { recipient: owner.recipient, expiration: seconds }));
    } catch (error) {
      // A linked (not primary) device sets the timer, then refuses the rest of updateContact.
      if (error instanceof SignalRpcError && error.code === RPC_ERROR.user) return;
      this.options.logger.warn({ err: describeError(error) }, "could not set the Signal chat timer");
    }
  }

  /** Sets the timer where it differs from `seconds` (listContacts: messageExpirationTime), so no chat gets a needless notice. */
  async syncTimers(seconds: number): Promise<void> {
    for (const owner of this.options.owners.all()) {
      try {
        const contacts = contactListSchema.parse(await this.options.rpc.call("listContacts", { recipient: [owner.recipient], allRecipients: true }));
        const entry = contacts.find((c) => c.number === owner.recipient || c.uuid?.toLowerCase() === owner.recipient);
        if (entry?.messageExpirationTime !== seconds) await this.setTimer(owner, seconds);
      } catch (error) {
        this.options.logger.warn({ err: describeError(error) }, "could not read the Signal chat timer");
      }
    }
  }

  /** Takes back pop-ups still showing; call when stopping. */
  async close(): Promise<void> {
    const pending = [...this.alerts.entries()];
    this.alerts.clear();
    for (const [timer, takeBack] of pending) {
      clearTimeout(timer);
      await takeBack();
    }
  }
}
