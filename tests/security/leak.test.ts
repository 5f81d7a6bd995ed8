import { Composer, type BotError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import type { BotContext } from "../../src/bot/context.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { allFeatures } from "../../src/bot/features/index.js";
import type { Feature } from "../../src/bot/features/feature.js";
import { LOCAL_BOT_INFO } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch } from "../../src/bot/transport/local-api.js";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, type Harness } from "../support/harness.js";
import { storeBytes } from "../privacy/seed.js";
import { readableText } from "../support/plaintext.js";

const SOMETHING_WENT_WRONG = translatorFor("de")("errors-something-went-wrong");

/** Everything personal the session below stores, in every spelling that could leak. */
const NUMBER = { e164: "+491712345678", national: "0171 2345678" };
const SECOND = { e164: "+4915112345678", national: "0151 1234 5678" };
const ALIAS = "Kowalczyk";
const NOTE = "Tiefgarage Nordeingang";
const NEEDLES = [
  NUMBER.e164, NUMBER.e164.slice(1), "01712345678", "0171 2345678", "0171/2345678", "1712345678",
  SECOND.e164, SECOND.e164.slice(1), "015112345678", "0151 1234 5678", "15112345678",
  ALIAS, ALIAS.toLowerCase(), "Tiefgarage", "Nordeingang",
];

const SESSION = [
  `Entgangener Anruf\n${NUMBER.national}`,
  `/alias ${NUMBER.national} ${ALIAS}`,
  `/note ${NUMBER.national} ${NOTE}`,
  `/flag ${NUMBER.national} forwarded`,
  `Mailbox 8:05 – "Hallo, hier ist Tom, hast du heute noch einen Termin frei? Ruf mich an unter ${SECOND.national}"`,
  `darf ich ${SECOND.national} zurückrufen?`,
  `/check ${NUMBER.national}`,
  `/contact ${ALIAS}`,
  "/contacts",
  `/why ${NUMBER.national}`,
];

function leaks(haystack: Buffer | string): string[] {
  const text = readableText(haystack);
  return NEEDLES.filter((n) => text.includes(n));
}

describe("leak proofs", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    for (const text of SESSION) await h.send(text);
    // Events come from the inbox feature; until it handles pasted notices, store them as it would.
    const contacts = contactsOf(h.services);
    for (const e164 of [NUMBER.e164, SECOND.e164]) {
      if (((await contacts.get(e164))?.events.length ?? 0) > 0) continue;
      await contacts.addEvents(e164, [
        { kind: "voicemail", caller: { kind: "number", e164 } as never, at: h.now() - 3_600_000, atSource: "text", attempts: 1, asked: { callback: true } },
      ]);
      await h.send(`/contact ${e164}`);
    }
  });
  afterAll(() => h.close());

  it("the session really stored the number, alias, note and events", async () => {
    const card = await contactsOf(h.services).get(NUMBER.e164);
    expect(card?.alias).toBe(ALIAS);
    expect(card?.notes.map((n) => n.text)).toContain(NOTE);
    expect(card?.events.length).toBeGreaterThan(0);
    expect((await contactsOf(h.services).get(SECOND.e164))?.events.length).toBeGreaterThan(0);
  });

  it("the scan finds what it looks for (a control)", () => {
    expect(leaks(Buffer.from(`{"a":"${NUMBER.e164}","b":"${NOTE}"}`))).toEqual(expect.arrayContaining([NUMBER.e164, "Tiefgarage"]));
  });

  it("nothing appears in plaintext in the data file, its WAL or journal — open and after closing", async () => {
    const file = h.services.vault.file;
    expect(leaks(storeBytes(file))).toEqual([]);
    await h.services.vault.checkpoint();
    expect(leaks(storeBytes(file))).toEqual([]);
  });

  it("nothing appears in the log lines, at trace level", () => {
    expect(h.logLines.length).toBeGreaterThan(SESSION.length);
    expect(leaks(h.logLines.join("\n"))).toEqual([]);
    expect(h.logLines.join("\n")).not.toContain("Tom");
  });

  it("no reply was an error, and a handler that throws with content yields only the fixed line", async () => {
    for (const m of h.surface.shown) expect(m.html).not.toContain(SOMETHING_WENT_WRONG);

    const failing = new Composer<BotContext>();
    failing.hears(/boom/, () => {
      throw new Error(`failed on ${NUMBER.e164} for ${ALIAS}: ${NOTE}`);
    });
    const failingFeature: Feature = { name: "failing", commands: [], composer: failing };
    const bot = createBot(h.services, {
      token: "0:test",
      botInfo: LOCAL_BOT_INFO,
      fetch: createLocalFetch(h.bridge.handle),
      features: [failingFeature, ...allFeatures()],
    });
    await bot.init();
    const shown = h.surface.shown.length;
    const logged = h.logLines.length;
    try {
      await bot.handleUpdate(h.bridge.textUpdate(`boom ${NUMBER.national} ${ALIAS}`));
    } catch (error) {
      // Without an error boundary in the bot, this is what polling does with a failed update.
      await bot.errorHandler(error as BotError<BotContext>);
    }
    const replies = h.surface.shown.slice(shown);
    expect(replies.map((m) => m.html)).toEqual([SOMETHING_WENT_WRONG]);
    const newLines = h.logLines.slice(logged).join("\n");
    expect(newLines).toContain("update failed");
    expect(leaks(newLines)).toEqual([]);
  });
});
