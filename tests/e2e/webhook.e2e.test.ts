import { describe, expect, it } from "vitest";
import { spawnBot } from "../support/bot-process.js";
import { clientFor, collect, EMULATOR_OWNER, EMULATOR_STRANGER, freePort, emulatorAndDataDir, emulatorBotEnv } from "../support/emulator.js";

const SECRET = "webhook-secret-0123456789";

function update(id: number, from: number, text: string) {
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from, type: "private", first_name: "X" },
      from: { id: from, is_bot: false, first_name: "X" },
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.length }],
    },
  };
}

describe("webhook mode", () => {
  const fixture = emulatorAndDataDir("quietline-webhook-");

  it("answers updates that carry the secret, refuses others, and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    const bot = spawnBot({
      env: {
        ...emulatorBotEnv(fixture.emulator, fixture.dataDir),
        WEBHOOK_URL: "https://bot.example.invalid/hook",
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
      },
    });
    try {
      await bot.ready;
      const post = (body: unknown, secret?: string) =>
        fetch(`http://127.0.0.1:${port}/`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(secret && { "x-telegram-bot-api-secret-token": secret }) },
          body: JSON.stringify(body),
        });
      const owner = clientFor(fixture.emulator.server, EMULATOR_OWNER, EMULATOR_OWNER, "private");
      const stranger = clientFor(fixture.emulator.server, EMULATOR_STRANGER, EMULATOR_STRANGER, "private");

      expect((await post(update(1, EMULATOR_OWNER, "/help"))).status).toBe(401);
      expect((await post(update(2, EMULATOR_OWNER, "/help"), "wrong-secret-0123456789")).status).toBe(401);
      expect(await collect(owner, 0, 1_000)).toEqual([]);

      expect((await post(update(3, EMULATOR_OWNER, "/help"), SECRET)).status).toBe(200);
      const replies = await collect(owner, 1);
      expect(replies[0]?.text).toContain("/help");

      expect((await post(update(4, EMULATOR_STRANGER, "/help"), SECRET)).status).toBe(200);
      expect(await collect(stranger, 0, 1_000)).toEqual([]);

      bot.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });
    } finally {
      await bot.stop();
    }
  });
});
