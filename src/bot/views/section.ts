import type { InlineKeyboard } from "grammy";

/** A piece of a reply that one feature renders for another (HTML text plus optional buttons). */
export interface Section {
  readonly html: string;
  readonly keyboard?: InlineKeyboard;
}
