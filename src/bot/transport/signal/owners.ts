/** Who may use the bot on Signal, and the chat id each of them has in the bot. */

export interface SignalOwner {
  /** As configured: +E.164 or an ACI UUID. signal-cli takes either as RECIPIENT (signal-cli(1)). */
  readonly recipient: string;
  /** The private chat's id in the Bot API updates the bot sees; also her user id there. */
  readonly chatId: number;
}

/** Who sent an envelope (sourceNumber, sourceUuid), either of which may be absent. */
export interface SignalSource {
  readonly number?: string | null;
  readonly uuid?: string | null;
}

/**
 * Chat ids for Signal chats are negative and below -2^48: Telegram's private chats are positive
 * and its group ids lie far above that, so one store can hold both transports' chats apart.
 */
const CHAT_ID_BASE = 2 ** 48;

/** Whether a chat id is a Signal chat's (hers or anyone else's): Telegram's never reach that low. */
export function isSignalChatId(chatId: number): boolean {
  return chatId <= -CHAT_ID_BASE;
}

/**
 * A stable chat id from a keyed hash of the owner's identifier (base64url): the same owner gets
 * the same chat across restarts, and the id reveals nothing about her number.
 */
export function chatIdFromHash(hash: string): number {
  const bytes = Buffer.from(hash, "base64url").subarray(0, 6);
  return -(CHAT_ID_BASE + bytes.readUIntBE(0, 6));
}

export class SignalOwners {
  private readonly owners: readonly SignalOwner[];

  constructor(
    recipients: readonly string[],
    /** The chat id of anyone's chat with the bot, by their number or ACI. */
    readonly chatIdOf: (recipient: string) => number,
  ) {
    this.owners = recipients.map((recipient) => ({ recipient, chatId: chatIdOf(recipient) }));
  }

  all(): readonly SignalOwner[] {
    return this.owners;
  }

  byChat(chatId: number): SignalOwner | undefined {
    return this.owners.find((o) => o.chatId === chatId);
  }

  /** The owner who sent an envelope: by number or by ACI, whichever she was configured with. */
  match(source: SignalSource): SignalOwner | undefined {
    const uuid = source.uuid?.toLowerCase();
    return this.owners.find((o) => (o.recipient.startsWith("+") ? o.recipient === source.number : o.recipient === uuid));
  }
}
