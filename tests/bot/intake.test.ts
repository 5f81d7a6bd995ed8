import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { ChatBridge, LOCAL_BOT_INFO } from "../../src/bot/transport/chat-bridge.js";
import { createLocalFetch } from "../../src/bot/transport/local-api.js";
import { APP_RECIPES } from "../../src/core/intake/index.js";
import { maskNumber } from "../../src/core/phone/index.js";
import { contactsOf } from "../../src/store/contacts.js";
import { verdictLogOf } from "../../src/store/verdict-log.js";
import { escapeHtml } from "../../src/bot/i18n.js";
import { createHarness, OWNER_ID, RecordingSurface, type Harness } from "../support/harness.js";
import { intakeFor, type IntakeDriver } from "../support/intake.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

// Monday 23 Nov 2026, 12:00 in Berlin (CET, UTC+1): outside her quiet hours.
const NOW = Date.UTC(2026, 10, 23, 11, 0);
const berlin = (day: number, hour: number, minute: number) => Date.UTC(2026, 10, day, hour - 1, minute);
const TOM = "+491712345678";
const missedCall = (at = "23.11.2026 11:55", number = "0171 2345678") => ({ kind: "missed-call", number, at });

/** Every collection, decrypted: what a refused request must leave exactly as it was. */
async function storeSnapshot(h: Harness): Promise<string> {
  const stores = h.services.stores as unknown as Record<string, { all(): Promise<unknown[]> }>;
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(stores).sort()) out[name] = await stores[name]!.all();
  return JSON.stringify(out);
}

const intakeMessages = (h: Harness) => h.surface.shown.filter((m) => m.html.startsWith("📲"));

