import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatIdFromHash } from "../../src/bot/transport/signal/owners.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { openStores } from "../../src/store/stores.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { Vault } from "../../src/store/vault.js";
import { spawnBot } from "../support/bot-process.js";
import { clientFor, EMULATOR_OWNER, EMULATOR_TOKEN, freePort, say as sayOnTelegram, startEmulator } from "../support/emulator.js";
import { readableText } from "../support/plaintext.js";
import { SignalDaemon, styledParts, type SayOptions, type ShownMessage } from "../support/signal-daemon.js";
import { BOT_NUMBER, HER, STRANGER } from "../support/signal-harness.js";

const de = translatorFor("de");

/** Everything personal the session stores or sends, in the spellings that could leak. */
const NUMBER = { e164: "+491712345678", national: "0171 2345678" };
const ASKED = { e164: "+4915112345678", national: "0151 1234 5678" };
const STRANGERS_NUMBER = "0160 5555555";
const ALIAS = "Kowalczyk";
const NOTE = "Tiefgarage Nordeingang";
const NEEDLES = [
  NUMBER.e164, NUMBER.e164.slice(1), "01712345678", NUMBER.national, "1712345678",
  ASKED.e164, ASKED.e164.slice(1), "015112345678", ASKED.national, "15112345678",
  STRANGERS_NUMBER, "1605555555", ALIAS, ALIAS.toLowerCase(), "Tiefgarage", "Nordeingang",
];

function choice(message: ShownMessage | undefined, label: string): number | undefined {
  const line = message?.text.split("\n").find((l) => /^\[\d+\] /.test(l) && l.includes(label));
  return line ? Number(/^\[(\d+)\]/.exec(line)![1]) : undefined;
}

function signalEnv(daemonUrl: string, dataDir: string, key: string): Record<string, string> {
  return { SIGNAL_CLI_URL: daemonUrl, SIGNAL_ACCOUNT: BOT_NUMBER, SIGNAL_OWNERS: HER.number, ENCRYPTION_KEY: key, DATA_DIR: dataDir, LOG_LEVEL: "debug" };
}

