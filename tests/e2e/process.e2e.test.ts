import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnBot } from "../support/bot-process.js";
import { clientFor, EMULATOR_OWNER, EMULATOR_STRANGER, say, emulatorAndDataDir, emulatorBotEnv } from "../support/emulator.js";

describe("npm start with BOT_TOKEN, against the emulator", () => {
  const fixture = emulatorAndDataDir("quietline-process-");

  it("starts although the server refuses setMyCommands, answers only the owner, keeps no plaintext, and exits 0 on SIGTERM", async () => {
    const bot = spawnBot({
      env: {
        ...emulatorBotEnv(fixture.emulator, fixture.dataDir),
        LOG_LEVEL: "debug",
      },
    });
    try {
      await bot.ready;
      const owner = clientFor(fixture.emulator.server, EMULATOR_OWNER, EMULATOR_OWNER, "private");
      const stranger = clientFor(fixture.emulator.server, EMULATOR_STRANGER, EMULATOR_STRANGER, "private");
      const start = await say(owner, "/start");
      expect(start[0]?.text).toContain("quietline");
      expect(await say(stranger, "/start", { expect: 0, timeoutMs: 1_500 })).toEqual([]);
      const note = await say(owner, "/note 0171 2345678 mag Jazz");
      expect(note.length).toBeGreaterThan(0);

      bot.kill("SIGTERM");
      const exit = await bot.exited;
      expect(exit).toEqual({ code: 0, signal: null });

      const files = readdirSync(fixture.dataDir).map((f) => readFileSync(join(fixture.dataDir, f)).toString("latin1")).join("\n");
      expect(files).not.toMatch(/Jazz|2345678/);
      expect(bot.lines.join("\n")).not.toMatch(/Jazz|2345678/);
    } finally {
      await bot.stop();
    }
  });
});
