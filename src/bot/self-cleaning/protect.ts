import type { Transformer } from "grammy";

/** Methods that put a message into a chat and accept `protect_content`. */
function sendsContent(method: string): boolean {
  return (method.startsWith("send") && method !== "sendChatAction") || /^(copy|forward)Messages?$/.test(method);
}

/**
 * Every message the bot sends is protected: Telegram then blocks forwarding and saving it
 * (a screenshot remains possible; this only closes the easy ways to pass it on).
 */
export function protectContentTransformer(): Transformer {
  return (prev, method, payload, signal) => {
    if (!sendsContent(method)) return prev(method, payload, signal);
    return prev(method, { ...payload, protect_content: true } as typeof payload, signal);
  };
}
