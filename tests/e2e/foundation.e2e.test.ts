import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { say, startEmulatorBot, type EmulatorBot } from "../support/emulator.js";

describe("the bot against the Bot API emulator", () => {
  let e2e: EmulatorBot;
  beforeAll(async () => {
    e2e = await startEmulatorBot();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("answers the owner's /start and /help in German", async () => {
    const start = await say(e2e.owner, "/start");
    expect(start.length).toBeGreaterThan(0);
    expect(start[0]!.text).toContain("quietline");
    expect(start[0]!.text).toContain("verschlüsselt");
    const help = await say(e2e.owner, "/help");
    expect(help[0]!.text).toContain("/help");
    expect(help[0]!.text).toContain("/start");
  });

  it("gives a stranger nothing", async () => {
    const replies = await say(e2e.stranger, "/start", { expect: 0, timeoutMs: 1_000 });
    expect(replies).toEqual([]);
    const text = await say(e2e.stranger, "Entgangener Anruf 0171 2345678", { expect: 0, timeoutMs: 800 });
    expect(text).toEqual([]);
  });

  it("answers unrecognised input with a suggestion", async () => {
    const replies = await say(e2e.owner, "blablub");
    expect(replies[0]!.text).toMatch(/nicht verstanden/);
  });
});

describe("the bot in English", () => {
  let e2e: EmulatorBot;
  beforeAll(async () => {
    e2e = await startEmulatorBot({ env: { BOT_LANGUAGE: "en" } });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("answers /start and /help in English", async () => {
    const start = await say(e2e.owner, "/start");
    expect(start[0]!.text).toContain("encrypted");
    const help = await say(e2e.owner, "/help");
    expect(help[0]!.text).toContain("Commands");
  });
});

describe("the bot in Romanian", () => {
  let e2e: EmulatorBot;
  beforeAll(async () => {
    e2e = await startEmulatorBot({ env: { BOT_LANGUAGE: "ro" } });
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it("answers /start and /help in Romanian", async () => {
    const start = await say(e2e.owner, "/start");
    expect(start[0]!.text).toContain("Totul e păstrat criptat");
    const help = await say(e2e.owner, "/help");
    expect(help[0]!.text).toContain("Comenzi");
    expect(help[0]!.text).toContain("/free — Ore libere");
  });
});
