import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { createHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
});
afterEach(async () => h.close());

const html = (messages: { html: string }[]) => messages.map((m) => m.html).join("\n");

describe("/lint", () => {
  it("passes a neutral text", async () => {
    expect(html(await h.send("/lint Passt heute 17:00?"))).toContain("nichts gefunden");
  });

  it("points out a greeting name, a signature and a price with positions and a rewrite", async () => {
    const reply = html(await h.send("/lint Hallo Tom, passt heute 17:00? 200 Euro. LG Anna"));
    expect(reply).toMatch(/Name „Hallo Tom“ \(Zeichen 1\)/);
    expect(reply).toContain("Preis");
    expect(reply).toContain("Unterschrift");
    expect(reply).toMatch(/<code>Hallo, passt heute 17:00\?[^<]*<\/code>/);
  });

  it("flags her contacts' aliases and her own words, which she can add and remove", async () => {
    const e164 = "+491712345678";
    const now = h.now();
    await h.services.stores.contacts.set(e164, { e164, alias: "Bärchen", flags: {}, notes: [], events: [], outcomes: [], createdAt: now, updatedAt: now });
    expect(html(await h.send("/lint Bis gleich Bärchen"))).toContain("Name „Bärchen“");
    expect(html(await h.send("/lint Komm in die Wohnung oben"))).toContain("nichts gefunden");
    expect(html(await h.send("/lint add Wohnung"))).toContain("wird ab jetzt markiert");
    expect(html(await h.send("/lint Komm in die Wohnung oben"))).toContain("„Wohnung“");
    expect(html(await h.send("/lint words"))).toContain("wohnung");
    expect(html(await h.send("/lint remove Wohnung"))).toContain("nicht mehr auf deiner Liste");
    expect(html(await h.send("/lint Komm in die Wohnung oben"))).toContain("nichts gefunden");
    expect(html(await h.send("/lint"))).toContain("/lint add");
  });

  it("speaks Romanian and takes her Romanian verbs, while the checked text stays the client's German", async () => {
    await h.services.stores.general.set(GENERAL_ID, { setupDone: true, interfaceLanguage: "ro" });
    const reply = html(await h.send("/lint Hallo Tom, passt heute 17:00? 200 Euro. LG Anna"));
    expect(reply).toMatch(/^⚠️ Am găsit 3 probleme:/);
    expect(reply).toContain("• nume „Hallo Tom” (caracterul 1) → înlocuiește cu „Hallo”");
    expect(reply).toContain("preț/sumă");
    expect(reply).toContain("semnătură „LG Anna” (caracterul 41) → de șters");
    expect(reply).toMatch(/Variantă neutră:\n<code>Hallo, passt heute 17:00\?[^<]*<\/code>/);
    expect(html(await h.send("/lint Passt heute 17:00?"))).toContain("✅ Neutru – n-am găsit nimic.");
    expect(html(await h.send("/lint adaugă Wohnung"))).toContain("✅ „wohnung” va fi semnalat de acum încolo.");
    expect(html(await h.send("/lint cuvinte"))).toContain("<b>Cuvintele tale:</b> wohnung");
    expect(html(await h.send("/lint șterge Wohnung"))).toContain("✅ „wohnung” nu mai e pe lista ta.");
    expect(html(await h.send("/lint sterge Wohnung"))).toContain("„wohnung” nu era pe lista ta.");
    expect(html(await h.send("/lint adaugă"))).toContain("de cel mult 40 de caractere");
    expect(html(await h.send("/lint"))).toContain("<code>/lint adaugă Studio</code>");
  });

  it("never logs the checked text", async () => {
    await h.send("/lint Hallo Tom, 0171 2345678");
    expect(h.logLines.join("")).not.toMatch(/Tom|2345678/);
  });
});
