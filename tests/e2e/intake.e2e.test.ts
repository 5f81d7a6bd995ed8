import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contactsOf } from "../../src/store/contacts.js";
import { decodeMasterKey, generateMasterKey } from "../../src/store/crypto.js";
import { openStores } from "../../src/store/stores.js";
import { Vault } from "../../src/store/vault.js";
import { spawnBot, type BotProcess } from "../support/bot-process.js";
import { clientFor, collect, EMULATOR_OWNER, freePort, say, emulatorAndDataDir, emulatorBotEnv, type EmulatedReply } from "../support/emulator.js";
import { SignalDaemon } from "../support/signal-daemon.js";
import { BOT_NUMBER, HER } from "../support/signal-harness.js";
import { TOKEN_IN_TEXT } from "../support/intake.js";

const TOM = { e164: "+491712345678", national: "0171 2345678" };
const ANNA = { e164: "+491609876543", national: "0160 9876543" };
const MAX = { e164: "+4915112345678", national: "0151 12345678" };
const SMS_TEXT = "Hallo, hier ist Tom, hast du heute 17 Uhr Zeit?";

/** When the endpoint's server logged that it listens (it starts after the transports). */
async function listening(bot: BotProcess, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!bot.lines.some((l) => l.includes("intake endpoint listening") || l.includes('"mode":"webhook"'))) {
    if (Date.now() > deadline) throw new Error("the intake endpoint did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
}

function poster(port: number) {
  return async (body: unknown, options: { token?: string; contentType?: string; raw?: boolean } = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}/intake`, {
      method: "POST",
      headers: {
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        "content-type": options.contentType ?? "application/json",
      },
      body: options.raw || typeof body === "string" ? (body as string) : JSON.stringify(body),
    });
    return { status: response.status, retryAfter: response.headers.get("retry-after"), json: (await response.json()) as Record<string, unknown> };
  };
}

/** The store's bytes: the database and its write-ahead log. */
function storeBytes(dataDir: string): string {
  return ["quietline.sqlite", "quietline.sqlite-wal"]
    .map((f) => join(dataDir, f))
    .map((path) => (existsSync(path) ? readFileSync(path).toString("base64") : ""))
    .join("|");
}

const intakeOnly = (replies: readonly EmulatedReply[]) => replies.filter((r) => r.text.startsWith("📲"));

describe("POST /intake against the real process", () => {
  const fixture = emulatorAndDataDir("quietline-intake-e2e-");

  it("announces with the verdict, bursts into one message, refuses bad tokens and bodies without a trace, stores a retry once, limits the rate, logs nothing personal", async () => {
    const key = generateMasterKey();
    const port = await freePort();
    const bot = spawnBot({
      env: {
        ...emulatorBotEnv(fixture.emulator, fixture.dataDir, key),
        INTAKE_PORT: String(port),
        LOG_LEVEL: "debug",
      },
    });
    const edits: number[] = [];
    fixture.emulator.server.on("EditedMessageText", () => edits.push(Date.now()));
    try {
      await bot.ready;
      await listening(bot);
      const post = poster(port);
      const owner = clientFor(fixture.emulator.server, EMULATOR_OWNER, EMULATOR_OWNER, "private");
      const tokenOf = async (label: string) => TOKEN_IN_TEXT.exec((await say(owner, `/devices add ${label}`))[0]?.text ?? "")![0];
      const phone = await tokenOf("Diensthandy");
      const tablet = await tokenOf("Tablet");
      const old = await tokenOf("Altgerät");
      const [list] = await say(owner, "/devices");
      const revoke = list!.buttons.find((b) => b.text.includes("Altgerät"))!;
      await owner.sendCallback(owner.makeCallbackQuery(revoke.callback_data!, { message: { message_id: list!.messageId } as never }));
      await collect(owner, 0, 1_500);

      // A valid token: the owner's chat shows the verdict, the number masked.
      const first = await post({ kind: "missed-call", number: TOM.national }, { token: phone });
      expect(first).toMatchObject({ status: 200, json: { ok: true, events: 1, duplicates: 0 } });
      const [announced] = intakeOnly(await collect(owner, 1));
      expect(announced?.text).toMatch(/^📲 <b>Diensthandy<\/b>/);
      expect(announced?.text).toMatch(/^(✅|💬|⏳|⛔) /m);
      expect(announced?.text).not.toContain("2345678");

      // Three calls from one number within minutes: one message, edited twice.
      const editsBefore = edits.length;
      for (const minute of [1, 3, 5]) {
        const at = new Date(Date.now() - (10 - minute) * 60_000).toISOString();
        expect((await post({ kind: "missed-call", number: ANNA.national, at }, { token: phone })).status).toBe(200);
      }
      const burst = intakeOnly(await collect(owner, 1, 8_000, 1_000));
      expect(burst).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 500));
      expect(edits.length - editsBefore).toBe(2);
      const stored = fixture.emulator.server.storage.botMessages.find((u) => u.messageId === burst[0]!.messageId);
      expect(String((stored?.message as { text?: string }).text)).toMatch(/^📲 <b>Diensthandy<\/b> – 3 Ereignisse/);

      // Wrong, missing and revoked tokens, oversize and malformed bodies: 4xx, and the store stays byte for byte as it was.
      await new Promise((r) => setTimeout(r, 300));
      const before = storeBytes(fixture.dataDir);
      const wrong = `${phone.slice(0, -3)}${phone.endsWith("AAA") ? "BBB" : "AAA"}`;
      for (const token of [wrong, undefined, old]) {
        const refused = await post({ kind: "missed-call", number: TOM.national }, { ...(token && { token }) });
        expect(refused).toMatchObject({ status: 401, json: { error: "unauthorized" } });
      }
      expect((await post("x".repeat(64 * 1024), { token: phone, contentType: "text/plain" })).status).toBe(413);
      expect((await post('{"kind":"missed-call","number":', { token: phone, raw: true })).status).toBe(400);
      expect((await post({ kind: "telegram", number: TOM.national }, { token: phone })).status).toBe(400);
      expect((await post("no call in here", { token: phone, contentType: "text/plain" })).status).toBe(422);
      await new Promise((r) => setTimeout(r, 300));
      expect(storeBytes(fixture.dataDir)).toBe(before);
      expect(intakeOnly(await collect(owner, 0, 800))).toEqual([]);

      // The same event twice: stored and announced once.
      const sms = `SMS von ${MAX.e164}: ${SMS_TEXT}`;
      expect((await post(sms, { token: phone, contentType: "text/plain" })).json).toMatchObject({ ok: true, events: 1, duplicates: 0 });
      expect((await post(sms, { token: phone, contentType: "text/plain" })).json).toEqual({ ok: true, duplicate: true });
      expect(intakeOnly(await collect(owner, 1, 8_000, 800))).toHaveLength(1);

      // The rate limit, per device: the 31st request within a minute gets 429 and Retry-After.
      for (let i = 0; i < 30; i++) expect((await post("{", { token: tablet, raw: true })).status).toBe(400);
      const limited = await post({ kind: "missed-call", number: TOM.national }, { token: tablet });
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBeGreaterThan(0);
      expect((await post({ kind: "missed-call", number: "0176 5551234" }, { token: phone })).status).toBe(200);

      bot.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });

      // Logs: statuses, ids and durations; no number, text or token.
      const logs = bot.lines.join("\n");
      for (const secret of ["2345678", "9876543", "5551234", "12345678", "Tom", "17 Uhr", "Diensthandy", phone.slice(4), tablet.slice(4)]) expect(logs).not.toContain(secret);
      expect(logs).toContain('"status":401');
      expect(logs).toContain('"status":429');

      // In the store: Tom's missed call, Anna's three calls, Max's SMS once.
      const vault = await Vault.open({ dataDir: fixture.dataDir, masterKey: decodeMasterKey(key)!, onError: () => undefined });
      try {
        const stores = await openStores(vault);
        const contacts = contactsOf({ stores, clock: Date.now, config: { phoneRegion: "DE" } });
        expect((await contacts.get(TOM.e164))?.events.map((e) => e.kind)).toEqual(["missed-call"]);
        expect((await contacts.get(MAX.e164))?.events.map((e) => e.kind)).toEqual(["sms"]);
        expect((await contacts.get(ANNA.e164))?.events).toHaveLength(3);
        expect(JSON.stringify(await stores.devices.all())).not.toContain(phone.slice(4));
      } finally {
        await vault.close();
      }
    } finally {
      await bot.stop();
    }
  }, 90_000);

  it("in webhook mode, beside Signal: the webhook server takes /intake and the report reaches both chats", async () => {
    const daemon = await SignalDaemon.start({ account: BOT_NUMBER });
    const webhookDir = mkdtempSync(join(tmpdir(), "quietline-intake-webhook-"));
    const port = await freePort();
    const secret = "webhook-secret-0123456789";
    const bot = spawnBot({
      env: {
        ...emulatorBotEnv(fixture.emulator, webhookDir),
        WEBHOOK_URL: "https://bot.example.invalid/hook",
        WEBHOOK_SECRET: secret,
        PORT: String(port),
        SIGNAL_CLI_URL: daemon.url,
        SIGNAL_ACCOUNT: BOT_NUMBER,
        SIGNAL_OWNERS: HER.number,
      },
    });
    try {
      await bot.ready;
      await listening(bot);
      await daemon.waitFor(() => daemon.connections > 0, 10_000, "the event stream");
      // She adds the device from Signal; the token works for the endpoint on the webhook port.
      const before = daemon.shown.length;
      await daemon.answered(daemon.say(HER, "/devices add Diensthandy"));
      const token = TOKEN_IN_TEXT.exec(daemon.shown.slice(before).map((m) => m.text).join("\n"))![0];
      const owner = clientFor(fixture.emulator.server, EMULATOR_OWNER, EMULATOR_OWNER, "private");
      await collect(owner, 0, 300);
      const shownBefore = daemon.shown.length;

      expect((await poster(port)({ kind: "missed-call", number: TOM.national }, { token })).status).toBe(200);
      const [telegram] = intakeOnly(await collect(owner, 1));
      expect(telegram?.text).toMatch(/^(✅|💬|⏳|⛔) /m);
      await daemon.waitFor(() => daemon.shown.slice(shownBefore).some((m) => m.text.startsWith("📲")), 8_000, "the Signal announcement");
      const signal = daemon.shown.slice(shownBefore).find((m) => m.text.startsWith("📲"));
      expect(signal?.recipient).toBe(HER.number);
      expect(signal?.text).toMatch(/^(✅|💬|⏳|⛔) /m);

      // The webhook itself still answers Telegram, with its secret.
      const update = { update_id: 1, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: EMULATOR_OWNER, type: "private" }, from: { id: EMULATOR_OWNER, is_bot: false, first_name: "X" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } };
      const hook = await fetch(`http://127.0.0.1:${port}/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: JSON.stringify(update) });
      expect(hook.status).toBe(200);
      bot.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });
    } finally {
      await bot.stop();
      await daemon.stop();
      rmSync(webhookDir, { recursive: true, force: true });
    }
  }, 60_000);
});
