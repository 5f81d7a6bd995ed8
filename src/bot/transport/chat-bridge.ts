import type { InlineKeyboardButton, Update, UserFromGetMe } from "grammy/types";
import { inlineButtons } from "./choices.js";
import { ApiRefusal, type ApiCall } from "./local-api.js";
import { commandEntities } from "./updates.js";

/** A message the bot shows: its text (Telegram HTML) and the buttons as plain choices. */
export interface OutgoingMessage {
  readonly messageId: number;
  readonly html: string;
  readonly choices: readonly string[];
  /** true when an earlier message was changed in place. */
  readonly edited: boolean;
}

/** The messenger side: where the bot's output goes. The console is one; others can follow. */
export interface ChatSurface {
  show(message: OutgoingMessage): void;
  removed(messageId: number): void;
  notice(text: string): void;
  file(name: string, content: Buffer, caption?: string): void;
}

interface ShownMessage {
  html: string;
  buttons: InlineKeyboardButton[];
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "quietline",
  username: "quietline_local_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/**
 * How many of its messages the local chat remembers for edits and button presses (Telegram
 * itself lets a bot edit a message for 48 hours); and how many files she sent it keeps until the
 * bot has downloaded them. Older ones are forgotten, so a long session does not grow for ever.
 */
const KEPT_MESSAGES = 500;
const KEPT_FILES = 8;

/** Adds to a map that forgets its oldest entries beyond `limit`. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= limit) break;
    map.delete(oldest);
  }
}

/**
 * Turns a chat surface's input into Telegram updates for one private chat and answers the
 * bot's Bot API calls for it. Buttons become numbered choices.
 */
export class ChatBridge {
  private updateId = 0;
  private messageId = 0;
  private readonly messages = new Map<number, ShownMessage>();
  private lastWithButtons: number | undefined;
  private readonly files = new Map<string, Buffer>();
  private fileCount = 0;

  constructor(
    private readonly userId: number,
    private readonly surface: ChatSurface,
    private readonly clock: () => number = Date.now,
    private readonly languageCode = "de",
  ) {}

  private nextUpdate(): number {
    return ++this.updateId;
  }

  private user() {
    return { id: this.userId, is_bot: false, first_name: "Owner", language_code: this.languageCode };
  }

  /** A new message from her in the private chat, with the given content. */
  private incoming(content: Record<string, unknown>): Update {
    return {
      update_id: this.nextUpdate(),
      message: {
        message_id: ++this.messageId,
        date: Math.floor(this.clock() / 1000),
        chat: { id: this.userId, type: "private", first_name: "Owner" },
        from: this.user(),
        ...content,
      },
    } as Update;
  }

  /** What she typed, as a message update. Commands get their entity, as Telegram sends them. */
  textUpdate(text: string): Update {
    const entities = commandEntities(text);
    return this.incoming({ text, ...(entities && { entities }) });
  }

  /** A document she sends (a backup, a vCard): its content is served to the bot's getFile download. */
  documentUpdate(fileName: string, content: Buffer, mimeType = "application/octet-stream", caption?: string): Update {
    const fileId = `local-file-${++this.fileCount}`;
    remember(this.files, fileId, content, KEPT_FILES);
    return this.incoming({
      document: { file_id: fileId, file_unique_id: fileId, file_name: fileName, mime_type: mimeType, file_size: content.length },
      ...(caption !== undefined && { caption }),
    });
  }

  /** Serves a downloaded file by the path getFile gave out. */
  readonly serveFile = (path: string): Buffer | undefined => this.files.get(path);

