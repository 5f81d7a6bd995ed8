import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { signalGuests } from "../../../src/bot/features/safety/guest.js";
import { SignalRpc } from "../../../src/bot/transport/signal/rpc.js";
import { SignalChat } from "../../../src/bot/transport/signal/signal-chat.js";
import { chatIdFromHash, SignalOwners } from "../../../src/bot/transport/signal/owners.js";
import { translatorFor } from "../../../src/bot/i18n.js";
import { startJobs } from "../../../src/runtime/jobs.js";
import { confirmedBuddy } from "../../../src/store/safety.js";
import { BOT_NUMBER, createSignalHarness, HER, STRANGER, type SignalHarness } from "../../support/signal-harness.js";
import type { ShownMessage } from "../../support/signal-daemon.js";

/** Monday 23 November 2026, 14:00 in Berlin. */
const MONDAY_2PM = Date.UTC(2026, 10, 23, 13, 0);
const MINUTE = 60_000;
const FIXED_LINE = translatorFor("de")("safety-buddy-only-alerts");
const OTHER = { number: "+4917600000004", uuid: randomUUID(), name: "Other" };

let h: SignalHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function choice(message: ShownMessage | undefined, label: string): string {
  const line = message?.text.split("\n").find((l) => /^\[\d+\] /.test(l) && l.includes(label));
  if (!line) throw new Error(`no choice "${label}" in: ${message?.text}`);
  return /^\[(\d+)\]/.exec(line)![1]!;
}

const buddyChat = (h: SignalHarness) => h.daemon.shown.filter((m) => m.recipient === STRANGER.uuid);

/** The buddy (STRANGER) writes, and the bot has had time to answer or to stay silent. */
async function buddySays(h: SignalHarness, text: string, expectReply: boolean): Promise<ShownMessage[]> {
  const before = buddyChat(h).length;
  const herBefore = h.chat().length;
  h.daemon.say(STRANGER, text);
  if (expectReply) await h.daemon.waitFor(() => buddyChat(h).length > before || h.chat().length > herBefore, 10_000, "an answer");
  else await new Promise((r) => setTimeout(r, 600));
  return buddyChat(h).slice(before);
}

async function invitedAndConfirmed(): Promise<SignalHarness> {
  h = await createSignalHarness({ now: MONDAY_2PM });
  const [panel] = await h.say("/buddy");
  const [invite] = await h.say(choice(panel, "Einladung erstellen"));
  // On Signal there is no link: a code the buddy sends.
  expect(invite!.text).not.toContain("t.me");
  const code = /buddy-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(invite!.text)![0];
  const herBefore = h.chat().length;
  expect(await buddySays(h, code, true)).toEqual([]);
  const question = h.chat()[herBefore]!;
  expect(question.text).toContain("Jemand hat deine Buddy-Einladung geöffnet: Stranger +49 176 ••• 03. Ist das dein Buddy?");
  await h.say(choice(question, "Ja, das ist mein Buddy"));
  await h.daemon.waitFor(() => buddyChat(h!).length > 0, 10_000, "the greeting");
  expect(buddyChat(h)[0]!.text).toContain("Du bist jetzt ihr Buddy");
  return h;
}

describe("Signal: her buddy", () => {
  it("uses a code, is confirmed by her, and reads the fixed line for anything else", async () => {
    h = await invitedAndConfirmed();
    const buddy = await confirmedBuddy(h.services.stores);
    expect(buddy?.address).toBe(STRANGER.uuid);
    for (const text of ["/help", "/checkin 19:00", "Entgangener Anruf 0171 2345678"]) {
      const [reply] = await buddySays(h, text, true);
      expect(reply!.text, text).toBe(FIXED_LINE);
    }
  });

  it("strangers and wrong codes get silence and leave nothing behind", async () => {
    h = await invitedAndConfirmed();
    const shown = h.daemon.shown.length;
    h.daemon.say(OTHER, "hallo");
    h.daemon.say(OTHER, "buddy-0000-0000-0000");
    await new Promise((r) => setTimeout(r, 800));
    expect(h.daemon.shown.length).toBe(shown);
    expect(h.logLines.join("\n")).not.toContain(OTHER.number);
  });

  it("gets a check-in's alert on Signal, also from a chat that starts after a restart", async () => {
    h = await invitedAndConfirmed();
    await h.say("/checkin 14:00-14:30");
    const jobs = startJobs({ services: h.services, api: h.run.api, autoStart: false });
    h.setNow(MONDAY_2PM + 60 * MINUTE + 1);
    await jobs.tick();
    await jobs.stop();
    await h.daemon.waitFor(() => buddyChat(h!).some((m) => m.text.includes("🚨")), 10_000, "the alert");
    const alert = buddyChat(h).find((m) => m.text.includes("🚨"))!;
    expect(alert.text).toContain("Termin: 14:00–14:30");
    expect(alert.text).toMatch(/\[1\] 👀 Gesehen/);
    // The buddy answers by typing the choice's number.
    const [seen] = await buddySays(h, "1", true);
    expect(seen!.text).toContain("Notiert");

    // A fresh adapter (as after a restart) has never seen the buddy's chat: the stored address reaches it.
    const owners = new SignalOwners([HER.number], (recipient) => chatIdFromHash(h!.services.vault.indexKey("signal-chat", recipient)));
    const fresh = new SignalChat({
      rpc: new SignalRpc({ url: h.daemon.url, account: BOT_NUMBER }),
      account: BOT_NUMBER,
      owners,
      logger: h.services.logger,
      translator: async () => translatorFor("de"),
      guests: signalGuests(h.services),
    });
    const before = buddyChat(h).length;
    const buddyChatId = (await confirmedBuddy(h.services.stores))!.chatId;
    await fresh.handle({ method: "sendMessage", params: { chat_id: buddyChatId, text: "probe" } });
    expect(buddyChat(h).slice(before).map((m) => m.text)).toEqual(["probe"]);
    // A chat nobody is behind stays unreachable.
    await expect(fresh.handle({ method: "sendMessage", params: { chat_id: buddyChatId - 1, text: "x" } })).rejects.toThrow(/chat not found/);
  });
});