describe("npm start with SIGNAL_CLI_URL, against the signal-cli daemon double", () => {
  let daemon: SignalDaemon;
  let dataDir: string;
  beforeAll(async () => {
    daemon = await SignalDaemon.start({ account: BOT_NUMBER });
    dataDir = mkdtempSync(join(tmpdir(), "quietline-signal-process-"));
  });
  afterAll(async () => {
    await daemon?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves her and only her: verdicts, choices, drafts, backup files, a dropped stream; keeps no plaintext; exits 0 on SIGTERM", async () => {
    const key = generateMasterKey();
    const bot = spawnBot({ env: signalEnv(daemon.url, dataDir, key) });
    const said: number[] = [];
    const say = async (text: string | null, options?: SayOptions) => {
      const before = daemon.shown.length;
      const timestamp = daemon.say(HER, text, options);
      said.push(timestamp);
      await daemon.answered(timestamp);
      return daemon.shown.slice(before);
    };
    try {
      await bot.ready;
      await daemon.waitFor(() => daemon.connections > 0, 10_000, "the event stream");

      // A stranger and a group come first: nothing is answered, nothing kept, the group is left.
      const group = { id: "Z3JvdXAtaWQtYmFzZTY0LTMyLWJ5dGVzLXh4eHh4eHg=", name: "Team" };
      daemon.say(STRANGER, `Entgangener Anruf\n${STRANGERS_NUMBER}`);
      daemon.say(STRANGER, null, { group: { ...group, type: "UPDATE" } });

      // A pasted missed-call note gets its verdict; the number is monospace over exactly its digits.
      const [verdict] = await say(`Entgangener Anruf\n${NUMBER.national}`);
      expect(verdict!.text).toMatch(/^(✅|💬|⏳|⛔) /m);
      expect(styledParts(verdict!, "MONOSPACE")).toContain(NUMBER.national);
      expect(daemon.shown.every((m) => m.recipient === HER.number)).toBe(true);
      expect(daemon.groupsLeft).toEqual([group.id]);

      await say(`/alias ${NUMBER.national} ${ALIAS}`);
      await say(`/note ${NUMBER.national} ${NOTE}`);

      // A typed choice presses a button: "someone else answered" flags the number.
      let [asked] = await say(`hat mich grad jemand von ${ASKED.national} angerufen? mailbox sagt „bitte zurückrufen“`);
      if (choice(asked, "Jemand anderes") === undefined) {
        // Outside her hours the verdict is ⏳ and offers to record a call made anyway.
        [asked] = await say(String(choice(asked, "Doch angerufen")));
      }
      const [flagged] = await say(String(choice(asked, "Jemand anderes")), { quote: asked!.timestamp });
      expect(flagged!.text).toContain("umgeleitet");
      expect(styledParts(flagged!, "MONOSPACE")).toContain("Entschuldigung, verwählt.");

      // A draft arrives with a monospace range over exactly its text.
      const [free] = await say("hab ich heute noch was frei?");
      const lines = free!.text.split("\n");
      const draft = lines[lines.indexOf("Antwort zum Kopieren:") + 1]!;
      expect(draft).toMatch(/\?$/);
      expect(styledParts(free!, "MONOSPACE")).toEqual([draft]);

      // /export: the passphrase is hers to delete, the backup arrives as an attachment.
      await say("/export");
      const passphrase = "drei Wörter mit Zahl 7";
      const exported = await say(passphrase);
      expect(exported.find((m) => m.text === de("transport-delete-it-yourself"))?.quote?.timestamp).toBe(said.at(-1));
      const backup = exported.find((m) => m.attachments.length > 0)!;
      expect(backup.attachments[0]!.filename).toMatch(/^quietline-\d{4}-\d{2}-\d{2}\.qlbackup$/);

      // The stream drops: one message comes again, one is sent while it is down. Each is answered once.
      const shownBefore = daemon.shown.length;
      daemon.dropStreams(1);
      const whileDown = daemon.say(HER, "/help");
      said.push(whileDown);
      await daemon.answered(whileDown);
      expect(daemon.connections).toBe(2);
      expect(daemon.shown.slice(shownBefore).map((m) => m.text.split("\n")[0])).toEqual(["Befehle (Nummern gehen in jeder üblichen Schreibweise, ein Alias auch):"]);

      // /import reads the attachment back.
      await say("/import");
      await say(null, { attachments: [{ contentType: "application/octet-stream", filename: "sicherung.qlbackup", data: backup.attachments[0]!.data }] });
      const [summary] = (await say(passphrase)).filter((m) => m.text !== de("transport-delete-it-yourself"));
      expect(summary!.text).toContain("Sicherung vom");
      await say(String(choice(summary, "Zusammenführen")));
      expect(daemon.chat(HER.number).find((m) => m.timestamp === summary!.timestamp)!.text).toMatch(/^✅ Wiederhergestellt/);

      // Every message of hers was answered exactly once, none twice.
      const receipts = daemon.callsOf("sendReceipt").map((c) => (c.params.targetTimestamp as number[])[0]);
      expect(receipts.sort()).toEqual([...said].sort());

      bot.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });
    } finally {
      await bot.stop();
    }

    // What the process left behind: no number, alias or note in the data files or the log.
    const files = readdirSync(dataDir).map((f) => readFileSync(join(dataDir, f)));
    expect(files.length).toBeGreaterThan(0);
    const leaks = (text: string) => NEEDLES.filter((n) => text.includes(n));
    expect(files.flatMap((f) => leaks(readableText(f)))).toEqual([]);
    expect(bot.lines.length).toBeGreaterThan(20);
    expect(leaks(readableText(bot.lines.join("\n")))).toEqual([]);
    expect(bot.lines.filter((l) => /"level":50/.test(l))).toEqual([]);

    // And nothing of the stranger's or the group's: every tracked message is in her one chat.
    const vault = await Vault.open({ dataDir, masterKey: decodeMasterKey(key)!, onError: () => undefined });
    try {
      const stores = await openStores(vault);
      const herChat = chatIdFromHash(vault.indexKey("signal-chat", HER.number));
      expect(new Set((await stores.chatMessages.all()).map((r) => r.chatId))).toEqual(new Set([herChat]));
      expect((await stores.contacts.all()).map((c) => c.e164).sort()).toEqual([ASKED.e164, NUMBER.e164].sort());
      const card = await stores.contacts.get(ASKED.e164);
      expect(card?.flags.forwarded).toBeDefined();
    } finally {
      await vault.close();
    }
  }, 60_000);

  it("waits for a daemon that is down at start or goes away, says so once each time, and answers when it is back", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const otherDir = mkdtempSync(join(tmpdir(), "quietline-signal-down-"));
    const bot = spawnBot({ env: signalEnv(url, otherDir, generateMasterKey()) });
    const unreachable = () => bot.lines.filter((l) => l.includes("signal daemon unreachable")).length;
    let late: SignalDaemon | undefined;
    try {
      await bot.ready;
      // Several attempts fail (0.5 s, 1 s, 2 s apart); the log says it once.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(unreachable()).toBe(1);
      late = await SignalDaemon.start({ account: BOT_NUMBER, port });
      await late.waitFor(() => late!.connections > 0, 10_000, "the reconnect");
      const first = late.say(HER, "/help");
      await late.answered(first);

      await late.stop();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(unreachable()).toBe(2);
      await late.listen();
      const second = late.say(HER, "/start");
      await late.answered(second);
      expect(bot.lines.filter((l) => l.includes("signal daemon reachable again"))).toHaveLength(2);
      expect(bot.running()).toBe(true);

      bot.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });
    } finally {
      await bot.stop();
      await late?.stop();
      rmSync(otherDir, { recursive: true, force: true });
    }
  }, 40_000);

  it("serves Telegram and Signal at once, in one process on one store", async () => {
    const emulator = await startEmulator();
    const bothDir = mkdtempSync(join(tmpdir(), "quietline-both-"));
    const bot = spawnBot({
      env: {
        ...signalEnv(daemon.url, bothDir, generateMasterKey()),
        BOT_TOKEN: EMULATOR_TOKEN,
        BOT_API_ROOT: emulator.apiRoot,
        OWNER_IDS: String(EMULATOR_OWNER),
      },
    });
    try {
      await bot.ready;
      const connections = daemon.connections;
      await daemon.waitFor(() => daemon.connections > connections, 10_000, "the event stream");
      const telegram = clientFor(emulator.server, EMULATOR_OWNER, EMULATOR_OWNER, "private");

      // A note taken on Telegram is on the card she opens on Signal.
      await sayOnTelegram(telegram, `/note ${NUMBER.national} ${NOTE}`);
      const before = daemon.shown.length;
      const asked = daemon.say(HER, `/contact ${NUMBER.national}`);
      await daemon.answered(asked);
      expect(daemon.shown.slice(before).map((m) => m.text).join("\n")).toContain(NOTE);

      // /privacy on Telegram sets Signal's disappearing timer too.
      await sayOnTelegram(telegram, "/privacy reinigung 2h");
      await daemon.waitFor(() => daemon.timers.get(HER.number) === 7_200, 5_000, "the Signal timer");

      bot.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });
    } finally {
      await bot.stop();
      await emulator.stop();
      rmSync(bothDir, { recursive: true, force: true });
    }
  }, 40_000);
});
