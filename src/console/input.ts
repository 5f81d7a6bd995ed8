/**
 * What the terminal reports, as the line editor sees it: a finished line (Enter, or a line break
 * inside pasted text), the bracketed-paste markers, or any other key.
 */
export type TerminalInput =
  | { readonly kind: "line"; readonly text: string }
  | { readonly kind: "paste-start" }
  | { readonly kind: "paste-end" }
  | { readonly kind: "key" };

/**
 * Terminals that know bracketed paste (switched on with this sequence) wrap pasted text in
 * ESC[200~ … ESC[201~, so its line breaks can be told apart from Enter.
 */
export const BRACKETED_PASTE_ON = "\u001b[?2004h";
export const BRACKETED_PASTE_OFF = "\u001b[?2004l";

/**
 * Without bracketed paste, pasted lines still arrive back to back: a line followed by more input
 * within this many milliseconds belongs to the same message. Nobody types Enter and the next key
 * that fast; a paste's chunks follow each other well within it.
 */
export const PASTE_BURST_MS = 20;

export interface MessageReaderOptions {
  /** The burst window; leave it out where arrival times mean nothing (piped input). */
  readonly burstMs?: number;
}

/**
 * Puts lines together into the messages she meant, as a messenger would: a pasted notification
 * of three lines is one message, not three. A message ends at an Enter that is not inside a
 * bracketed paste, does not follow a line ending in a backslash (a line break on purpose), and is
 * not followed by more input within the burst window (a paste where the terminal does not mark it).
 * Text pasted with markers waits for her Enter, as in a messenger's input field.
 *
 * Time comes in with every call, in milliseconds of any monotonic clock.
 */
export class MessageReader {
  private lines: string[] = [];
  private pasting = false;
  /** When the Enter that may end the message was pressed; undefined while the message is open. */
  private endedAt: number | undefined;

  constructor(private readonly options: MessageReaderOptions = {}) {}

  /** Takes one piece of input; returns the messages it (or the time since the last one) completed. */
  feed(input: TerminalInput, at: number): string[] {
    const done = this.settle(at);
    switch (input.kind) {
      case "paste-start":
        this.pasting = true;
        this.endedAt = undefined;
        break;
      case "paste-end":
        this.pasting = false;
        break;
      case "key":
        this.endedAt = undefined;
        break;
      case "line":
        done.push(...this.line(input.text, at));
        break;
    }
    return done;
  }

  /** Completes a message whose burst window has passed; call it at `wakeAt()`. */
  settle(at: number): string[] {
    const { burstMs } = this.options;
    if (this.endedAt === undefined || burstMs === undefined || at - this.endedAt < burstMs) return [];
    return [this.take()];
  }

  /** When `settle` may complete a message, if one waits for its burst window to pass. */
  wakeAt(): number | undefined {
    const { burstMs } = this.options;
    return this.endedAt === undefined || burstMs === undefined ? undefined : this.endedAt + burstMs;
  }

  /** true while a message is begun and the next line continues it (a paste, a backslash). */
  continuing(): boolean {
    return this.pasting || (this.lines.length > 0 && this.endedAt === undefined);
  }

  /** End of input: what she had begun is sent as it is. */
  end(): string[] {
    this.pasting = false;
    return this.lines.length > 0 ? [this.take()] : [];
  }

  /** Forgets what she had begun (she cancelled it). */
  discard(): void {
    this.lines = [];
    this.pasting = false;
    this.endedAt = undefined;
  }

  private line(text: string, at: number): string[] {
    if (this.pasting) {
      this.lines.push(text);
      return [];
    }
    const continued = /\\\s*$/.exec(text);
    if (continued) {
      this.lines.push(text.slice(0, continued.index).trimEnd());
      this.endedAt = undefined;
      return [];
    }
    this.lines.push(text);
    if (this.options.burstMs === undefined) return [this.take()];
    this.endedAt = at;
    return [];
  }

  private take(): string {
    const text = this.lines.join("\n").trim();
    this.lines = [];
    this.endedAt = undefined;
    return text;
  }
}
