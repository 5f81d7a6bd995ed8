import type { Localized } from "./i18n.js";

/** A command as /help and Telegram's command menu show it. */
export interface CommandSpec {
  /** Without the slash, lower case, as Telegram allows: a–z, 0–9, _. */
  readonly command: string;
  readonly description: Localized;
  /** One example of use, with the slash. */
  readonly example: Localized;
  /** Shown in Telegram's menu; rarely used commands stay only in /help. */
  readonly inMenu?: boolean;
}
