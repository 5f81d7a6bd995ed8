import { Composer } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { allFeatures } from "../../src/bot/features/index.js";
import type { Feature } from "../../src/bot/features/feature.js";
import { createHarness, type Harness } from "../support/harness.js";

const SOMETHING_WENT_WRONG = translatorFor("de")("errors-something-went-wrong");

const SECRET_NUMBER = "0171 9876543";
const SECRET_NAME = "Bartholomäus";

const exploding = new Composer<BotContext>();
exploding.command("boom", (ctx) => {
  throw new Error(`failed while handling ${ctx.message?.text} for ${SECRET_NAME} ${SECRET_NUMBER}`);
});
const explodingFeature: Feature = { name: "exploding", commands: [], composer: exploding };

describe("error boundary and logs", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("answers a failing handler with the fixed line and logs no content", async () => {
    h = await createHarness({ features: [explodingFeature, ...allFeatures()] });
    const replies = await h.send(`/boom ${SECRET_NUMBER}`);
    expect(replies.map((r) => r.html)).toEqual([SOMETHING_WENT_WRONG]);
    const log = h.logLines.join("");
    expect(log).toContain('"updateKind":"message"');
    expect(log).toContain('"type":"Error"');
    expect(log).not.toContain(SECRET_NAME);
    expect(log).not.toContain("9876543");
    // The bot keeps working after the failure.
    expect((await h.send("/help")).length).toBeGreaterThan(0);
  });

  it("logs nothing personal during a whole session, at trace level", async () => {
    h = await createHarness();
    const inputs = [
      "/start",
      "/help",
      `Mailbox 8:05 – "Hallo, hier ist ${SECRET_NAME}, hast du heute noch einen Termin frei? Ruf mich an unter 0151 1234 5678"`,
      `Entgangener Anruf von +49 160 9876543`,
      `darf ich ${SECRET_NUMBER} zurückrufen?`,
      `/contact ${SECRET_NUMBER}`,
      `/note ${SECRET_NUMBER} mag es ruhig, ${SECRET_NAME}`,
      `/alias ${SECRET_NUMBER} ${SECRET_NAME}`,
    ];
    for (const text of inputs) await h.send(text);
    const log = h.logLines.join("");
    expect(h.logLines.length).toBeGreaterThan(0);
    for (const needle of [SECRET_NAME, "9876543", "12345678", "1234 5678", "Termin", "ruhig", "Mailbox"]) {
      expect(log).not.toContain(needle);
    }
  });
});
