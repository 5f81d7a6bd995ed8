import type { Api } from "grammy";
import type { AppServices } from "../context.js";
import { chatMessageId, type ChatMessageRecord } from "../../store/records/privacy.js";

/** Telegram lets a bot delete messages in a private chat for 48 hours; a little margin for clocks. */
export const DELETABLE_FOR_MS = 48 * 3_600_000 - 5 * 60_000;
const BATCH = 100;

/**
 * Deletes messages, best effort: deleteMessages skips what it cannot find, and if a batch is
 * refused (e.g. one message is too old) each is tried alone. Returns how many calls succeeded.
 */
export async function deleteChatMessages(api: Api, chatId: number, messageIds: readonly number[]): Promise<number> {
  const ids = [...new Set(messageIds)].sort((a, b) => a - b);
  let deleted = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    try {
      await api.deleteMessages(chatId, batch);
      deleted += batch.length;
    } catch {
      for (const id of batch) {
        try {
          await api.deleteMessage(chatId, id);
          deleted++;
        } catch {
          // already gone, or past the 48 hours: nothing more can be done
        }
      }
    }
  }
  return deleted;
}

export interface DeletionRun {
  readonly deleted: number;
  readonly expired: number;
}

/** Deletes every tracked message whose time has come and forgets those no longer deletable. */
export async function runDueDeletions(services: AppServices, api: Api): Promise<DeletionRun> {
  const now = services.clock();
  const due = new Map<number, ChatMessageRecord[]>();
  const expired: ChatMessageRecord[] = [];
  for await (const record of services.stores.chatMessages.values()) {
    if (record.deleteAt !== undefined && record.deleteAt <= now) {
      const list = due.get(record.chatId) ?? [];
      list.push(record);
      due.set(record.chatId, list);
    } else if (now - record.sentAt > DELETABLE_FOR_MS) {
      expired.push(record);
    }
  }
  let deleted = 0;
  for (const [chatId, records] of due) {
    deleted += await deleteChatMessages(services.transports?.apiFor(chatId, api) ?? api, chatId, records.map((r) => r.messageId));
    for (const r of records) await services.stores.chatMessages.delete(chatMessageId(r.chatId, r.messageId));
  }
  for (const r of expired) await services.stores.chatMessages.delete(chatMessageId(r.chatId, r.messageId));
  if (deleted > 0 || expired.length > 0) services.logger.debug({ deleted, expired: expired.length }, "chat cleaned");
  return { deleted, expired: expired.length };
}

/** Every message of her chat the bot may still delete, including those she kept. */
export async function deletableMessages(services: AppServices): Promise<Map<number, number[]>> {
  const now = services.clock();
  const byChat = new Map<number, number[]>();
  for await (const record of services.stores.chatMessages.values()) {
    if (now - record.sentAt > DELETABLE_FOR_MS) continue;
    const list = byChat.get(record.chatId) ?? [];
    list.push(record.messageId);
    byChat.set(record.chatId, list);
  }
  return byChat;
}

/** Pins a message: self-cleaning leaves it. Returns false if the bot does not track it (too old, or already gone). */
export async function keepMessage(services: AppServices, chatId: number, messageId: number): Promise<boolean> {
  const id = chatMessageId(chatId, messageId);
  const record = await services.stores.chatMessages.get(id);
  if (!record) return false;
  const { deleteAt: _dropped, ...kept } = record;
  await services.stores.chatMessages.set(id, kept);
  return true;
}

/** The bot's newest tracked message before `beforeId`: what a bare /keep refers to. */
export async function latestBotMessage(services: AppServices, chatId: number, beforeId: number): Promise<number | undefined> {
  let latest: number | undefined;
  for await (const r of services.stores.chatMessages.values()) {
    if (r.chatId === chatId && r.from === "bot" && r.messageId < beforeId && (latest === undefined || r.messageId > latest)) latest = r.messageId;
  }
  return latest;
}

/** When self-cleaning is switched off, nothing pending is deleted any more. */
export async function cancelPendingDeletions(services: AppServices): Promise<void> {
  const pending = (await services.stores.chatMessages.all()).filter((r) => r.deleteAt !== undefined);
  for (const r of pending) await keepMessage(services, r.chatId, r.messageId);
}
