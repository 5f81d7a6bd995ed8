import { afterEach, describe, expect, it } from "vitest";
import { startJobs } from "../../src/runtime/jobs.js";
import { contactsOf } from "../../src/store/contacts.js";
import { createHarness, type Harness } from "../support/harness.js";
import { SECRET, seedContact } from "./seed.js";

const DAY = 86_400_000;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("retention sweep", () => {
  it("runs at start, deletes events after 30 days by default, keeps alias, flags and notes", async () => {
    h = await createHarness();
    await seedContact(h.services);
    const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await jobs.tick({ forceSweep: true });
    expect((await contactsOf(h.services).get(SECRET.e164))?.events).toHaveLength(1);

    h.advance(31 * DAY);
    await jobs.tick();
    const card = await contactsOf(h.services).get(SECRET.e164);
    expect(card?.events).toEqual([]);
    expect(card?.alias).toBe(SECRET.alias);
    expect(card?.notes.map((n) => n.text)).toEqual([SECRET.note]);
    const lines = h.logLines.filter((l) => l.includes("retention sweep"));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).not.toContain(SECRET.alias);
    await jobs.stop();
  });

  it("follows her setting and runs again only once a day has passed, across restarts", async () => {
    h = await createHarness({ keepData: true });
    await h.send("/privacy ereignisse 7");
    expect(h.last().html).toContain("Anruf-Ereignisse 7 Tage");
    await seedContact(h.services);
    let jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await jobs.tick({ forceSweep: true });
    const sweptAt = (await h.services.stores.privacy.get("privacy"))?.lastSweepAt;
    expect(sweptAt).toBe(h.now());
    await jobs.stop();
    const { dataDir, masterKey } = h;
    const now = h.now();
    await h.close();

    // Restarted 12 hours later: not due yet. 8 days later: due, and the 7-day setting applies.
    h = await createHarness({ dataDir, masterKey, now: now + DAY / 2 });
    jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
    await jobs.tick();
    expect((await h.services.stores.privacy.get("privacy"))?.lastSweepAt).toBe(sweptAt);
    h.setNow(now + 8 * DAY);
    await jobs.tick();
    expect((await h.services.stores.privacy.get("privacy"))?.lastSweepAt).toBe(now + 8 * DAY);
    expect((await contactsOf(h.services).get(SECRET.e164))?.events).toEqual([]);
    await jobs.stop();
  });

  it("refuses settings outside 1–365 days with an example", async () => {
    h = await createHarness();
    await h.send("/privacy ereignisse 0");
    expect(h.last().html).toContain("/privacy ereignisse 60");
    await h.send("/privacy termine 400");
    expect(h.last().html).toContain("1–365");
    await h.send("/privacy termine 21");
    expect(h.last().html).toContain("vergangene Termine 21 Tage");
  });
});

describe("/privacy in Romanian", () => {
  it("shows the settings in Romanian and takes her Romanian words", async () => {
    h = await createHarness({ env: { BOT_LANGUAGE: "ro" } });
    const [shown] = await h.send("/privacy");
    expect(shown?.html).toContain("🔒 <b>Confidențialitate</b>");
    expect(shown?.html).toContain("<b>Ștergere automată:</b> după 30 min șterg mesajele tale și pe ale mele din acest chat.");
    expect(shown?.html).toContain("evenimente de apel 30 de zile · jurnalul verdictelor 30 de zile · programări trecute 14 zile.");
    expect(shown?.choices).toContain("✓ 🧹 30 min");
    expect(shown?.choices).toContain("Even. 90");
    await h.send("/privacy evenimente 1");
    expect(h.last().html).toContain("evenimente de apel 1 zi ·");
    await h.send("/privacy programări 2z");
    expect(h.last().html).toContain("programări trecute 2 zile.");
    await h.send("/privacy jurnal 60");
    expect((await h.services.stores.privacy.get("privacy"))?.retention).toEqual({ eventsDays: 1, verdictsDays: 60, appointmentsDays: 2 });
    await h.send("/privacy curățare 2h");
    expect(h.last().html).toContain("după 2 h șterg");
    await h.send("/privacy curatare oprit");
    expect(h.last().html).toContain("<b>Ștergere automată:</b> oprită – chatul rămâne cum e.");
    await h.send("/privacy curățare 7");
    expect(h.last().html).toContain("<code>/privacy curățare 30</code> (oprit, 5, 30, 2h, 24h)");
    await h.tapLabel("Even. 7");
    expect(h.surface.notices.at(-1)).toBe("Salvat.");
    expect(h.last().html).toContain("evenimente de apel 7 zile");
  });
});
