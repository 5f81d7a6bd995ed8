import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MessageReader, type TerminalInput } from "../../src/console/input.js";

const BURST = 20;
const line = (text: string): TerminalInput => ({ kind: "line", text });
const KEY: TerminalInput = { kind: "key" };
const PASTE_START: TerminalInput = { kind: "paste-start" };
const PASTE_END: TerminalInput = { kind: "paste-end" };

/** Feeds timed input and settles at the end, as the console's timer would; returns every message. */
function read(reader: MessageReader, inputs: ReadonlyArray<readonly [number, TerminalInput]>, settleAt?: number): string[] {
  const messages = inputs.flatMap(([at, input]) => reader.feed(input, at));
  return settleAt === undefined ? messages : [...messages, ...reader.settle(settleAt)];
}

/** A line as a terminal delivers it: its keys, then Enter, all at one moment. */
const typed = (at: number, text: string): Array<readonly [number, TerminalInput]> => [
  ...[...text].map((): readonly [number, TerminalInput] => [at, KEY]),
  [at, KEY],
  [at, line(text)],
];

describe("a terminal's lines become her messages", () => {
  it("sends a typed line once the burst window has passed, not before", () => {
    const reader = new MessageReader({ burstMs: BURST });
    expect(reader.feed(line("Entgangener Anruf 0171 2345678"), 1000)).toEqual([]);
    expect(reader.wakeAt()).toBe(1000 + BURST);
    expect(reader.settle(1000 + BURST - 1)).toEqual([]);
    expect(reader.settle(1000 + BURST)).toEqual(["Entgangener Anruf 0171 2345678"]);
    expect(reader.wakeAt()).toBeUndefined();
    expect(reader.settle(5000)).toEqual([]);
  });

  it("keeps a slow typist's lines apart, even when nobody settles in between", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const messages = read(reader, [...typed(0, "/start"), ...typed(300, "/help"), ...typed(900, "2")], 2000);
    expect(messages).toEqual(["/start", "/help", "2"]);
  });

  it("takes lines that arrive in one burst (an unmarked paste) as one message", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const messages = read(reader, [...typed(0, "Entgangener Anruf"), ...typed(0, "0171 2345678"), ...typed(3, "11:40")], 100);
    expect(messages).toEqual(["Entgangener Anruf\n0171 2345678\n11:40"]);
  });

  it("waits for her Enter when a burst ends inside a line (the paste had no line break at its end)", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const paste = [...typed(0, "Entgangener Anruf"), ...typed(0, "0171 2345678"), [0, KEY], [0, KEY]] as const;
    expect(read(reader, paste, 5000)).toEqual([]);
    expect(reader.continuing()).toBe(true);
    expect(read(reader, [[6000, KEY], [6000, line("11:40")]], 6100)).toEqual(["Entgangener Anruf\n0171 2345678\n11:40"]);
  });

  it("ends a message whose window passed before the next input, even if the timer came late", () => {
    const reader = new MessageReader({ burstMs: BURST });
    reader.feed(line("erste"), 0);
    expect(reader.feed(KEY, BURST)).toEqual(["erste"]);
    expect(read(reader, [[BURST + 200, line("zweite")]], BURST + 400)).toEqual(["zweite"]);
  });

  it("takes a bracketed paste as one message, however slowly its parts arrive, and sends it on her Enter", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const paste = read(reader, [[0, PASTE_START], [0, line("Entgangener Anruf")], [500, line("0171 2345678")], [900, PASTE_END]], 3000);
    expect(paste).toEqual([]);
    expect(reader.continuing()).toBe(true);
    expect(reader.wakeAt()).toBeUndefined();
    // The paste's last line stayed in the editor; her Enter finishes it.
    expect(read(reader, [[4000, KEY], [4000, line("11:40")]], 4000 + BURST)).toEqual(["Entgangener Anruf\n0171 2345678\n11:40"]);
  });

  it("drops the paste's trailing line break when she sends it with Enter on an empty line", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const inputs = [[0, PASTE_START], [0, line("Entgangener Anruf")], [0, line("0171 2345678")], [0, PASTE_END], [800, KEY], [800, line("")]] as const;
    expect(read(reader, inputs, 900)).toEqual(["Entgangener Anruf\n0171 2345678"]);
  });

  it("keeps blank lines inside a paste and trims them around it", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const inputs = [[0, PASTE_START], [0, line("")], [0, line("Entgangener Anruf von +49 160 9876543")], [0, line("")], [0, line("Missed call from +49 30 1234567")], [0, line("")], [0, PASTE_END], [500, line("")]] as const;
    expect(read(reader, inputs, 600)).toEqual(["Entgangener Anruf von +49 160 9876543\n\nMissed call from +49 30 1234567"]);
  });

  it("goes on over the next line after a line ending in a backslash, however long she takes", () => {
    const reader = new MessageReader({ burstMs: BURST });
    expect(read(reader, typed(0, "Mailbox 8:05 \\"), 5000)).toEqual([]);
    expect(reader.continuing()).toBe(true);
    expect(read(reader, typed(6000, "Ruf mich an unter 0151 1234 5678\\  "), 9000)).toEqual([]);
    expect(read(reader, typed(10_000, "bitte heute"), 10_000 + BURST)).toEqual(["Mailbox 8:05\nRuf mich an unter 0151 1234 5678\nbitte heute"]);
  });

  it("keeps a backslash that ends a pasted line", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const inputs = [[0, PASTE_START], [0, line("C:\\")], [0, line("D:\\")], [0, PASTE_END], [700, line("")]] as const;
    expect(read(reader, inputs, 800)).toEqual(["C:\\\nD:\\"]);
  });

  it("joins a paste that follows a line within the burst window to it", () => {
    const reader = new MessageReader({ burstMs: BURST });
    const inputs = [[0, line("Entgangener Anruf")], [1, PASTE_START], [1, line("0171 2345678")], [1, PASTE_END], [400, line("")]] as const;
    expect(read(reader, inputs, 500)).toEqual(["Entgangener Anruf\n0171 2345678"]);
  });

  it("answers a bare Enter with an empty message (the console shows the prompt again)", () => {
    const reader = new MessageReader({ burstMs: BURST });
    expect(read(reader, typed(0, ""), BURST)).toEqual([""]);
  });

  it("says when the next line continues a message", () => {
    const reader = new MessageReader({ burstMs: BURST });
    expect(reader.continuing()).toBe(false);
    reader.feed(PASTE_START, 0);
    expect(reader.continuing()).toBe(true);
    reader.feed(PASTE_END, 0);
    expect(reader.continuing()).toBe(false); // an empty paste begins nothing
    reader.feed(line("a"), 100);
    expect(reader.continuing()).toBe(false); // it ends here unless more follows at once
    reader.feed(KEY, 101);
    expect(reader.continuing()).toBe(true);
  });

  it("sends what she had begun at the end of input, and forgets it when she cancels", () => {
    const ended = new MessageReader({ burstMs: BURST });
    read(ended, [[0, PASTE_START], [0, line("Entgangener Anruf")], [0, line("0171 2345678")]]);
    expect(ended.end()).toEqual(["Entgangener Anruf\n0171 2345678"]);
    expect(ended.continuing()).toBe(false);
    expect(ended.end()).toEqual([]);

    const cancelled = new MessageReader({ burstMs: BURST });
    read(cancelled, [[0, PASTE_START], [0, line("Entgangener Anruf")]]);
    cancelled.discard();
    expect(cancelled.end()).toEqual([]);
    expect(read(cancelled, typed(100, "neu"), 200)).toEqual(["neu"]);
  });
});

