import type { AppServices } from "../../context.js";
import type { BackupPayload } from "../../../store/backup.js";

/**
 * Questions the privacy commands are waiting for an answer to. They live in memory only:
 * a passphrase or a decrypted backup must never reach the store, and a restart simply cancels.
 */
export type Prompt =
  | { readonly kind: "wipe" }
  | { readonly kind: "export" }
  | { readonly kind: "import-file" }
  | { readonly kind: "import-passphrase"; readonly file: Buffer; readonly triesLeft: number }
  | { readonly kind: "import-mode"; readonly payload: BackupPayload };

/** A prompt not answered within this time is forgotten. */
export const PROMPT_TTL_MS = 10 * 60_000;

interface Waiting {
  readonly prompt: Prompt;
  readonly until: number;
}

const waiting = new WeakMap<AppServices, Map<number, Waiting>>();

export function ask(services: AppServices, chatId: number, prompt: Prompt): void {
  let perChat = waiting.get(services);
  if (!perChat) waiting.set(services, (perChat = new Map()));
  perChat.set(chatId, { prompt, until: services.clock() + PROMPT_TTL_MS });
}

export function pending(services: AppServices, chatId: number): Prompt | undefined {
  const entry = waiting.get(services)?.get(chatId);
  if (!entry) return undefined;
  if (services.clock() > entry.until) {
    waiting.get(services)?.delete(chatId);
    return undefined;
  }
  return entry.prompt;
}

export function settle(services: AppServices, chatId: number): void {
  waiting.get(services)?.delete(chatId);
}

export function settleAll(services: AppServices): void {
  waiting.delete(services);
}
