import type { Composer } from "grammy";
import type { TransformerFactory } from "../api.js";
import type { CommandSpec } from "../commands.js";
import type { BotContext } from "../context.js";

/** One feature: its commands (for /help and the menu) and its handlers. */
export interface Feature {
  readonly name: string;
  readonly commands: readonly CommandSpec[];
  readonly composer: Composer<BotContext>;
  /** API transformers this feature needs on every Api instance (bot and conversations). */
  readonly transformers?: readonly TransformerFactory[];
}
