/** A command as /help and Telegram's command menu show it. */
export interface CommandSpec {
  /** Without the slash, lower case, as Telegram allows: a–z, 0–9, _. */
  readonly command: string;
  /** Message id in the `## commands` section (plain text, no HTML), e.g. "cmd-contact-description". */
  readonly description: string;
  /** Message id of one example of use, with the slash, e.g. "cmd-contact-example". */
  readonly example: string;
  /** Shown in Telegram's menu; rarely used commands stay only in /help. */
  readonly inMenu?: boolean;
}
