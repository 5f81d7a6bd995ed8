import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMasterKey } from "../../src/store/crypto.js";
import { spawnBot } from "../support/bot-process.js";
import { clientFor, EMULATOR_OWNER, EMULATOR_STRANGER, EMULATOR_TOKEN, say, startEmulator } from "../support/emulator.js";

describe("npm start with BOT_TOKEN, against the emulator", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let dataDir: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    dataDir = mkdtempSync(join(tmpdir(), "quietline-process-"));
  });
  afterAll(async () => {
    await emulator?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts although the server refuses setMyCommands, answers only the owner, keeps no plaintext, and exits 0 on SIGTERM", async () => {
    const bot = spawnBot({
      env: {
        BOT_TOKEN: EMULATOR_TOKEN,
        BOT_API_ROOT: emulator.apiRoot,
        OWNER_IDS: String(EMULATOR_OWNER),
        ENCRYPTION_KEY: generateMasterKey(),
        DATA_DIR: dataDir,
        LOG_LEVEL: "debug",
      },
    });
    try {
      await bot.ready;
      const owner = clientFor(emulator.server, EMULATOR_OWNER, EMULATOR_OWNER, "private");
      const stranger = clientFor(emulator.server, EMULATOR_STRANGER, EMULATOR_STRANGER, "private");
      const start = await say(owner, "/start");
      expect(start[0]?.text).toContain("quietline");
      expect(await say(stranger, "/start", { expect: 0, timeoutMs: 1_500 })).toEqual([]);
      const note = await say(owner, "/note 0171 2345678 mag Jazz");
      expect(note.length).toBeGreaterThan(0);

      bot.kill("SIGTERM");
      const exit = await bot.exited;
      expect(exit).toEqual({ code: 0, signal: null });

      const files = readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)).toString("latin1")).join("\n");
      expect(files).not.toMatch(/Jazz|2345678/);
      expect(bot.lines.join("\n")).not.toMatch(/Jazz|2345678/);
    } finally {
      await bot.stop();
    }
  });
});
