import type { Composer, MiddlewareFn } from "grammy";
import type { TransformerFactory } from "../api.js";
import type { CommandSpec } from "../commands.js";
import type { BotContext } from "../context.js";

/** One feature: its commands (for /help and the menu) and its handlers. */
export interface Feature {
  readonly name: string;
  readonly commands: readonly CommandSpec[];
  readonly composer: Composer<BotContext>;
  /**
   * Runs for every owner update before conversations and all features' handlers, and calls next()
   * unless it has answered the update itself (a check-in answer). For cross-cutting work such as
   * tracking messages for the self-cleaning chat.
   */
  readonly early?: MiddlewareFn<BotContext>;
  /** API transformers this feature needs on every Api instance (bot and conversations). */
  readonly transformers?: readonly TransformerFactory[];
}