describe("piped input (no timing)", () => {
  it("makes each line a message at once, even when lines arrive together", () => {
    const reader = new MessageReader();
    expect(reader.feed(line("/start"), 0)).toEqual(["/start"]);
    expect(reader.feed(line("/help"), 0)).toEqual(["/help"]);
    expect(reader.wakeAt()).toBeUndefined();
    expect(reader.settle(1_000_000)).toEqual([]);
  });

  it("joins lines ending in a backslash to the next", () => {
    const reader = new MessageReader();
    expect(read(reader, [[0, line("Entgangener Anruf\\")], [0, line("0171 2345678 \\")], [0, line("11:40")], [0, line("/help")]])).toEqual([
      "Entgangener Anruf\n0171 2345678\n11:40",
      "/help",
    ]);
  });

  it("sends a message left open by a last backslash at the end of input", () => {
    const reader = new MessageReader();
    expect(reader.feed(line("Entgangener Anruf\\"), 0)).toEqual([]);
    expect(reader.end()).toEqual(["Entgangener Anruf"]);
  });
});

describe("whatever the timing", () => {
  // Message lines: no line break, no backslash at the end, not blank.
  const text = fc.stringMatching(/^[A-Za-z0-9+:.' ]{0,20}[A-Za-z0-9+:.]$/);
  const message = fc.array(text, { minLength: 1, maxLength: 4 });

  it("reads back what she sent: pastes marked or in bursts, typed lines slowly, multi-line messages with backslashes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lines: message, how: fc.constantFrom("bracketed", "burst", "typed") }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: BURST - 1 }), { minLength: 30, maxLength: 30 }),
        fc.array(fc.integer({ min: BURST * 3, max: 60_000 }), { minLength: 30, maxLength: 30 }),
        (sent, quick, slow) => {
          const reader = new MessageReader({ burstMs: BURST });
          const received: string[] = [];
          let now = 0;
          let q = 0;
          let s = 0;
          const at = (gap: number) => (now += gap);
          const feed = (input: TerminalInput) => received.push(...reader.feed(input, now));
          for (const { lines, how } of sent) {
            // Time passes before each message: the previous one settles, as the console's timer does.
            received.push(...reader.settle(at(slow[s++ % slow.length]!)));
            if (how === "bracketed") {
              feed(PASTE_START);
              for (const l of lines) {
                at(slow[s++ % slow.length]!); // a slow connection: pasted parts far apart
                feed(line(l));
              }
              feed(PASTE_END);
              at(slow[s++ % slow.length]!);
              feed(line(""));
            } else if (how === "burst") {
              for (const l of lines) {
                at(quick[q++ % quick.length]!);
                feed(KEY);
                feed(line(l));
              }
            } else {
              lines.forEach((l, i) => {
                at(slow[s++ % slow.length]!);
                feed(KEY);
                feed(line(i < lines.length - 1 ? `${l}\\` : l));
              });
            }
          }
          received.push(...reader.settle(at(BURST)));
          expect(received).toEqual(sent.map(({ lines }) => lines.join("\n").trim()));
        },
      ),
    );
  });
});
