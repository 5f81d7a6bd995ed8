import { existsSync, statSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteFile } from "../../src/store/sqlite-file.js";
import { createHarness, type Harness } from "../support/harness.js";
import { rowCounts, sealedValues, seedContact, storeBytes } from "./seed.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("/wipe", () => {
  it("does nothing unless she types the confirmation word", async () => {
    h = await createHarness();
    await seedContact(h.services);
    await h.send("/wipe");
    expect(h.last().html).toContain("LÖSCHEN");
    await h.send("ja");
    expect(h.last().html).toContain("nichts wurde gelöscht");
    expect(await h.services.stores.contacts.all()).toHaveLength(1);
    // The word alone, without /wipe first, is just text.
    await h.send("LÖSCHEN");
    expect(await h.services.stores.contacts.all()).toHaveLength(1);
  });

  it("asks in Romanian for ȘTERGE, and takes the word of any of her languages, with or without accents", async () => {
    h = await createHarness({ env: { BOT_LANGUAGE: "ro" } });
    await seedContact(h.services);
    await h.send("/wipe");
    expect(h.last().html).toContain("⚠️ <b>Ștergi tot?</b>");
    expect(h.last().html).toContain("Ca să confirmi, scrie <b>ȘTERGE</b>. Orice altceva anulează.");
    await h.send("da");
    expect(h.last().html).toBe("Anulat – nu s-a șters nimic.");
    await h.send("/wipe");
    await h.send("/cancel");
    expect(h.last().html).toBe("Anulat – nu s-a șters nimic.");
    expect(await h.services.stores.contacts.all()).toHaveLength(1);
    // The cedilla Ş that older phone keyboards type, and no accent at all.
    for (const word of ["şterge", "sterge"]) {
      await seedContact(h.services);
      await h.send("/wipe");
      await h.send(word);
      expect(h.last().html, word).toBe("🧹 Am șters tot. Nu mai știu nimic. Scrie /start ca s-o iei de la capăt.");
      expect(await h.services.stores.contacts.all()).toHaveLength(0);
    }
    // Under a German interface the Romanian and the English word count too (a wipe forgets the language each time).
    for (const word of ["ȘTERGE", "delete", "Loschen"]) {
      await h.services.stores.general.set("general", { setupDone: true, interfaceLanguage: "de" });
      await seedContact(h.services);
      await h.send("/wipe");
      expect(h.last().html).toContain("<b>LÖSCHEN</b>");
      await h.send(word);
      expect(h.last().html, word).toContain("Alles gelöscht");
    }
  });

  it("deletes every record, every chat message it can, and leaves an empty file", async () => {
    h = await createHarness();
    await seedContact(h.services);
    await h.send("/privacy reinigung aus"); // kept messages are deleted by a wipe too
    await h.send("/privacy");
    // A namespace no collection in this process opened (e.g. written by another version).
    const db = await openSqliteFile(h.services.vault.file, "readwrite");
    await db.exec("CREATE TABLE IF NOT EXISTS ql_leftover(key VARCHAR(255) PRIMARY KEY, value TEXT )");
    await db.run("INSERT INTO ql_leftover(key, value) VALUES ('keyv:x', '{\"value\":\"q1.AAAA\"}')");
    await db.close();
    const before = await sealedValues(h.services.vault.file);
    expect(before.length).toBeGreaterThan(3);
    const shownBefore = h.surface.shown.map((m) => m.messageId);

    await h.send("/wipe");
    await h.send("löschen");
    expect(h.last().html).toContain("Alles gelöscht");
    expect(h.last().html).toContain("/start");

    // Every message of the chat before the final confirmation was deleted.
    for (const id of shownBefore) expect(h.surface.removedIds).toContain(id);

    const counts = await rowCounts(h.services.vault.file);
    for (const [ns, n] of Object.entries(counts)) expect({ ns, n }).toEqual({ ns, n: ns === "meta" ? 1 : 0 });
    const file = h.services.vault.file;
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    const bytes = storeBytes(file);
    for (const sealed of before) expect(bytes.includes(Buffer.from(sealed.slice(3, 40)))).toBe(false);

    // The bot starts over: no settings, same key still opens the store.
    expect(await h.services.stores.general.get("general")).toBeUndefined();
    await h.send("/start");
    expect(h.last().html).toContain("quietline");
  });
});
