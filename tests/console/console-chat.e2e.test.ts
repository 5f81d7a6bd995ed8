import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translatorFor } from "../../src/bot/i18n.js";
import { runConsoleChat } from "../../src/console/console-chat.js";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, type Harness } from "../support/harness.js";

// Monday 23 Nov 2026, 12:00 in Berlin; the pasted call came at 11:40.
const NOW = Date.UTC(2026, 10, 23, 11, 0);
const CALL_AT = Date.UTC(2026, 10, 23, 10, 40);
const PASTE_ON = "\u001b[?2004h";
const PASTE_OFF = "\u001b[?2004l";
const ENTER = "\r";
/** Longer than the burst window, and far shorter than anyone takes to type a line. */
const TYPING_PAUSE_MS = 250;

/** A terminal's two ends, as Node sees a TTY: raw mode, a size, everything written kept. */
function terminal(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), {
    isTTY,
    isRaw: false,
    setRawMode(mode: boolean) {
      input.isRaw = mode;
      return input;
    },
  });
  const output = Object.assign(new PassThrough(), { isTTY, columns: 100, rows: 40 });
  let screen = "";
  output.on("data", (chunk: Buffer) => (screen += chunk.toString("utf8")));
  return {
    input,
    output,
    screen: () => screen,
    /** The text as she sees it: cursor moves and modes left out. */
    visible: () => screen.replace(/\u001b\[[0-9;?]*[A-Za-z~]/g, ""),
  };
}

type Console = ReturnType<typeof terminal> & { readonly done: Promise<void>; type(data: string): void; closeInput(): Promise<void> };

function startConsole(h: Harness, { isTTY = true } = {}): Console {
  const term = terminal(isTTY);
  const done = runConsoleChat({
    bot: h.bot,
    bridge: h.bridge,
    input: term.input,
    output: term.output,
    language: { current: () => translatorFor("de"), refresh: async () => undefined },
  });
  return {
    ...term,
    done,
    type: (data) => void term.input.write(data),
    closeInput: async () => {
      term.input.end();
      await done;
    },
  };
}

/** Waits until the bot has shown `count` messages in all (or fails after a while). */
async function replies(h: Harness, count: number): Promise<string[]> {
  for (let waited = 0; h.surface.shown.length < count; waited += 20) {
    if (waited > 10_000) throw new Error(`expected ${count} replies, got ${h.surface.shown.length}`);
    await sleep(20);
  }
  return h.surface.shown.map((m) => m.html);
}

/** Ends the chat with /exit and returns everything the bot showed. */
async function exit(h: Harness, chat: Console): Promise<string[]> {
  chat.type(`/exit${ENTER}`);
  await chat.done;
  return h.surface.shown.map((m) => m.html);
}

function expectOneMissedCallReply(shown: readonly string[]) {
  expect(shown).toHaveLength(1);
  expect(shown[0]).toContain("verpasster Anruf");
  expect(shown[0]).toContain("heute 11:40");
  expect(shown[0]).toContain("0171 2345678");
  expect(shown[0]).not.toContain("nicht lesbar");
}

async function expectOneMissedCallStored(h: Harness) {
  const card = await contactsOf(h.services).get("+491712345678");
  expect(card?.events).toHaveLength(1);
  expect(card?.events[0]).toMatchObject({ kind: "missed-call", at: CALL_AT });
}

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: NOW });
});
afterEach(async () => {
  await h.close();
});