describe("reports from her phone (POST /intake)", () => {
  let h: Harness;
  let intake: IntakeDriver;
  beforeEach(async () => {
    h = await createHarness({ now: NOW });
    intake = intakeFor(h);
  });
  afterEach(async () => {
    const emptyRows = keyboardsWithEmptyRows(h.apiCalls);
    await h.close();
    expect(emptyRows).toEqual([]);
  });

  it("/devices add shows the token once, with the ready-made request; /devices lists the device with its last report; a tap revokes it", async () => {
    const [added] = await h.send("/devices add Diensthandy");
    const token = /qlt_[A-Za-z0-9_-]{43}/.exec(added!.html)![0];
    expect(added?.html).toContain("<b>Diensthandy</b> ist angelegt");
    expect(added?.html).toContain(`<code>Authorization: Bearer ${token}</code>`);
    expect(added?.html).toContain("<code>https://dein-server.example/intake</code>");
    for (const body of [APP_RECIPES.macrodroid.missedCall, APP_RECIPES.tasker.missedCall, APP_RECIPES.macrodroid.sms, APP_RECIPES.tasker.sms]) {
      expect(added?.html).toContain(`<code>${escapeHtml(body)}</code>`);
    }
    expect(added?.choices).toEqual(["🗑 Nachricht löschen"]);

    const [list] = await h.send("/devices");
    expect(list?.html).toContain("<b>Diensthandy</b>: hat noch nichts gemeldet");
    expect(list?.html).toContain("Meldungen: immer");
    // The harness runs without INTAKE_PORT or a webhook: she is told the endpoint is off.
    expect(list?.html).toContain("Die Schnittstelle ist aus");
    expect(list?.html).not.toContain(token);

    expect((await intake.post(missedCall(), { token })).status).toBe(200);
    h.advance(5 * 60_000);
    const [later] = await h.send("/devices");
    expect(later?.html).toContain("<b>Diensthandy</b>: zuletzt heute 12:00, einmal");

    const [redrawn] = await h.tapLabel("🗑 Diensthandy");
    expect(h.surface.notices.at(-1)).toBe("Diensthandy hat keinen Zugang mehr.");
    expect(redrawn?.edited).toBe(true);
    expect(redrawn?.html).toContain("Noch keins.");
    expect((await intake.post(missedCall("23.11.2026 11:58"), { token })).status).toBe(401);
  });

  it("stores a missed call like a pasted note and announces it with the number masked, the verdict and the buttons", async () => {
    const token = await intake.addDevice();
    const response = await intake.post(missedCall(), { token });
    expect(response).toMatchObject({ status: 200 });
    expect(JSON.parse(response.body)).toEqual({ ok: true, events: 1, duplicates: 0 });
    const card = await contactsOf(h.services).get(TOM);
    expect(card?.events).toEqual([expect.objectContaining({ kind: "missed-call", at: berlin(23, 11, 55), atSource: "text", recordedAt: NOW })]);

    const [announced] = intakeMessages(h);
    expect(announced?.html).toMatch(/^📲 <b>Diensthandy<\/b>\n\n<b>verpasster Anruf<\/b> · heute 11:55/);
    expect(announced?.html).toContain(`📞 ${escapeHtml(maskNumber(TOM))} · Handy`);
    expect(announced?.html).not.toContain("2345678");
    expect(announced?.html).toMatch(/[✅💬⏳⛔]/u);
    expect(announced?.choices.some((c) => c.startsWith("👤 Karte"))).toBe(true);
  });

  it("makes three calls from one number within minutes one message, updated, and starts a new one after a pause", async () => {
    const token = await intake.addDevice();
    for (const minute of [50, 52, 54]) {
      h.advance(60_000);
      expect((await intake.post(missedCall(`23.11.2026 11:${minute}`), { token })).status).toBe(200);
    }
    const messages = intakeMessages(h);
    expect(messages.map((m) => m.edited)).toEqual([false, true, true]);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(1);
    expect(messages.at(-1)?.html).toMatch(/^📲 <b>Diensthandy<\/b> – 3 Ereignisse/);
    expect(h.apiCalls.filter((c) => c.method === "sendMessage" && String(c.params.text).startsWith("📲"))).toHaveLength(1);
    expect((await contactsOf(h.services).get(TOM))?.events).toHaveLength(3);

    h.advance(11 * 60_000);
    await intake.post(missedCall("23.11.2026 12:14"), { token });
    expect(intakeMessages(h).at(-1)).toMatchObject({ edited: false });
    expect(intakeMessages(h).at(-1)?.html).not.toContain("Ereignisse");
  });

  it("keeps a burst's reports in memory only while one can still join it, not until the next report", async () => {
    const short = intakeFor(h, { burstMs: 100 });
    const token = await short.addDevice();
    expect((await short.post(missedCall("23.11.2026 11:50"), { token })).status).toBe(200);
    expect(short.desk.heldCallers).toBe(1);
    h.advance(60_000);
    // The desk looks again a second after the burst could have grown, without a report coming.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(short.desk.heldCallers).toBe(0);
    short.desk.close();
  });

  it("stores and announces the same event once, whether the app resends the same body or another", async () => {
    const token = await intake.addDevice();
    expect(JSON.parse((await intake.post(missedCall(), { token })).body)).toEqual({ ok: true, events: 1, duplicates: 0 });
    expect(JSON.parse((await intake.post(missedCall(), { token })).body)).toEqual({ ok: true, duplicate: true });
    const again = await intake.post({ ...missedCall(), note: "retry" }, { token });
    expect(JSON.parse(again.body)).toEqual({ ok: true, events: 1, duplicates: 1 });
    expect((await contactsOf(h.services).get(TOM))?.events).toHaveLength(1);
    expect(intakeMessages(h)).toHaveLength(1);
  });

  it("refuses wrong, missing and revoked tokens with 401 and changes nothing", async () => {
    const token = await intake.addDevice();
    const other = await intake.addDevice("Tablet");
    await h.send("/devices");
    await h.tapLabel("🗑 Tablet");
    const before = await storeSnapshot(h);
    const shownBefore = h.surface.shown.length;
    const wrong = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    for (const request of [{ token: wrong }, {}, { token: other }, { headers: { authorization: token } }, { headers: { authorization: `Basic ${token}` } }]) {
      const response = await intake.post(missedCall(), request);
      expect(response.status).toBe(401);
      expect(response.body).toBe('{"error":"unauthorized"}');
      expect(response.headers["www-authenticate"]).toContain("Bearer");
    }
    expect(await storeSnapshot(h)).toBe(before);
    expect(h.surface.shown.length).toBe(shownBefore);
  });

  it("refuses oversize, malformed and unreadable bodies with a fixed 4xx and stores nothing", async () => {
    const token = await intake.addDevice();
    const before = await storeSnapshot(h);
    const cases: Array<[string | Buffer | object, number, { contentType?: string; method?: string; path?: string }?]> = [
      ["x".repeat(40_000), 413, { contentType: "text/plain" }],
      ["{not json", 400, { contentType: "application/json" }],
      [{ kind: "fax", number: "0171 2345678" }, 400],
      [{ number: "0171 2345678" }, 400],
      [{ kind: "missed-call", number: 1712345678 }, 400],
      [{ kind: "missed-call", number: "0171 2345678", at: "vorhin" }, 400],
      [{ kind: "missed-call", number: "0171 2345678", at: "01.01.2020 10:00" }, 400],
      ["[1,2,3]", 400, { contentType: "application/json" }],
      [Buffer.from([0xff, 0xfe, 0x00, 0x41]), 400, { contentType: "text/plain" }],
      ["   ", 400, { contentType: "text/plain" }],
      ["Einkaufsliste: Milch, Brot", 422, { contentType: "text/plain" }],
      ["<xml/>", 415, { contentType: "application/xml" }],
      [missedCall(), 405, { method: "GET" }],
      [missedCall(), 404, { path: "/intake/x" }],
    ];
    for (const [body, status, options] of cases) {
      const response = await intake.post(body, { token, ...options });
      expect(response.status, `${status}: ${String(body).slice(0, 30)}`).toBe(status);
      expect(Object.keys(JSON.parse(response.body))).toEqual(["error"]);
    }
    // Accepted requests would have recorded the device's use; refused ones change nothing at all.
    expect(await storeSnapshot(h)).toBe(before);
    expect(intakeMessages(h)).toEqual([]);
  });

  it("answers 429 with Retry-After beyond the per-minute limit, per device", async () => {
    const limited = intakeFor(h, { limits: { perMinute: 3 } });
    const token = await limited.addDevice();
    const tablet = await limited.addDevice("Tablet");
    for (const minute of [50, 51, 52]) expect((await limited.post(missedCall(`23.11.2026 11:${minute}`), { token })).status).toBe(200);
    const refused = await limited.post(missedCall("23.11.2026 11:53"), { token });
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("60");
    expect((await limited.post(missedCall("23.11.2026 11:53"), { token: tablet })).status).toBe(200);
    h.advance(61_000);
    expect((await limited.post(missedCall("23.11.2026 11:54"), { token })).status).toBe(200);
    expect((await contactsOf(h.services).get(TOM))?.events).toHaveLength(5);
  });

  it("counts withheld callers without storing them, in one message that keeps the count", async () => {
    const token = await intake.addDevice();
    await intake.post({ kind: "missed-call", number: "0", at: "23.11.2026 11:50" }, { token });
    h.advance(60_000);
    await intake.post({ kind: "missed-call", number: "", at: "23.11.2026 11:51" }, { token });
    const messages = intakeMessages(h);
    expect(messages.map((m) => m.edited)).toEqual([false, true]);
    expect(messages.at(-1)?.html).toContain("Nummer unterdrückt");
    expect(messages.at(-1)?.html).toContain("Heute 2 Anrufe mit unterdrückter Nummer (nur gezählt, nichts gespeichert).");
    expect((await contactsOf(h.services).recent()).total).toBe(0);
    const [list] = await h.send("/devices");
    expect(list?.html).toContain("Heute 2 Anrufe mit unterdrückter Nummer");
  });

  it("announces always, silently during quiet hours, or not at all, as /settings says", async () => {
    const token = await intake.addDevice();
    await h.send("/settings");
    expect(h.last().html).toContain("Meldungen vom Handy: immer");
    const [menu] = await h.tapLabel("Meldungen vom Handy");
    expect(menu?.html).toContain("<b>nur sammeln</b>: keine Nachricht");
    await h.tapLabel("nur sammeln");
    expect(h.last().html).toContain("Meldungen vom Handy: nur sammeln");
    await intake.post(missedCall(), { token });
    expect(intakeMessages(h)).toEqual([]);
    expect((await contactsOf(h.services).get(TOM))?.events).toHaveLength(1);

    await h.tapLabel("Meldungen vom Handy");
    await h.tapLabel("leise in der Ruhezeit");
    const silent = () => h.apiCalls.filter((c) => c.method === "sendMessage" && String(c.params.text).startsWith("📲")).map((c) => c.params.disable_notification === true);
    await intake.post(missedCall("23.11.2026 11:57", "0160 9876543"), { token });
    h.setNow(berlin(23, 22, 30));
    await intake.post(missedCall("23.11.2026 22:25", "0176 5551234"), { token });
    expect(silent()).toEqual([false, true]);
  });

  it("reads an SMS sent as plain text like a pasted note, and a draft comes with the verdict", async () => {
    const token = await intake.addDevice();
    const response = await intake.post("SMS von +491712345678: Hast du heute 17 Uhr Zeit?", { token, contentType: "text/plain" });
    expect(response.status).toBe(200);
    const [announced] = intakeMessages(h);
    expect(announced?.html).toContain("<b>SMS</b>");
    expect(announced?.html).toContain("fragt nach einem Termin heute 17:00");
    expect(announced?.html).toMatch(/💬/u);
    expect(announced?.html).toMatch(/<code>[^<]*17:00[^<]*<\/code>/);
    expect((await contactsOf(h.services).get(TOM))?.events[0]).toMatchObject({ kind: "sms", lang: "de" });
  });

  it("announces in her chats on every transport", async () => {
    const second = new RecordingSurface();
    const bridge = new ChatBridge(OWNER_ID + 1, second, h.now);
    const signalLike = createBot(h.services, { token: "0:second", botInfo: LOCAL_BOT_INFO, fetch: createLocalFetch(bridge.handle) });
    await signalLike.init();
    const both = intakeFor(h, { targets: () => [{ bot: h.bot, chatIds: [OWNER_ID] }, { bot: signalLike, chatIds: [OWNER_ID + 1] }] });
    const token = await both.addDevice();
    await both.post(missedCall(), { token });
    expect(intakeMessages(h)).toHaveLength(1);
    expect(second.shown.filter((m) => m.html.startsWith("📲"))).toHaveLength(1);
    // The verdict is logged once, not once per chat.
    const history = await verdictLogOf(h.services.stores, "+491712345678");
    expect(history.filter((e) => e.kind === "verdict")).toHaveLength(1);
  });

  it("loses nothing when her update and a report write the same card at the same moment", async () => {
    const token = await intake.addDevice();
    const numbers = ["0171 2345678", "0160 9876543", "0176 5551234", "0151 12345678", "0172 3456789"];
    await Promise.all(numbers.flatMap((number) => [h.send(`/note ${number} nur mittags`), intake.post(missedCall("23.11.2026 11:55", number), { token })]));
    for (const number of numbers) {
      const card = await contactsOf(h.services).get(`+49${number.replace(/\D/g, "").slice(1)}`);
      expect(card?.notes, number).toHaveLength(1);
      expect(card?.events, number).toHaveLength(1);
    }
  });

  it("logs no number, no text and no token", async () => {
    const token = await intake.addDevice();
    await intake.post(missedCall(), { token });
    await intake.post("SMS von +491712345678: Hallo, hier ist Tom, heute 17 Uhr?", { token, contentType: "text/plain" });
    await intake.post(missedCall(), { token: "qlt_wrong" });
    const logs = h.logLines.join("\n");
    for (const secret of ["2345678", "Tom", "Hallo", "17 Uhr", token.slice(4), "Diensthandy"]) expect(logs).not.toContain(secret);
    expect(logs).toContain('"event":"intake"');
  });
});
