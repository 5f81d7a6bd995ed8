import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMasterKey } from "../../src/store/crypto.js";
import { spawnBot, type BotProcess } from "../support/bot-process.js";
import { clientFor, startEmulator } from "../support/emulator.js";
import { startFaultProxy, type FaultProxy } from "../support/fault-proxy.js";
import { botEnv, MISSING_EMULATOR_METHODS, repliesTo, sendText, sleep, waitForReplies, type EmulatorClient } from "./live-bot.js";

/**
 * The real bot process behind a proxy that fails calls. Ten owner chats run side by side,
 * each sending one message at a time; /help answers with exactly one message.
 *
 * Why waiting per message proves "exactly one reply each": message i+1 of a chat is sent
 * only after the chat holds i replies, so every message produced at least one reply before
 * the next existed. If the chat ends with exactly as many replies as messages, none produced two.
 */
const CHATS = Array.from({ length: 10 }, (_, i) => 7_001 + i);
const PER_CHAT = 20;
const REPLY_TIMEOUT_MS = 30_000;

describe("the bot process under Bot API faults", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let proxy: FaultProxy;
  let bot: BotProcess;
  let dataDir: string;
  let clients: Map<number, EmulatorClient>;

  beforeAll(async () => {
    emulator = await startEmulator();
    proxy = await startFaultProxy({
      target: emulator.apiRoot,
      answers: MISSING_EMULATOR_METHODS,
      longPollMs: 250,
      stallMs: 1_000,
      retryAfterSeconds: 1,
      seed: 7,
    });
    dataDir = mkdtempSync(join(tmpdir(), "quietline-faults-"));
    bot = spawnBot({ env: botEnv({ apiRoot: proxy.apiRoot, owners: CHATS, key: generateMasterKey(), dataDir }) });
    await bot.ready;
    clients = new Map(CHATS.map((id) => [id, clientFor(emulator.server, id, id, "private")]));
  });

  afterAll(async () => {
    await bot?.stop();
    await proxy?.close();
    await emulator?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Sends `count` /help messages in each chat, one at a time per chat; returns the chats that lost a reply. */
  async function converse(count: number, sentSoFar: number): Promise<number[]> {
    const lost: number[] = [];
    await Promise.all(
      CHATS.map(async (chat) => {
        for (let i = 1; i <= count; i++) {
          await sendText(clients.get(chat)!, "/help");
          if (!(await waitForReplies(emulator.server, chat, sentSoFar + i, REPLY_TIMEOUT_MS))) {
            lost.push(chat);
            return;
          }
        }
      }),
    );
    return lost;
  }

  it("answers 200 messages exactly once each while calls fail, and recovers after an outage", async () => {
    // Sends fail more often than getUpdates: the bot polls several times a second.
    proxy.setRate((method) => (method === "getUpdates" ? 0.02 : 0.05));

    const firstHalf = PER_CHAT / 2;
    expect(await converse(firstHalf, 0)).toEqual([]);

    // Telegram is down: every call fails. One message per chat arrives meanwhile.
    proxy.setOutage(true);
    const outageStart = proxy.stats.faults["502"] + proxy.stats.faults.reset;
    await Promise.all(CHATS.map((chat) => sendText(clients.get(chat)!, "/help")));
    await sleep(4_000);
    expect(proxy.stats.faults["502"] + proxy.stats.faults.reset).toBeGreaterThan(outageStart);
    expect(CHATS.map((chat) => repliesTo(emulator.server, chat).length)).toEqual(CHATS.map(() => firstHalf));
    proxy.setOutage(false);
    // Polling picks up again on its own: the messages sent during the outage get their answers.
    const recovered = await Promise.all(CHATS.map((chat) => waitForReplies(emulator.server, chat, firstHalf + 1, REPLY_TIMEOUT_MS)));
    expect(recovered.every(Boolean)).toBe(true);

    expect(await converse(PER_CHAT - firstHalf - 1, firstHalf + 1)).toEqual([]);

    // Late duplicates would show up now.
    proxy.setRate(() => 0);
    await sleep(1_500);
    const counts = CHATS.map((chat) => repliesTo(emulator.server, chat).length);
    expect(counts).toEqual(CHATS.map(() => PER_CHAT));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200);
    for (const chat of CHATS) {
      for (const reply of repliesTo(emulator.server, chat)) expect(reply.text).toContain("/help");
    }

    // Every kind of fault happened, on sends and on getUpdates.
    for (const count of Object.values(proxy.stats.faults)) expect(count).toBeGreaterThan(0);
    expect(proxy.stats.calls.getUpdates).toBeGreaterThan(0);

    expect(bot.running()).toBe(true);
    expect(bot.lines.some((line) => /"level":(50|60)/.test(line) && /update failed|stopped after an error/.test(line))).toBe(false);
  }, 120_000);
});
