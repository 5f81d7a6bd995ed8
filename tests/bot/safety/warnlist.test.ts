import { afterEach, describe, expect, it } from "vitest";
import { warnListInfo, warnListReason } from "../../../src/store/warnlist.js";
import { createHarness, type Harness } from "../../support/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const firstLine = (html: string) => html.split("\n")[0];
const LIST = ["# vom Verein", "Nummer;Grund", "0171 2345678; gewalttätig", "+49 160 9876543, zahlt nicht", "015112345678\tfilmt heimlich"].join("\n");

async function imported(list = LIST): Promise<Harness> {
  h = await createHarness();
  await h.send("/warnlist import");
  const [reply] = await h.send(list);
  expect(reply!.html).toContain("Warnliste importiert: 3 Nummern");
  return h;
}

describe("the warning list", () => {
  it("shows nothing imported, then the count and the date of the import", async () => {
    h = await createHarness();
    const [none] = await h.send("/warnlist");
    expect(none!.html).toContain("noch keine importiert");
    await h.send("/warnlist import");
    await h.send(LIST);
    const [status] = await h.send("/warnlist");
    expect(status!.html).toContain("3 Nummern, importiert am 2026-11-23");
  });

  it("stores keyed hashes with the reason, never the numbers", async () => {
    h = await imported();
    expect(await warnListReason(h.services.stores, "+491712345678")).toBe("gewalttätig");
    expect(await warnListReason(h.services.stores, "+4915112345678")).toBe("filmt heimlich");
    expect(await warnListReason(h.services.stores, "+491700000000")).toBeUndefined();
    const buckets = await h.services.stores.warnListBuckets.all();
    expect(JSON.stringify(buckets)).not.toMatch(/491712345678|1712345678/);
    expect(buckets.flatMap((b) => b.entries)).toHaveLength(3);
  });

  it("makes /check ⛔ with the reason, whatever else applies", async () => {
    h = await imported();
    // A fresh voicemail asking for a callback would be ✅ without the list.
    await h.send("Mailbox 11:50 von 0171 2345678: bitte zurückrufen");
    const [check] = await h.send("/check 0171 2345678");
    expect(firstLine(check!.html)).toBe("⛔ Nicht melden");
    expect(check!.html).toContain("⚠️ Auf der Warnliste: gewalttätig");
    const [other] = await h.send("/check 0170 1234567");
    expect(other!.html).not.toContain("Warnliste");
  });

  it("makes every inbound note on a listed number ⛔", async () => {
    h = await imported();
    const replies = await h.send("Entgangener Anruf von +49 160 9876543");
    const text = replies.map((r) => r.html).join("\n");
    expect(text).toMatch(/^⛔ /m);
    expect(text).toContain("⚠️ Auf der Warnliste: zahlt nicht");
    // An English interface words it in English.
    await h.services.stores.general.set("general", { interfaceLanguage: "en", setupDone: true });
    const english = (await h.send("/check +4915112345678")).map((r) => r.html).join("\n");
    expect(english).toContain("⚠️ On the warning list: filmt heimlich");
  });

  it("reports malformed lines by number and imports nothing: the list in force stays", async () => {
    h = await imported();
    const before = await warnListInfo(h.services.stores);
    await h.send("/warnlist import");
    const [reply] = await h.send(["0160 1111111, ok", "Hans, gefährlich", "0151 2223334", "0152 33333333, auch ok"].join("\n"));
    expect(reply!.html).toContain("Nichts importiert – 2 Zeilen kann ich nicht lesen");
    expect(reply!.html).toContain("Zeile 2: keine Nummer erkannt");
    expect(reply!.html).toContain("Zeile 3: der Nummer fehlen Ziffern, oder sie hat zu viele");
    expect(reply!.html).not.toContain("Zeile 1");
    expect(await warnListInfo(h.services.stores)).toEqual(before);
    expect(await warnListReason(h.services.stores, "+491601111111")).toBeUndefined();
    expect(await warnListReason(h.services.stores, "+491712345678")).toBe("gewalttätig");
  });

  it("takes a CSV file (also in the Windows encoding), sent with the command as caption or after it; a new list replaces the old", async () => {
    h = await imported();
    const csv = Buffer.from("Nummer;Grund\r\n0170 7654321;übergriffig\r\n", "latin1");
    const [reply] = await h.sendDocument("liste.csv", csv, "text/csv", "/warnlist import");
    expect(reply!.html).toContain("Warnliste importiert: eine Nummer");
    expect(await warnListReason(h.services.stores, "+491707654321")).toBe("übergriffig");
    expect(await warnListReason(h.services.stores, "+491712345678")).toBeUndefined();
    expect(await h.services.stores.warnListBuckets.all()).toHaveLength(1);
    await h.send("/warnlist import");
    const [again] = await h.sendDocument("l.txt", Buffer.from("0171 2345678 gewalttätig\n0171 2345678 doppelt\n"), "text/plain");
    expect(again!.html).toContain("Eine Zeile nannte eine Nummer ein zweites Mal");
    const [binary] = await h.sendDocument("l.csv", Buffer.from([0, 1, 2, 3]), "text/csv", "/warnlist import");
    expect(binary!.html).toContain("keine Textdatei");
  });

  it("/cancel leaves the list as it was; clear deletes it", async () => {
    h = await imported();
    await h.send("/warnlist import");
    const [cancelled] = await h.send("/cancel");
    expect(cancelled!.html).toBe("Abgebrochen.");
    const [cleared] = await h.send("/warnlist clear");
    expect(cleared!.html).toBe("Warnliste gelöscht.");
    expect(await warnListInfo(h.services.stores)).toBeUndefined();
    expect(await h.services.stores.warnListBuckets.all()).toEqual([]);
    const [check] = await h.send("/check 0171 2345678");
    expect(check!.html).not.toContain("Warnliste");
  });

  it("exports her blocked numbers only after a confirmation that says what leaves the bot", async () => {
    h = await createHarness();
    const [none] = await h.send("/warnlist export");
    expect(none!.html).toContain("keine gesperrten Nummern");
    await h.send("/flag 0171 2345678 blocked");
    await h.send("/flag 0160 9876543 nocall");
    await h.send("/note 0171 2345678 Tiefgarage Nordeingang");
    const [ask] = await h.send("/warnlist export");
    expect(ask!.html).toContain("deine gesperrte Nummer");
    expect(ask!.html).toContain("Was den Bot verlässt:");
    expect(ask!.choices).toEqual(["📤 Ja, Datei erstellen", "Abbrechen"]);
    const files = h.surface.files.length;
    await h.tapLabel("Abbrechen");
    expect(h.surface.files).toHaveLength(files);
    await h.send("/warnlist export");
    await h.tapLabel("Ja, Datei erstellen");
    const file = h.surface.files.at(-1)!;
    expect(file.name).toBe("quietline-blocked-2026-11-23.csv");
    const content = file.content.toString("utf8");
    expect(content).toContain("+491712345678,gesperrt seit 2026-11-23");
    expect(content).not.toContain("9876543");
    expect(content).not.toContain("Tiefgarage");
    // What she exports, a colleague imports.
    await h.send("/warnlist import");
    const [back] = await h.sendDocument(file.name, file.content, "text/csv");
    expect(back!.html).toContain("Warnliste importiert: eine Nummer");
  });
});
