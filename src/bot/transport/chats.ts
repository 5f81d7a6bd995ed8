import type { Api } from "grammy";

/**
 * A transport other than the bot's own Bot API connection (Signal), as the code that works on
 * stored chat ids outside an update sees it: scheduled deletions, the panic wipe, /privacy.
 */
export interface ChatTransport {
  /** The Api that reaches this transport's chats. */
  readonly api: Api;
  /** Whether a chat id belongs to this transport. */
  carries(chatId: number): boolean;
  /**
   * Messages vanish by the chat's own timer (Signal's disappearing messages) on every device:
   * there is nothing to schedule, and a single message cannot be kept longer than the rest.
   */
  readonly disappearing: boolean;
  /** Her self-cleaning period changed (0 = off): the transport sets its chats' timers to match. */
  cleanupChanged(minutes: number): Promise<void>;
  /**
   * What this transport needs to reach a chat other than hers again after a restart (Signal: the
   * number or ACI behind the buddy's chat), while that chat is known to it; stored encrypted by the caller.
   */
  addressOf?(chatId: number): string | undefined;
}

/** The transports of one process. Chats of no registered transport belong to the bot's own Api. */
export class ChatTransports {
  private readonly transports: ChatTransport[] = [];
  /**
   * The bot's own Bot API connection (Telegram) when a process serves more than one transport:
   * what an update on another transport uses to reach a Telegram chat (her buddy's, say).
   */
  home: Api | undefined;

  add(transport: ChatTransport): void {
    this.transports.push(transport);
  }

  of(chatId: number): ChatTransport | undefined {
    return this.transports.find((t) => t.carries(chatId));
  }

  /** The Api for a chat: its transport's, else the one given (the bot's own). */
  apiFor(chatId: number, own: Api): Api {
    return this.of(chatId)?.api ?? own;
  }

  disappearing(chatId: number): boolean {
    return this.of(chatId)?.disappearing ?? false;
  }

  async cleanupChanged(minutes: number): Promise<void> {
    for (const transport of this.transports) await transport.cleanupChanged(minutes);
  }
}
