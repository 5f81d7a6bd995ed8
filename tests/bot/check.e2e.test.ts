import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyNumber } from "../../src/core/phone/index.js";
import { contactsOf } from "../../src/store/contacts.js";
import { press, say, startEmulatorBot, type EmulatorBot } from "../support/emulator.js";

const MOBILE = "+491712345678";

describe("verdicts end-to-end through the Bot API emulator", () => {
  let e2e: EmulatorBot;
  beforeAll(async () => {
    e2e = await startEmulatorBot();
    // The emulator runs on the real clock: without quiet hours the answer does not depend on the hour.
    const quiet = await say(e2e.owner, "/rules quiet aus");
    expect(quiet[0]!.text).toBe("Ruhezeit: keine.");
    const now = Date.now();
    await contactsOf(e2e.services).addEvents(MOBILE, [
      { kind: "voicemail", at: now - 10 * 60_000, atSource: "text", attempts: 1, asked: { callback: true }, caller: classifyNumber(MOBILE, "DE") },
    ]);
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("/check answers with the verdict first and the outcome buttons", async () => {
    const [reply] = await say(e2e.owner, "/check 0171 2345678");
    expect(reply!.text.split("\n")[0]).toBe("✅ Zurückrufen ist ok");
    expect(reply!.buttons.map((b) => b.text)).toEqual(["Erreicht", "Jemand anderes ging ran", "Mailbox", "Keiner ran"]);
    const [noted] = await press(e2e.owner, reply!, "Jemand anderes ging ran");
    expect(noted!.text).toContain("Entschuldigung, verwählt.");
  });

  it("a plain question gets the verdict too — after someone else answered, never ✅", async () => {
    const [reply] = await say(e2e.owner, "darf ich 0171 2345678 zurückrufen?");
    expect(reply!.text.split("\n")[0]).toMatch(/^(💬|⛔)/u);
    expect(reply!.text).toContain("jemand anderes abgenommen");
  });

  it("a pasted note is not taken for a question", async () => {
    const replies = await say(e2e.owner, "Entgangener Anruf\n0171 7654321");
    expect(replies.length).toBeGreaterThan(0);
    for (const r of replies) expect(r.text).not.toMatch(/^(✅|💬|⏳|⛔)/u);
  });
});
