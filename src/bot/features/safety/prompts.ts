import type { AppServices } from "../../context.js";

/**
 * What a safety command is waiting for her to type next. In memory only: a place she is about
 * to type must not reach the store before it belongs to a check-in, and a restart simply cancels.
 */
export type SafetyPrompt =
  | { readonly kind: "place"; readonly checkInId: string }
  | { readonly kind: "warnlist" };

const PROMPT_TTL_MS = 10 * 60_000;
const waiting = new WeakMap<AppServices, Map<number, { readonly prompt: SafetyPrompt; readonly until: number }>>();

export function askFor(services: AppServices, chatId: number, prompt: SafetyPrompt): void {
  let perChat = waiting.get(services);
  if (!perChat) waiting.set(services, (perChat = new Map()));
  perChat.set(chatId, { prompt, until: services.clock() + PROMPT_TTL_MS });
}

export function awaited(services: AppServices, chatId: number): SafetyPrompt | undefined {
  const entry = waiting.get(services)?.get(chatId);
  if (entry && services.clock() <= entry.until) return entry.prompt;
  waiting.get(services)?.delete(chatId);
  return undefined;
}

export function settlePrompt(services: AppServices, chatId: number): void {
  waiting.get(services)?.delete(chatId);
}
