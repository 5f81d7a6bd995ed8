import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { negotiateInterfaceLanguage } from "../../src/interface-language.js";
import { GENERAL_ID, migrateGeneralSettings } from "../../src/store/records/general.js";
import { createHarness, type Harness } from "../support/harness.js";

// Monday 23 Nov 2026, 12:00 in Berlin.
const NOW = Date.UTC(2026, 10, 23, 11, 0);

describe("negotiating her interface language", () => {
  it.each([
    [{ stored: "en", configured: "ro", client: "de" }, "en"],
    [{ configured: "ro", client: "en" }, "ro"],
    [{ client: "ro" }, "ro"],
    [{ client: "en-GB" }, "en"],
    [{ client: "de_AT" }, "de"],
    [{ client: "fr" }, "de"],
    [{ client: "" }, "de"],
    [{}, "de"],
  ] as const)("%j → %s", (sources, expected) => {
    expect(negotiateInterfaceLanguage(sources)).toBe(expected);
  });
});

describe("both languages in the running bot", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const html = (messages: { html: string }[]) => messages.map((m) => m.html).join("\n");
  /** Without BOT_LANGUAGE, with her Telegram client in `client`. */
  const start = (client: string, env: Record<string, string> = {}) => createHarness({ now: NOW, env: { BOT_LANGUAGE: "", ...env }, clientLanguage: client });

  it("takes her Telegram client's language when we have it, else German; BOT_LANGUAGE goes first, her setting before all", async () => {
    h = await start("ro");
    expect(html(await h.send("/help"))).toContain("<b>Comenzi</b>");
    await h.close();
    h = await start("fr");
    expect(html(await h.send("/help"))).toContain("<b>Befehle</b>");
    await h.close();
    h = await start("ro", { BOT_LANGUAGE: "en" });
    expect(html(await h.send("/help"))).toContain("<b>Commands</b>");
    await h.services.stores.general.set(GENERAL_ID, { setupDone: true, interfaceLanguage: "de" });
    expect(html(await h.send("/help"))).toContain("<b>Befehle</b>");
  });

  it("reads her settings once per update", async () => {
    h = await start("ro");
    const read = vi.spyOn(h.services.stores.general, "get");
    await h.send("/start");
    await h.send("/help");
    await h.send("blablub");
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("a Romanian interface shows Romanian for /start, /help and /settings, and writes German drafts", async () => {
    h = await start("ro");
    const welcome = await h.send("/start");
    expect(welcome[0]?.html).toContain("asistentul tău discret");
    expect(welcome[0]?.html).not.toMatch(/verschlüsselt|encrypted/);
    expect(welcome[0]?.choices).toEqual(["Configurează", "Lasă cum e"]);
    expect(html(await h.tapLabel("Lasă cum e"))).toContain("rămân valorile implicite (Lu–Vi 11–21");

    const help = html(await h.send("/help"));
    expect(help).toContain("/free — Ore libere, cu un răspuns gata de copiat");
    expect(help).toContain("<code>/free mâine</code>");
    expect(help).not.toMatch(/Freie Zeiten|Free slots/);

    const settings = await h.send("/settings");
    expect(settings[0]?.html).toContain("<b>Setări</b>");
    expect(settings[0]?.html).toContain("Program: Lu–Vi 11:00–21:00");
    expect(settings[0]?.html).toContain("Limba: Română · Limba pentru clienți: germană");
    expect(settings[0]?.choices).toContain("Durata programării");

    // The same /free in a German interface writes the very same German draft.
    const draftOf = (messages: { html: string }[]) => /<code>([^<]+)<\/code>/.exec(html(messages))?.[1];
    const romanianDraft = draftOf(await h.send("/free"));
    await h.close();
    h = await start("de");
    await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
    const germanDraft = draftOf(await h.send("/free"));
    expect(romanianDraft).toBeDefined();
    expect(romanianDraft).toBe(germanDraft);
    expect(germanDraft).toMatch(/heute|Heute/);
  });

  it("an English client gets an English draft under a German interface; DRAFT_LANGUAGE sets the default", async () => {
    h = await start("de");
    await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
    const reply = html(await h.send('Mailbox 11:30 – "Hi, it\'s Tom, do you have time today at 5pm? Please call me back at 0151 1234 5678"'));
    expect(reply).toContain("Mailbox");
    expect(reply).toMatch(/<code>[^<]*(?:today|Today|17:00)[^<]*<\/code>/);
    expect(reply).not.toMatch(/<code>[^<]*(?:heute|Passt)[^<]*<\/code>/);
    await h.close();

    h = await start("de", { DRAFT_LANGUAGE: "en" });
    await h.services.stores.general.set(GENERAL_ID, { setupDone: true });
    const free = html(await h.send("/free"));
    expect(free).toContain("<b>Frei heute</b>");
    expect(free).toMatch(/<code>[^<]*today[^<]*<\/code>/);
  });

  it("the setup asks both languages and takes them typed, by code or by name in any language", async () => {
    h = await start("de");
    await h.send("/start");
    await h.tapLabel("Einrichten");
    expect(html(await h.send("lu-vi 10-18; sâ 12-16"))).toContain("2/5");
    await h.tapLabel("Behalten");
    expect(html(await h.tapLabel("Behalten"))).toContain("4/5");
    // Not a language: the question again, with the codes it takes.
    expect(html(await h.send("klingonisch"))).toContain("<code>de</code>, <code>en</code>, <code>ro</code>");
    const fifth = html(await h.send("romana"));
    expect(fifth).toContain("5/5 În ce <b>limbă</b> să fie mesajele pentru clienți?");
    expect(h.last().choices).toEqual(["Germană", "Engleză", "Păstrează"]);
    const done = html(await h.send("englisch"));
    expect(done).toContain("✅ Gata.");
    expect(done).toContain("Program: Lu–Vi 10:00–18:00; Sâ 12:00–16:00");
    expect(done).toContain("Limba: Română · Limba pentru clienți: engleză");
    expect(await h.services.stores.general.get(GENERAL_ID)).toMatchObject({ setupDone: true, interfaceLanguage: "ro", draftLanguage: "en" });
  });

  it("/settings changes each language on its own; the rest of the update already speaks the new one", async () => {
    h = await start("de");
    await h.send("/settings");
    await h.tapLabel("Sprache der Entwürfe");
    expect(html(await h.tapLabel("Englisch"))).toContain("Sprache der Entwürfe: Englisch");
    await h.tapLabel("Sprache");
    expect(h.last().choices.slice(0, 3)).toEqual(["Deutsch", "English", "Română"]);
    const switched = html(await h.tapLabel("Română"));
    expect(switched).toContain("Limba: Română · Limba pentru clienți: engleză");
    expect(await h.services.stores.general.get(GENERAL_ID)).toMatchObject({ interfaceLanguage: "ro", draftLanguage: "en" });
  });
});

describe("settings stored before the two languages", () => {
  it("a version-1 record's one language becomes both, so nothing changes for her", async () => {
    expect(migrateGeneralSettings(1, { lang: "en", setupDone: true })).toEqual({ setupDone: true, interfaceLanguage: "en", draftLanguage: "en" });
    expect(migrateGeneralSettings(1, { setupDone: false, lintWords: ["x"] })).toEqual({ setupDone: false, lintWords: ["x"] });

    const h = await createHarness({ now: NOW });
    try {
      const v1 = await h.services.vault.collection("general", { schema: z.unknown(), version: 1 });
      await v1.set(GENERAL_ID, { lang: "en", setupDone: true, lintWords: ["chef"] });
      expect(await h.services.stores.general.get(GENERAL_ID)).toEqual({ interfaceLanguage: "en", draftLanguage: "en", setupDone: true, lintWords: ["chef"] });
      // BOT_LANGUAGE is de in this harness: her stored choice still wins, as before.
      expect(html(await h.send("/help"))).toContain("<b>Commands</b>");
      const free = html(await h.send("/free"));
      expect(free).toMatch(/<code>[^<]*today[^<]*<\/code>/);
    } finally {
      await h.close();
    }
  });
});

function html(messages: { html: string }[]): string {
  return messages.map((m) => m.html).join("\n");
}