  /** The n-th (1-based) button of the latest message with buttons, or undefined if there is none. */
  choiceUpdate(choice: number): Update | undefined {
    if (this.lastWithButtons === undefined) return undefined;
    const shown = this.messages.get(this.lastWithButtons);
    const button = shown?.buttons[choice - 1];
    if (!shown || !button || !("callback_data" in button)) return undefined;
    return {
      update_id: this.nextUpdate(),
      callback_query: {
        id: String(this.updateId),
        from: this.user(),
        chat_instance: "local",
        data: button.callback_data,
        message: {
          message_id: this.lastWithButtons,
          date: Math.floor(this.clock() / 1000),
          chat: { id: this.userId, type: "private", first_name: "Owner" },
          from: { id: LOCAL_BOT_INFO.id, is_bot: true, first_name: LOCAL_BOT_INFO.first_name },
          text: shown.html,
        },
      },
    } as Update;
  }

  hasChoices(): boolean {
    return this.lastWithButtons !== undefined && (this.messages.get(this.lastWithButtons)?.buttons.length ?? 0) > 0;
  }

  private show(id: number, html: string, markup: unknown, edited: boolean): void {
    const buttons = inlineButtons(markup);
    remember(this.messages, id, { html, buttons }, KEPT_MESSAGES);
    if (buttons.length > 0) this.lastWithButtons = id;
    else if (this.lastWithButtons === id) this.lastWithButtons = undefined;
    this.surface.show({ messageId: id, html, choices: buttons.map((b) => b.text), edited });
  }

  private sentMessage(id: number, text: string) {
    return {
      message_id: id,
      date: Math.floor(this.clock() / 1000),
      chat: { id: this.userId, type: "private", first_name: "Owner" },
      from: { id: LOCAL_BOT_INFO.id, is_bot: true, first_name: LOCAL_BOT_INFO.first_name },
      text,
    };
  }

  /** Answers the bot's Bot API calls. */
  readonly handle = async ({ method, params }: ApiCall): Promise<unknown> => {
    switch (method) {
      case "getMe":
        return LOCAL_BOT_INFO;
      case "sendMessage": {
        const id = ++this.messageId;
        this.show(id, String(params.text ?? ""), params.reply_markup, false);
        return this.sentMessage(id, String(params.text ?? ""));
      }
      case "editMessageText": {
        const id = Number(params.message_id);
        if (!this.messages.has(id)) throw new ApiRefusal(400, "Bad Request: message to edit not found");
        this.show(id, String(params.text ?? ""), params.reply_markup, true);
        return this.sentMessage(id, String(params.text ?? ""));
      }
      case "editMessageReplyMarkup": {
        const id = Number(params.message_id);
        const shown = this.messages.get(id);
        if (!shown) throw new ApiRefusal(400, "Bad Request: message to edit not found");
        this.show(id, shown.html, params.reply_markup, true);
        return this.sentMessage(id, shown.html);
      }
      case "deleteMessage":
      case "deleteMessages": {
        const ids = method === "deleteMessage" ? [Number(params.message_id)] : (params.message_ids as number[]);
        for (const id of ids) {
          this.messages.delete(id);
          if (this.lastWithButtons === id) this.lastWithButtons = undefined;
          this.surface.removed(id);
        }
        return true;
      }
      case "sendDocument": {
        const doc = params.document as { filename?: string; content?: Buffer } | undefined;
        const id = ++this.messageId;
        if (doc?.content) this.surface.file(doc.filename ?? "file", doc.content, params.caption as string | undefined);
        return { ...this.sentMessage(id, ""), document: { file_id: `local-${id}`, file_unique_id: `local-${id}` } };
      }
      case "getFile": {
        const fileId = String(params.file_id ?? "");
        const content = this.files.get(fileId);
        if (!content) throw new ApiRefusal(400, "Bad Request: invalid file_id");
        return { file_id: fileId, file_unique_id: fileId, file_size: content.length, file_path: fileId };
      }
      case "answerCallbackQuery":
        if (typeof params.text === "string" && params.text) this.surface.notice(params.text);
        return true;
      case "sendChatAction":
      case "setMyCommands":
      case "deleteMyCommands":
      case "setChatMenuButton":
      case "leaveChat":
        return true;
      default:
        throw new ApiRefusal(501, `Method ${method} is not available in the local chat`);
    }
  };
}
