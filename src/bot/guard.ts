import type { Context, MiddlewareFn } from "grammy";

/**
 * The first middleware. Only a private chat with a configured owner gets through to the features;
 * everything else — strangers, groups, channels, inline queries, updates without a chat — gets silence.
 * Groups and channels are left, so the bot stays in no shared chat. Private chats of anyone else
 * go to `guests` when given (her buddy, someone with her invite), which never passes them on.
 */
export function ownerGuard(
  ownerIds: readonly number[],
  onDrop?: (kind: string) => void,
  guests?: MiddlewareFn<Context>,
): MiddlewareFn<Context> {
  const owners = new Set(ownerIds);
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat && chat.type !== "private") {
      onDrop?.("non-private-chat");
      if (ctx.myChatMember?.new_chat_member.status !== "left" && ctx.myChatMember?.new_chat_member.status !== "kicked") {
        await ctx.api.leaveChat(chat.id).catch(() => undefined);
      }
      return;
    }
    const userId = ctx.from?.id;
    if (!chat || userId === undefined || chat.id !== userId || ctx.from?.is_bot) {
      onDrop?.("not-owner");
      return;
    }
    if (owners.has(userId)) return next();
    if (guests) return guests(ctx, async () => undefined);
    onDrop?.("not-owner");
  };
}

/** The update's kind (message, callback_query, …) — the only thing logs say about an update. */
export function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
}
