import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { startJobs } from "../../src/runtime/jobs.js";
import { createHarness, OWNER_ID, type Harness } from "../support/harness.js";

const MIN = 60_000;
let open: Harness[] = [];
async function harness(options: Parameters<typeof createHarness>[0] = {}) {
  const h = await createHarness(options);
  open.push(h);
  return h;
}
afterEach(async () => {
  for (const h of open) await h.close().catch(() => undefined);
  open = [];
});

function deletedIds(h: Harness): number[] {
  return h.apiCalls.flatMap((c) =>
    c.method === "deleteMessages" ? (c.params.message_ids as number[]) : c.method === "deleteMessage" ? [Number(c.params.message_id)] : [],
  );
}

function replyTo(h: Harness, text: string, messageId: number): Update {
  const update = h.bridge.textUpdate(text);
  (update.message as unknown as Record<string, unknown>).reply_to_message = {
    message_id: messageId,
    date: 0,
    chat: { id: OWNER_ID, type: "private", first_name: "Owner" },
  };
  return update;
}

describe("self-cleaning chat", () => {
  it("sends every message with protect_content", async () => {
    const h = await harness();
    await h.send("/start");
    await h.send("/privacy");
    await h.send("irgendwas");
    const sends = h.apiCalls.filter((c) => c.method.startsWith("send"));
    expect(sends.length).toBeGreaterThanOrEqual(3);
    for (const call of sends) expect(call.params.protect_content).toBe(true);
  });

  it("deletes her messages and the bot's after 30 minutes by default, not before", async () => {
    const h = await harness();
    const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await h.send("hallo");
    const botId = h.last().messageId;
    const herId = botId - 1;
    h.advance(29 * MIN);
    await jobs.tick();
    expect(deletedIds(h)).toEqual([]);
    h.advance(2 * MIN);
    await jobs.tick();
    expect(deletedIds(h)).toEqual(expect.arrayContaining([herId, botId]));
    expect(h.surface.removedIds).toEqual(expect.arrayContaining([herId, botId]));
    expect(await h.services.stores.chatMessages.all()).toEqual([]);
  });

  it("follows the setting in /privacy, and off keeps the chat", async () => {
    const h = await harness();
    const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await h.send("/privacy reinigung 5");
    expect(h.last().html).toContain("5 Min.");
    await h.send("hallo");
    h.advance(6 * MIN);
    await jobs.tick();
    expect(deletedIds(h)).toContain(h.last().messageId);

    await h.send("hallo");
    const pendingId = h.last().messageId;
    await h.send("/privacy");
    await h.tapLabel("aus");
    expect(h.last().edited).toBe(true);
    expect(h.last().html).toContain("Selbstreinigung:</b> aus");
    await h.send("hallo");
    h.advance(3 * 3_600_000);
    await jobs.tick();
    expect(deletedIds(h)).not.toContain(pendingId);
    expect(deletedIds(h)).not.toContain(h.last().messageId);
  });

  it("keeps a message she answers with /keep, and a bare /keep keeps the bot's latest", async () => {
    const h = await harness();
    const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await h.send("hallo");
    const first = h.last().messageId;
    await h.send("/privacy");
    const second = h.last().messageId;
    await h.update(replyTo(h, "/keep", first));
    expect(h.last().html).toContain("📌");
    await h.send("/keep");
    const bareKeepAnswer = h.last().messageId;
    expect(h.last().html).toContain("📌");
    h.advance(31 * MIN);
    await jobs.tick();
    const deleted = deletedIds(h);
    expect(deleted).not.toContain(first);
    // the bare /keep refers to the bot's latest message before it: the /keep confirmation
    expect(deleted).toContain(second);
    expect(deleted).toContain(bareKeepAnswer);
  });

  it("resumes pending deletions after a restart", async () => {
    const first = await createHarness({ keepData: true });
    await first.send("hallo");
    const botId = first.last().messageId;
    await first.close();
    const second = await harness({ dataDir: first.dataDir, masterKey: first.masterKey, now: first.now() + 31 * MIN });
    const jobs = startJobs({ services: second.services, api: second.bot.api, autoStart: false });
    await jobs.tick();
    expect(deletedIds(second)).toEqual(expect.arrayContaining([botId - 1, botId]));
    await jobs.stop();
  });

  it("skips messages past Telegram's 48 hours instead of failing", async () => {
    const h = await harness();
    const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await h.send("/privacy reinigung aus");
    await h.send("hallo");
    h.advance(49 * 3_600_000);
    await jobs.tick();
    expect(deletedIds(h)).toEqual([]);
    expect(await h.services.stores.chatMessages.all()).toEqual([]);
  });

  it("catches messages it did not see (ids count up in a private chat)", async () => {
    const h = await harness();
    const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await h.send("hallo");
    const before = h.last().messageId;
    // A message the bot sends outside any update (like the error notice) is not tracked by itself.
    await h.bot.api.sendMessage(OWNER_ID, "x");
    await h.send("hallo");
    h.advance(31 * MIN);
    await jobs.tick();
    expect(deletedIds(h)).toEqual(expect.arrayContaining([before + 1, before + 2, before + 3]));
  });
});
