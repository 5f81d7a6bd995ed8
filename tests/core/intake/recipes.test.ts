import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APP_RECIPES, readIntake, type IntakeNote } from "../../../src/core/intake/index.js";
import { REPO_ROOT } from "../../support/bot-process.js";

const NOW = Date.UTC(2026, 10, 23, 13, 10);
const ctx = { now: NOW, timeZone: "Europe/Berlin", region: "DE" };

/** What each app puts in place of its variables. */
const VALUES: Readonly<Record<string, string>> = {
  "{call_number}": "+49 171 2345678",
  "{sms_number}": "+491609876543",
  "{sms_message}": 'Hast du "heute" 17 Uhr Zeit?\nLG',
  "%CNUM": "01712345678",
  "%TIMEMS": String(NOW - 60_000),
  "%SMSRF": "+491609876543",
  "%SMSRB": "Kannst du morgen um 18 Uhr?",
};
const fill = (template: string) => Object.entries(VALUES).reduce((text, [name, value]) => text.split(name).join(value), template);

function read(body: string, json: boolean) {
  const note: IntakeNote = json ? { form: "fields", ...(JSON.parse(body) as { kind: "missed-call" }) } : { form: "text", text: body };
  return readIntake(note, ctx);
}

describe("the recipes for the apps", () => {
  it.each(Object.entries(APP_RECIPES))("%s: a missed call and an SMS, filled in as the app fills them, are read as events", (_app, recipe) => {
    const call = read(fill(recipe.missedCall), true);
    expect(call.ok && call.events).toEqual([expect.objectContaining({ kind: "missed-call", caller: expect.objectContaining({ e164: "+491712345678" }) })]);
    const sms = read(fill(recipe.sms), false);
    expect(sms.ok && sms.events).toEqual([expect.objectContaining({ kind: "sms", caller: expect.objectContaining({ e164: "+491609876543" }) })]);
    expect(sms.ok && sms.events[0]?.asked.appointment).toBeDefined();
  });

  it("Tasker's '0' for an unknown caller is a withheld caller", () => {
    const body = APP_RECIPES.tasker.missedCall.replace("%CNUM", "0").replace("%TIMEMS", String(NOW));
    expect(read(body, true)).toMatchObject({ ok: true, events: [{ caller: { kind: "withheld" }, at: NOW, atSource: "text" }] });
  });

  it("README shows exactly these bodies", () => {
    const readme = readFileSync(`${REPO_ROOT}/README.md`, "utf8");
    for (const recipe of Object.values(APP_RECIPES)) {
      expect(readme).toContain(`\`${recipe.missedCall}\``);
      expect(readme).toContain(`\`${recipe.sms}\``);
    }
  });
});
