import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareFn, Transformer } from "grammy";
import type { AppServices, BotContext } from "../context.js";
import { describeError } from "../../log.js";
import { chatMessageId, defaultPrivacySettings, type ChatMessageRecord } from "../../store/records/privacy.js";

/** What the tracking transformer needs from the update it runs in. */
interface TrackingScope {
  readonly services: AppServices;
  readonly chatId: number;
  readonly update: object;
  /** Set while sending the wipe's confirmation: nothing may be written after a wipe. */
  untracked: boolean;
}

const scope = new AsyncLocalStorage<TrackingScope>();

/**
 * Message ids in a private chat count up for both sides, so every id between the highest one
 * tracked and a new one belongs to the same chat: messages sent or received where tracking could
 * not see them (inside a conversation, the error notice). Filling that gap keeps the chat clean.
 */
const highestSeen = new WeakMap<AppServices, Map<number, number>>();
/** A gap larger than this means ids were lost (e.g. after a restart); older ones are past reach anyway. */
const MAX_GAP = 100;

async function highestTracked(services: AppServices, chatId: number): Promise<number | undefined> {
  let perChat = highestSeen.get(services);
  if (!perChat) highestSeen.set(services, (perChat = new Map()));
  if (perChat.has(chatId)) return perChat.get(chatId);
  let highest: number | undefined;
  for await (const record of services.stores.chatMessages.values()) {
    if (record.chatId === chatId && (highest === undefined || record.messageId > highest)) highest = record.messageId;
  }
  if (highest !== undefined) perChat.set(chatId, highest);
  return highest;
}

export function forgetTracking(services: AppServices): void {
  highestSeen.delete(services);
}

/** Records message ids (never content) so self-cleaning and the panic wipe can delete them. */
export async function trackMessages(
  services: AppServices,
  chatId: number,
  messageIds: readonly number[],
  from: ChatMessageRecord["from"],
): Promise<void> {
  if (messageIds.length === 0) return;
  const now = services.clock();
  const settings = (await services.stores.privacy.get("privacy")) ?? defaultPrivacySettings();
  // A chat with its own timer (Signal) cleans itself; the ids are still noted for the panic wipe.
  const scheduled = settings.cleanupMinutes > 0 && !services.transports?.disappearing(chatId);
  const deleteAt = scheduled ? now + settings.cleanupMinutes * 60_000 : undefined;
  const newest = Math.max(...messageIds);
  const previous = await highestTracked(services, chatId);
  const gap: number[] = [];
  if (previous !== undefined) {
    for (let id = Math.max(previous + 1, newest - MAX_GAP); id < newest; id++) if (!messageIds.includes(id)) gap.push(id);
  }
  // Written while the update goes on; it ends with them stored (Vault#settle).
  const write = (messageId: number, origin: ChatMessageRecord["from"]) =>
    services.stores.chatMessages.setLater(chatMessageId(chatId, messageId), {
      chatId,
      messageId,
      from: origin,
      sentAt: now,
      ...(deleteAt !== undefined && { deleteAt }),
    });
  for (const id of messageIds) write(id, from);
  // A gap id was probably hers (a reply inside a conversation); what it was matters only for /keep.
  for (const id of gap) write(id, "owner");
  highestSeen.get(services)?.set(chatId, Math.max(newest, previous ?? 0));
}

function sentIds(result: unknown): number[] {
  const items = Array.isArray(result) ? result : [result];
  return items.flatMap((m) =>
    m && typeof m === "object" && typeof (m as { message_id?: unknown }).message_id === "number" ? [(m as { message_id: number }).message_id] : [],
  );
}

/**
 * Notes the id of every message the bot sends in the current update's chat.
 * Outside an update (or inside a conversation) it does nothing: the gap fill catches up.
 */
export function trackingTransformer(): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const current = scope.getStore();
    if (!current || current.untracked || !result.ok) return result;
    if (!(method.startsWith("send") || /^(copy|forward)Messages?$/.test(method))) return result;
    const chatId = (payload as { chat_id?: unknown }).chat_id;
    if (chatId !== current.chatId && String(chatId) !== String(current.chatId)) return result;
    try {
      await trackMessages(current.services, current.chatId, sentIds(result.result), "bot");
    } catch (error) {
      current.services.logger.warn({ err: describeError(error), method }, "could not track a sent message");
    }
    return result;
  };
}

/** Runs `send` without tracking: for the wipe's last message, so the wiped store stays empty. */
export async function untracked<T>(send: () => Promise<T>): Promise<T> {
  const current = scope.getStore();
  if (!current) return send();
  const previous = current.untracked;
  current.untracked = true;
  try {
    return await send();
  } finally {
    current.untracked = previous;
  }
}

/** Sees every owner update that reaches the features: records her message, then opens the tracking scope. */
export function trackIncoming(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    // Idempotent per update, so it can also run earlier in the chain (before conversations) without counting twice.
    if (chatId === undefined || scope.getStore()?.update === ctx.update) return next();
    const messageId = ctx.message?.message_id;
    if (messageId !== undefined) {
      try {
        await trackMessages(ctx.app, chatId, [messageId], "owner");
      } catch (error) {
        ctx.app.logger.warn({ err: describeError(error) }, "could not track an incoming message");
      }
    }
    await scope.run({ services: ctx.app, chatId, untracked: false, update: ctx.update }, next);
  };
}
