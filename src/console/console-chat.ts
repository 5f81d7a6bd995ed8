import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { Translate } from "../bot/i18n.js";
import { ChatBridge, type ChatSurface, type OutgoingMessage } from "../bot/transport/chat-bridge.js";
import { numberedChoices, typedChoice } from "../bot/transport/choices.js";
import { renderHtmlForTerminal } from "./render.js";

const PROMPT = "› ";

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
}

export function createTerminalSurface(output: NodeJS.WritableStream, filesDir: string, language: ConsoleLanguage): ChatSurface {
  const colors = "isTTY" in output && Boolean((output as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
  return new TerminalSurface(output, colors, filesDir, language);
}

/** Reads lines until /exit or end of input; each line goes to the bot as her message. */
export async function runConsoleChat({ bot, bridge, input, output, language }: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: "isTTY" in input && Boolean((input as { isTTY?: boolean }).isTTY) });
  output.write(`${language.current()("console-banner")}\n`);
  rl.setPrompt(PROMPT);
  rl.prompt();
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (text === "/exit" || text === "/quit") break;
      if (text !== "") {
        const choice = typedChoice(text);
        const update = choice !== undefined && bridge.hasChoices() ? bridge.choiceUpdate(choice) : bridge.textUpdate(text);
        if (update) {
          await bot.handleUpdate(update);
          await language.refresh();
        } else output.write(`${language.current()("transport-no-such-choice")}\n`);
      }
      rl.prompt();
    }
  } finally {
    rl.close();
  }
}
