import { afterEach, describe, expect, it } from "vitest";
import { parseSafetyArgs } from "../../../src/bot/features/safety/settings.js";
import { holdsDuress, loadSafetySettings } from "../../../src/store/safety.js";
import { createHarness, type Harness } from "../../support/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("/safety", () => {
  it("reads its settings in German, English and Romanian, and nothing else", () => {
    expect(parseSafetyArgs("wartezeit 20")).toEqual({ kind: "grace", minutes: 20 });
    expect(parseSafetyArgs("grace 20 min")).toEqual({ kind: "grace", minutes: 20 });
    expect(parseSafetyArgs("așteptare 20")).toEqual({ kind: "grace", minutes: 20 });
    expect(parseSafetyArgs("word -")).toEqual({ kind: "duress", value: undefined });
    expect(parseSafetyArgs("cuvânt ananas")).toEqual({ kind: "duress", value: "ananas" });
    expect(parseSafetyArgs("text Bitte\nruf an")).toEqual({ kind: "text", value: "Bitte\nruf an" });
    for (const nonsense of ["", "__proto__", "constructor x", "toString 5", "hallo"]) expect(parseSafetyArgs(nonsense), nonsense).toBeUndefined();
  });

  it("shows the settings and changes the grace period by button or by command", async () => {
    h = await createHarness();
    const [summary] = await h.send("/safety");
    expect(summary!.html).toContain("Wartezeit: 15 Min.");
    expect(summary!.html).toContain("Notfallwort: keins");
    expect(summary!.choices).toEqual(["10 Min.", "✓ 15 Min.", "20 Min.", "30 Min."]);
    await h.tapLabel("30 Min.");
    expect((await loadSafetySettings(h.services.stores)).graceMinutes).toBe(30);
    const [bad] = await h.send("/safety wartezeit 2");
    expect(bad!.html).toContain("Bitte 5 bis 120 Minuten");
    const [good] = await h.send("/safety wartezeit 20");
    expect(good!.html).toBe("Wartezeit: 20 Min.");
    const [usage] = await h.send("/safety __proto__");
    expect(usage!.html).toContain("So geht’s");
  });

  it("keeps her alert text, and the standard one after '-'", async () => {
    h = await createHarness();
    await h.send("/safety text Ruf mich an, sonst 110");
    expect((await loadSafetySettings(h.services.stores)).alertText).toBe("Ruf mich an, sonst 110");
    const [tooLong] = await h.send(`/safety text ${"x".repeat(501)}`);
    expect(tooLong!.html).toContain("höchstens 500 Zeichen");
    await h.send("/safety text -");
    expect((await loadSafetySettings(h.services.stores)).alertText).toBeUndefined();
  });

  it("keeps the duress word only as a keyed hash, deletes her message, and refuses an ordinary ok", async () => {
    h = await createHarness();
    const [refused] = await h.send("/safety wort alles gut");
    expect(refused!.html).toContain("wie ein normales „ok“");
    const [saved] = await h.send("/safety wort Ananas");
    expect(saved!.html).toContain("Notfallwort gesetzt");
    const deleted = h.apiCalls.filter((c) => c.method === "deleteMessage");
    expect(deleted.length).toBeGreaterThanOrEqual(2);
    const settings = await loadSafetySettings(h.services.stores);
    expect(JSON.stringify(settings).toLowerCase()).not.toContain("ananas");
    expect(holdsDuress(settings.duress, "ANANAS!")).toBe(true);
    expect(holdsDuress(settings.duress, "Ananassaft")).toBe(false);
    const [shown] = await h.send("/safety");
    expect(shown!.html).toContain("Notfallwort: gesetzt");
    await h.send("/safety wort -");
    expect((await loadSafetySettings(h.services.stores)).duress).toBeUndefined();
  });
});
