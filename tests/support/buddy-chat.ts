import type { Update } from "grammy/types";
import { inlineButtons } from "../../src/bot/transport/choices.js";
import type { ApiCall } from "../../src/bot/transport/local-api.js";

/** A message in the buddy's chat, as their app shows it. */
export interface BuddyMessage {
  readonly id: number;
  text: string;
  buttons: Array<{ readonly text: string; readonly data: string }>;
}

/**
 * The private chat of someone other than her with the bot (her buddy, or a stranger): records
 * what the bot sends there and makes that person's updates. Plug `handle` into the harness's `otherChats`.
 */
export class OtherChat {
  readonly messages: BuddyMessage[] = [];
  readonly toasts: string[] = [];
  private nextId = 1;
  private updateId = 900_000;

  constructor(
    readonly userId: number,
    private readonly profile: { readonly firstName?: string; readonly username?: string; readonly languageCode?: string } = {},
  ) {}

  private from() {
    return {
      id: this.userId,
      is_bot: false,
      first_name: this.profile.firstName ?? "Anna",
      ...(this.profile.username && { username: this.profile.username }),
      ...(this.profile.languageCode && { language_code: this.profile.languageCode }),
    };
  }

  private chat() {
    return { id: this.userId, type: "private" as const, first_name: this.profile.firstName ?? "Anna" };
  }

  /** Answers the calls meant for this chat; undefined for any other. */
  readonly handle = (call: ApiCall): Promise<unknown> | undefined => {
    const { method, params } = call;
    if (method === "answerCallbackQuery") {
      if (!String(params.callback_query_id).startsWith(`other-${this.userId}-`)) return undefined;
      if (typeof params.text === "string") this.toasts.push(params.text);
      return Promise.resolve(true);
    }
    if (Number(params.chat_id) !== this.userId) return undefined;
    const sent = (id: number, text: string) => ({ message_id: id, date: 0, chat: this.chat(), text });
    switch (method) {
      case "sendMessage": {
        const message: BuddyMessage = { id: this.nextId++, text: String(params.text ?? ""), buttons: this.buttonsOf(params.reply_markup) };
        this.messages.push(message);
        return Promise.resolve(sent(message.id, message.text));
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const message = this.messages.find((m) => m.id === Number(params.message_id));
        if (!message) return Promise.resolve(sent(0, ""));
        if (method === "editMessageText") message.text = String(params.text ?? "");
        message.buttons = this.buttonsOf(params.reply_markup);
        return Promise.resolve(sent(message.id, message.text));
      }
      default:
        return Promise.resolve(true);
    }
  };

  private buttonsOf(markup: unknown) {
    return inlineButtons(markup).flatMap((b) => ("callback_data" in b ? [{ text: b.text, data: b.callback_data }] : []));
  }

  /** This person writes `text` (a command gets its entity). */
  text(text: string): Update {
    const command = /^\/\w+/.exec(text);
    return {
      update_id: ++this.updateId,
      message: {
        message_id: this.nextId++,
        date: 0,
        chat: this.chat(),
        from: this.from(),
        text,
        ...(command && { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] }),
      },
    } as Update;
  }

  /** This person taps a button with `data` (of any message, real or forged). */
  tap(data: string, messageId = this.messages.at(-1)?.id ?? 1): Update {
    const id = ++this.updateId;
    return {
      update_id: id,
      callback_query: {
        id: `other-${this.userId}-${id}`,
        from: this.from(),
        chat_instance: `other-${this.userId}`,
        data,
        message: { message_id: messageId, date: 0, chat: this.chat(), text: "" },
      },
    } as Update;
  }

  last(): BuddyMessage | undefined {
    return this.messages.at(-1);
  }
}
