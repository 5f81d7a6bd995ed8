import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import { ChatBridge, type ChatSurface, type OutgoingMessage } from "../bot/transport/chat-bridge.js";
import { numberedChoices, typedChoice } from "../bot/transport/choices.js";
import type { Lang } from "../core/lang.js";
import { renderHtmlForTerminal } from "./render.js";

const PROMPT = "› ";

const TEXTS = {
  de: {
    banner: "quietline – lokaler Chat. Schreib wie in Telegram; bei Knöpfen die Nummer tippen. Beenden: /exit oder Strg+D.",
    file: (path: string) => `📎 Datei gespeichert: ${path}`,
    noChoice: "Gerade gibt es keine Knöpfe zur Auswahl.",
  },
  en: {
    banner: "quietline — local chat. Type as you would in Telegram; for buttons type their number. Quit: /exit or Ctrl+D.",
    file: (path: string) => `📎 File saved: ${path}`,
    noChoice: "There are no buttons to choose from right now.",
  },
} as const;

/** The terminal as a chat surface: the same bot, its messages printed, its buttons numbered. */
class TerminalSurface implements ChatSurface {
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly colors: boolean,
    private readonly filesDir: string,
    private readonly lang: Lang,
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
    this.out.write(`${TEXTS[this.lang].file(path)}\n`);
  }
}

export interface ConsoleChatOptions {
  readonly bot: Bot<BotContext>;
  readonly bridge: ChatBridge;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly lang: Lang;
}

export function createTerminalSurface(output: NodeJS.WritableStream, filesDir: string, lang: Lang): ChatSurface {
  const colors = "isTTY" in output && Boolean((output as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR;
  return new TerminalSurface(output, colors, filesDir, lang);
}

/** Reads lines until /exit or end of input; each line goes to the bot as her message. */
export async function runConsoleChat({ bot, bridge, input, output, lang }: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: "isTTY" in input && Boolean((input as { isTTY?: boolean }).isTTY) });
  output.write(`${TEXTS[lang].banner}\n`);
  rl.setPrompt(PROMPT);
  rl.prompt();
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (text === "/exit" || text === "/quit") break;
      if (text !== "") {
        const choice = typedChoice(text);
        const update = choice !== undefined && bridge.hasChoices() ? bridge.choiceUpdate(choice) : bridge.textUpdate(text);
        if (update) await bot.handleUpdate(update);
        else output.write(`${TEXTS[lang].noChoice}\n`);
      }
      rl.prompt();
    }
  } finally {
    rl.close();
  }
}
