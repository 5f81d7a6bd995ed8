import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportVault } from "../../src/store/backup.js";
import { storeBytes } from "../privacy/seed.js";
import { readableText } from "../support/plaintext.js";
import { AT_19, AT_2030, createSafetyHarness, makeBuddy, MINUTE, type SafetyHarness } from "../bot/safety/support.js";

const PLACE = "Hotel Adlon Zimmer 312";
const CLIENT = { national: "0171 2345678", e164: "+491712345678" };
const WALK_IN = { national: "0160 9876543", e164: "+491609876543" };
const DURESS = "Ananasbaum";
const ALERT_TEXT = "Ruf Kira an, Codewort Pinguin";
const LISTED = { national: "0152 33445566", reason: "Schlagbohrer" };

const needles = [
  PLACE, "Adlon", "Zimmer 312",
  CLIENT.e164, CLIENT.e164.slice(1), "01712345678", CLIENT.national, "1712345678",
  WALK_IN.e164, WALK_IN.e164.slice(1), "01609876543", WALK_IN.national, "1609876543",
  DURESS, DURESS.toLowerCase(),
  ALERT_TEXT, "Pinguin",
  "015233445566", "4915233445566", "15233445566", LISTED.national, LISTED.reason,
];
const leaks = (haystack: Buffer | string) => {
  const text = readableText(haystack);
  return needles.filter((n) => text.includes(n));
};

describe("leak proof for buddy, check-ins, duress word and warning list", () => {
  let s: SafetyHarness;
  beforeAll(async () => {
    s = await createSafetyHarness();
    await makeBuddy(s);
    await s.h.send(`/safety text ${ALERT_TEXT}`);
    await s.h.send(`/safety wort ${DURESS}`);
    await s.h.send("/warnlist import");
    await s.h.send(`${LISTED.national};${LISTED.reason}\n0170 1112223;anderer Grund`);
    await s.h.send(`/check ${LISTED.national}`);
    // One check-in answered late (alert with place and number), one ended by the duress word.
    await s.h.send(`/alias ${CLIENT.national} Tom`);
    await s.h.send("/book 19:00-20:30 Tom");
    await s.h.send("/day");
    await s.h.tapLabel("Check-in 19:00");
    await s.h.tapLabel("Ort angeben");
    await s.h.send(PLACE);
    await s.h.tapLabel("Nummer mitschicken");
    for (let t = AT_2030; t <= AT_2030 + 31 * MINUTE; t += 5 * MINUTE) await s.tickAt(t);
    await s.h.tapLabel("Alles ok");
    await s.h.send(`/checkin 21:30-22:00 ${WALK_IN.national}`);
    await s.h.tapLabel("Ort angeben");
    await s.h.send(PLACE);
    s.h.setNow(AT_19 + 150 * MINUTE);
    await s.h.send(`ok ${DURESS}`);
  });
  afterAll(() => s.close());

  it("the session really sent both alerts with the details, and ended both check-ins", async () => {
    const alerts = s.buddy.messages.filter((m) => m.text.includes("🚨"));
    expect(alerts).toHaveLength(2);
    expect(alerts[0]!.text).toContain(PLACE);
    expect(alerts[0]!.text).toContain(ALERT_TEXT);
    expect(alerts[0]!.text).toContain(CLIENT.national);
    expect(alerts[1]!.text).toContain("Notfallwort");
    expect(alerts[1]!.text).toContain(WALK_IN.national);
    expect(await s.h.services.stores.checkIns.all()).toEqual([]);
  });

  it("the data file, its WAL and journal show no place, number, duress word, alert text or listed number", async () => {
    expect(leaks(storeBytes(s.h.services.vault.file))).toEqual([]);
    await s.h.services.vault.checkpoint();
    expect(leaks(storeBytes(s.h.services.vault.file))).toEqual([]);
  });

  it("even decrypted, the place and the check-in's numbers are gone once the check-ins ended; the duress word never was", async () => {
    const everything = JSON.stringify(await exportVault(s.h.services.vault, s.h.now()));
    expect(everything).not.toContain("Adlon");
    expect(everything).not.toContain(WALK_IN.e164);
    expect(everything.toLowerCase()).not.toContain(DURESS.toLowerCase());
    // Her own /check of the listed number is in its verdict history, as any /check is; the list itself holds only hashes.
    const list = JSON.stringify([await s.h.services.stores.warnList.all(), await s.h.services.stores.warnListBuckets.all()]);
    expect(list).toContain(LISTED.reason);
    expect(list).not.toMatch(/15233445566|1701112223/);
  });

  it("the log says only check-in started, ended and alerted — and nothing of the details", () => {
    const log = s.h.logLines.join("\n");
    expect(leaks(log)).toEqual([]);
    expect(log).toContain("check-in started");
    expect(log).toContain("check-in ended");
    expect(log).toContain("check-in alerted");
    const checkInLines = s.h.logLines.filter((l) => /check-in/.test(l)).map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const line of checkInLines) {
      const { level: _level, time: _time, pid: _pid, hostname: _host, app: _app, msg, ...rest } = line;
      expect(msg).toMatch(/^check-in (started|ended|alerted)$/);
      expect(rest).toEqual({});
    }
    expect(log).not.toContain("Anna");
  });
});
