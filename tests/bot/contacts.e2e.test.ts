import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contactsOf } from "../../src/store/contacts.js";
import { press, say, startEmulatorBot, type EmulatorBot } from "../support/emulator.js";

async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("contact cards and the inbox against the Bot API emulator", () => {
  let e2e: EmulatorBot;
  beforeAll(async () => {
    e2e = await startEmulatorBot();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("shows a card, toggles a flag and saves a note", async () => {
    const [card] = await say(e2e.owner, "/contact 0171 2345678");
    expect(card!.text).toContain("+49 171 ••• 78");
    expect(card!.buttons.some((b) => b.text.includes("nicht zurückrufen"))).toBe(true);
    // No number or name in any button.
    expect(JSON.stringify(card!.buttons)).not.toContain("2345678");

    // The card is edited in place, which the emulator does not list as a new message.
    await press(e2e.owner, card!, "nicht zurückrufen", { expect: 0, timeoutMs: 300 });
    const stored = await eventually(async () => (await contactsOf(e2e.services).get("+491712345678"))?.flags.nocall);
    expect(stored?.by).toBe("owner");

    const [saved] = await say(e2e.owner, "/note 0171 2345678 nur mittags");
    expect(saved!.text).toContain("Notiz gespeichert");
    expect((await contactsOf(e2e.services).get("+491712345678"))?.notes.map((n) => n.text)).toEqual(["nur mittags"]);
  });

  it("reads a pasted missed call and saves it on the card", async () => {
    const replies = await say(e2e.owner, "Entgangener Anruf von +49 160 9876543");
    expect(replies[0]!.text).toContain("0160 9876543");
    const card = await contactsOf(e2e.services).get("+491609876543");
    expect(card?.events).toHaveLength(1);
    expect(card?.events[0]?.kind).toBe("missed-call");
  });
});
