import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface, emitKeypressEvents } from "node:readline";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { Translate } from "../bot/i18n.js";
import { ChatBridge, type ChatSurface, type OutgoingMessage } from "../bot/transport/chat-bridge.js";
import { numberedChoices, typedChoice } from "../bot/transport/choices.js";
import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON, MessageReader, PASTE_BURST_MS, type TerminalInput } from "./input.js";
import { renderHtmlForTerminal } from "./render.js";

const PROMPT = "› ";
/** Shown while the message she is writing goes on over the next line. */
const CONTINUATION_PROMPT = "… ";

/** The console's own lines speak her interface language; it is read again after each message (she may change it). */
export interface ConsoleLanguage {
  current(): Translate;
  refresh(): Promise<void>;
}

/** The terminal as a chat surface: the same bot, its messages printed, its buttons numbered. */
class TerminalSurface implements ChatSurface {
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly colors: boolean,
    private readonly filesDir: string,
    private readonly language: ConsoleLanguage,
  ) {}

  show(message: OutgoingMessage): void {
    const marker = message.edited ? "✎ " : "";
    const body = renderHtmlForTerminal(message.html, this.colors);
    const choices = numberedChoices(message.choices).map((c) => `  ${c}`).join("\n");
    this.out.write(`\n${marker}${body}\n${choices ? `${choices}\n` : ""}`);
  }

  removed(): void {
    // Deleted messages stay on screen: a terminal cannot take back what it printed.
  }

  notice(text: string): void {
    this.out.write(`  · ${text}\n`);
  }

  file(name: string, content: Buffer): void {
    const path = join(this.filesDir, name.replace(/[^\w.-]/g, "_"));
    writeFileSync(path, content, { mode: 0o600 });
    this.out.write(`${this.language.current()("console-file-saved", { path })}\n`);
  }
}

export interface ConsoleChatOptions {
  readonly bot: Bot<BotContext>;
  readonly bridge: ChatBridge;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly language: ConsoleLanguage;
  /** The burst window of an unmarked paste, in ms (default PASTE_BURST_MS). */
  readonly burstMs?: number;
}

function isTerminal(stream: NodeJS.ReadableStream | NodeJS.WritableStream): boolean {
  return "isTTY" in stream && Boolean((stream as { isTTY?: boolean }).isTTY);
}

export function createTerminalSurface(output: NodeJS.WritableStream, filesDir: string, language: ConsoleLanguage): ChatSurface {
  const colors = isTerminal(output) && !process.env.NO_COLOR;
  return new TerminalSurface(output, colors, filesDir, language);
}

/** Sends one message of hers to the bot: a number answers the latest buttons, anything else is text. */
async function sendToBot({ bot, bridge, output, language }: ConsoleChatOptions, text: string): Promise<void> {
  const choice = typedChoice(text);
  const update = choice !== undefined && bridge.hasChoices() ? bridge.choiceUpdate(choice) : bridge.textUpdate(text);
  if (update) {
    await bot.handleUpdate(update);
    await language.refresh();
  } else output.write(`${language.current()("transport-no-such-choice")}\n`);
}

/**
 * Switches the terminal's bracketed paste on for the chat. The returned function switches it off,
 * on a fresh line if asked; the process's exit does too (SIGTERM, a crash), so her shell is never
 * left with it on, nor its prompt behind ours.
 */
function enterTerminal(output: NodeJS.WritableStream): (freshLine: boolean) => void {
  let inside = true;
  const leave = (freshLine: boolean) => {
    if (!inside) return;
    inside = false;
    process.off("exit", onExit);
    output.write(`${freshLine ? "\n" : ""}${BRACKETED_PASTE_OFF}`);
  };
  const onExit = () => leave(true);
  output.write(BRACKETED_PASTE_ON);
  process.on("exit", onExit);
  return leave;
}

/**
 * Reads her messages until /exit or the end of input and hands each to the bot. In a terminal a
 * message may span lines: a paste (marked by the terminal, or arriving in one burst) and lines
 * ended with a backslash. Piped input: each line is a message, unless it ends with a backslash.
 * End of input (Ctrl+D) sends what she had begun; Ctrl+C leaves without sending it.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { input, output, language } = options;
  const terminal = isTerminal(input);
  const reader = new MessageReader(terminal ? { burstMs: options.burstMs ?? PASTE_BURST_MS } : {});
  const waiting: string[] = [];
  let wake = () => {};
  let ended = false;
  let timer: NodeJS.Timeout | undefined;

  const accept = (messages: readonly string[]) => {
    waiting.push(...messages);
    if (messages.length > 0) wake();
  };
  // A timer may fire a little early by this clock: then it is set again.
  const awaitBurstEnd = () => {
    clearTimeout(timer);
    const wakeAt = reader.wakeAt();
    if (wakeAt !== undefined) timer = setTimeout(settle, Math.ceil(wakeAt - performance.now()));
  };
  const settle = () => {
    accept(reader.settle(performance.now()));
    awaitBurstEnd();
  };
  const feed = (event: TerminalInput) => {
    accept(reader.feed(event, performance.now()));
    awaitBurstEnd();
  };
  // Registered before readline's own listener, so a paste marker is seen before the lines it brackets.
  const onKey = (_: string | undefined, key: { name?: string } | undefined) =>
    feed(key?.name === "paste-start" || key?.name === "paste-end" ? { kind: key.name } : { kind: "key" });
  if (terminal) {
    emitKeypressEvents(input);
    input.on("keypress", onKey);
  }
  const rl = createInterface({ input, output, terminal });
  const prompt = () => {
    if (ended) return;
    rl.setPrompt(reader.continuing() ? CONTINUATION_PROMPT : PROMPT);
    rl.prompt(true);
  };
  rl.on("line", (text) => {
    feed({ kind: "line", text });
    if (reader.continuing()) prompt();
  });
  rl.on("SIGINT", () => {
    reader.discard();
    rl.close();
  });
  rl.on("close", () => {
    ended = true;
    clearTimeout(timer);
    accept(reader.end());
    wake();
  });

  output.write(`${language.current()("console-banner")}\n`);
  const leaveTerminal = terminal && isTerminal(output) && process.env.TERM !== "dumb" ? enterTerminal(output) : undefined;
  prompt();
  try {
    for (;;) {
      const text = waiting.shift();
      if (text === undefined) {
        if (ended) break;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (text === "/exit" || text === "/quit") break;
      if (text !== "") await sendToBot(options, text);
      if (waiting.length === 0) prompt();
    }
  } finally {
    // Left by Ctrl+D or Ctrl+C, the cursor stands after a prompt; after /exit it is on a new line.
    const leftAtPrompt = ended;
    clearTimeout(timer);
    input.off("keypress", onKey);
    rl.close();
    leaveTerminal?.(leftAtPrompt);
  }
}
