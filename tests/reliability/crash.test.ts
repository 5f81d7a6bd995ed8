import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translatorFor } from "../../src/bot/i18n.js";
import { allFeatures } from "../../src/bot/features/index.js";
import { listBookings } from "../../src/store/appointments.js";
import { generateMasterKey, decodeMasterKey } from "../../src/store/crypto.js";
import { databasePath } from "../../src/store/database.js";
import { openSqliteFile } from "../../src/store/sqlite-file.js";
import { openStores } from "../../src/store/stores.js";
import { Vault } from "../../src/store/vault.js";
import { spawnBot } from "../support/bot-process.js";
import { clientFor, startEmulator } from "../support/emulator.js";
import { startFaultProxy, type FaultProxy } from "../support/fault-proxy.js";
import { crashBooking, crashNote, type BookingWrite, type NoteWrite } from "./crash-writes.js";
import { botEnv, MISSING_EMULATOR_METHODS, repliesTo, sendText, waitForReplies } from "./live-bot.js";

const SOMETHING_WENT_WRONG = translatorFor("de")("errors-something-went-wrong");

const ROUNDS = 20;
/** One owner chat per round, so a reply that arrives late can never be counted for the wrong write. */
const OWNERS = Array.from({ length: ROUNDS + 2 }, (_, i) => 8_001 + i);

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Confirmed {
  readonly notes: NoteWrite[];
  readonly bookings: BookingWrite[];
}

describe("crash safety of the real bot process", () => {
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  let proxy: FaultProxy;
  let dataDir: string;
  const key = generateMasterKey();
  const commands = new Set(allFeatures().flatMap((f) => f.commands.map((c) => c.command)));

  beforeAll(async () => {
    emulator = await startEmulator();
    // No faults here: the proxy only answers what the emulator lacks and paces polling.
    proxy = await startFaultProxy({ target: emulator.apiRoot, answers: MISSING_EMULATOR_METHODS, longPollMs: 200 });
    dataDir = mkdtempSync(join(tmpdir(), "quietline-crash-"));
  });

  afterAll(async () => {
    await proxy?.close();
    await emulator?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Drives /note and /book through the bot until SIGKILL lands; returns what the bot confirmed. */
  async function botRound(round: number, killAfterMs: number, confirmed: Confirmed): Promise<void> {
    const bot = spawnBot({ env: botEnv({ apiRoot: proxy.apiRoot, owners: OWNERS, key, dataDir }) });
    await bot.ready;
    const chat = OWNERS[round]!;
    const client = clientFor(emulator.server, chat, chat, "private");
    const killer = setTimeout(() => bot.kill("SIGKILL"), killAfterMs);
    const kinds = (["note", "book"] as const).filter((k) => commands.has(k));
    for (let i = 0; bot.running(); i++) {
      const kind = kinds[i % kinds.length]!;
      const note = crashNote(round, i);
      const booking = crashBooking(round, i);
      await sendText(client, kind === "note" ? `/note ${note.number} ${note.text}` : `/book ${booking.argument}`);
      if (!(await waitForReplies(emulator.server, chat, i + 1, 5_000, bot.running))) break;
      const reply = repliesTo(emulator.server, chat)[i]!;
      if (reply.text === SOMETHING_WENT_WRONG) continue;
      // A note is saved unless the bot asks first (buttons); a booking is confirmed with ✅.
      if (kind === "note" && !reply.hasButtons) confirmed.notes.push(note);
      if (kind === "book" && reply.text.startsWith("✅")) confirmed.bookings.push(booking);
    }
    clearTimeout(killer);
    bot.kill("SIGKILL");
    expect((await bot.exited).signal).toBe("SIGKILL");
  }

  /** Opens the store as the next start would, and checks every record and every confirmed write. */
  async function verifyStore(confirmed: Confirmed): Promise<void> {
    const sqlite = await openSqliteFile(databasePath(dataDir), "readonly");
    expect(await sqlite.all("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    await sqlite.close();

    const vault = await Vault.open({ dataDir, masterKey: decodeMasterKey(key)!, onError: () => undefined });
    try {
      const stores = await openStores(vault);
      // all() decrypts and validates every record; a torn or half-written one throws.
      for (const collection of Object.values(stores)) await collection.all();
      for (const note of confirmed.notes) {
        const card = await stores.contacts.get(note.e164);
        expect(card?.notes.some((n) => n.text === note.text), "a confirmed note is missing").toBe(true);
      }
      const starts = new Set((await listBookings(stores)).map((b) => b.start));
      for (const booking of confirmed.bookings) expect(starts.has(booking.start), "a confirmed booking is missing").toBe(true);
    } finally {
      await vault.close();
    }
  }

  it(`keeps every confirmed write through ${ROUNDS} kills with SIGKILL at random moments`, async () => {
    expect(commands.has("note") || commands.has("book"), "the bot has no write command to drive").toBe(true);
    const random = seededRandom(20_251_123);
    const confirmed: Confirmed = { notes: [], bookings: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const killAfterMs = 100 + Math.floor(random() * 1_200);
      await botRound(round, killAfterMs, confirmed);
      await verifyStore(confirmed);
    }
    // The kills landed while writes were going on, not before the first one.
    expect(confirmed.notes.length + confirmed.bookings.length).toBeGreaterThan(ROUNDS);
  }, 180_000);

  it("stops on SIGTERM with exit code 0 within a few seconds", async () => {
    const bot = spawnBot({ env: botEnv({ apiRoot: proxy.apiRoot, owners: OWNERS, key, dataDir }) });
    await bot.ready;
    const chat = OWNERS.at(-1)!;
    await sendText(clientFor(emulator.server, chat, chat, "private"), "/help");
    expect(await waitForReplies(emulator.server, chat, 1, 10_000)).toBe(true);
    bot.kill("SIGTERM");
    const exit = await Promise.race([bot.exited, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 5_000))]);
    await bot.stop();
    expect(exit).toEqual({ code: 0, signal: null });
  }, 30_000);
});