describe("the console chat reads a pasted notification as one message", () => {
  it("takes a bracketed paste of three lines as one message, sent with her Enter", async () => {
    const chat = startConsole(h);
    // The terminal's chunks split the markers and the lines anywhere.
    chat.type("\u001b[20");
    chat.type(`0~Entgangener Anruf${ENTER}0171 23`);
    await sleep(TYPING_PAUSE_MS);
    chat.type(`45678${ENTER}11:40\u001b[201`);
    chat.type("~");
    await sleep(TYPING_PAUSE_MS);
    expect(h.surface.shown).toEqual([]); // a paste waits for Enter, as in a messenger's input field
    expect(chat.visible()).toContain("… 0171 2345678"); // its lines show as one message being written
    chat.type(ENTER);
    await replies(h, 1);
    expectOneMissedCallReply(await exit(h, chat));
    await expectOneMissedCallStored(h);
  });

  it("takes three lines arriving in one chunk (a terminal without bracketed paste) as one message", async () => {
    const chat = startConsole(h);
    chat.type(`Entgangener Anruf${ENTER}0171 2345678${ENTER}11:40${ENTER}`);
    await replies(h, 1);
    expectOneMissedCallReply(await exit(h, chat));
    await expectOneMissedCallStored(h);
  });

  it("keeps a slow typist's lines apart: each is its own message", async () => {
    const chat = startConsole(h);
    for (const line of ["Entgangener Anruf", "0171 2345678", "11:40"]) {
      chat.type(`${line}${ENTER}`);
      await sleep(TYPING_PAUSE_MS);
    }
    const shown = await replies(h, 3);
    expect(shown[0]).toContain("nicht lesbar");
    expect(shown[1]).toMatch(/^⛔/u);
    expect(shown[2]).toContain("nicht verstanden");
    expect(await exit(h, chat)).toHaveLength(3);
  });

  it("lets her write a message over several lines on purpose, each ended with a backslash", async () => {
    const chat = startConsole(h);
    chat.type(`Entgangener Anruf \\${ENTER}`);
    await sleep(TYPING_PAUSE_MS);
    chat.type(`0171 2345678\\${ENTER}`);
    await sleep(TYPING_PAUSE_MS);
    expect(h.surface.shown).toEqual([]);
    chat.type(`11:40${ENTER}`);
    await replies(h, 1);
    expectOneMissedCallReply(await exit(h, chat));
    expect(chat.visible()).toContain("… 0171 2345678\\");
  });

  it("says how in its start line", async () => {
    const chat = startConsole(h);
    await exit(h, chat);
    const banner = chat.visible().slice(0, chat.visible().indexOf("› "));
    expect(banner).toContain("Eingefügter Text bleibt eine Nachricht");
    expect(banner).toContain("Zeile mit \\ beenden");
  });
});

describe("the console chat's terminal", () => {
  it("switches bracketed paste on before the first prompt and off at /exit, and leaves raw mode", async () => {
    const chat = startConsole(h);
    await exit(h, chat);
    const screen = chat.screen();
    expect(screen.indexOf(PASTE_ON)).toBeGreaterThan(-1);
    expect(screen.indexOf(PASTE_ON)).toBeLessThan(screen.indexOf("› "));
    expect(screen.endsWith(PASTE_OFF)).toBe(true);
    expect(chat.input.isRaw).toBe(false);
  });

  it("switches it off at Ctrl+D, sending what she had begun", async () => {
    const chat = startConsole(h);
    chat.type(`\u001b[200~Entgangener Anruf${ENTER}0171 2345678${ENTER}11:40\u001b[201~`);
    await sleep(TYPING_PAUSE_MS);
    chat.type("\u0004"); // Ctrl+D does nothing while the line holds text …
    chat.type("\u0015"); // … so she clears the line (Ctrl+U) …
    chat.type("\u0004"); // … and leaves: the pasted lines before it are sent
    await chat.done;
    expect(h.surface.shown).toHaveLength(1);
    expect(h.surface.shown[0]?.html).toContain("0171 2345678");
    expect(chat.screen().endsWith(PASTE_OFF)).toBe(true);
  });

  it("switches it off at Ctrl+C, dropping what she had begun", async () => {
    const chat = startConsole(h);
    chat.type(`\u001b[200~Entgangener Anruf${ENTER}0171 2345678${ENTER}\u001b[201~`);
    await sleep(TYPING_PAUSE_MS);
    chat.type("\u0003");
    await chat.done;
    expect(h.surface.shown).toEqual([]);
    expect(chat.screen().endsWith(`\n${PASTE_OFF}`)).toBe(true); // her shell's prompt starts on a line of its own
    expect(chat.input.isRaw).toBe(false);
  });

  it("leaves no exit hook behind", async () => {
    const before = process.listenerCount("exit");
    const chat = startConsole(h);
    expect(process.listenerCount("exit")).toBe(before + 1);
    await exit(h, chat);
    expect(process.listenerCount("exit")).toBe(before);
  });
});

describe("the console chat with piped input", () => {
  it("makes each line a message, however fast they come, and writes no terminal controls", async () => {
    const chat = startConsole(h, { isTTY: false });
    chat.type("Entgangener Anruf\n0171 2345678\n11:40\n");
    await chat.closeInput();
    expect(h.surface.shown).toHaveLength(3);
    expect(chat.screen()).not.toContain(PASTE_ON);
    expect(chat.screen()).not.toContain(PASTE_OFF);
  });

  it("joins lines ending in a backslash, up to the end of input", async () => {
    const chat = startConsole(h, { isTTY: false });
    chat.type("Entgangener Anruf\\\n0171 2345678\\\n11:40\n/help\nblablub\\");
    await chat.closeInput();
    const shown = h.surface.shown.map((m) => m.html);
    expect(shown).toHaveLength(3);
    expectOneMissedCallReply(shown.slice(0, 1));
    expect(shown[1]).toContain("/start");
    expect(shown[2]).toContain("nicht verstanden");
  });
});
