import { describe, expect, it } from "vitest";
import { INTERFACE_LANGUAGES, REFERENCE_LANGUAGE } from "../../src/interface-language.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { parseLocale, prefixOf, readLocale, reference, type LocaleFile } from "./ftl.js";

const de = reference();
const others = INTERFACE_LANGUAGES.filter((l) => l !== REFERENCE_LANGUAGE).map(readLocale);

/** Sections every file has, in this order; the later ones are filled as each area moves in. */
/** What sets a locale apart from the reference: empty when it has the same structure. */
function differences(file: LocaleFile): string[] {
  const found: string[] = [];
  if (file.junk > 0) found.push("junk");
  if (JSON.stringify(file.sections) !== JSON.stringify(de.sections)) found.push("sections");
  if (JSON.stringify([...file.sectionOf]) !== JSON.stringify([...de.sectionOf])) found.push("message ids");
  const variables = (f: LocaleFile) => JSON.stringify([...f.variables].sort(([a], [b]) => a.localeCompare(b)));
  if (variables(file) !== variables(de)) found.push("variables");
  if (JSON.stringify(file.references) !== JSON.stringify(de.references)) found.push("references");
  return found;
}

const SECTIONS = [
  "common", "commands", "start", "help", "errors", "settings", "console", "transport", "fallback",
  "contacts", "inbox", "outcomes", "check", "verdict", "rules", "availability", "lint", "privacy", "intake", "safety",
];

describe("the locale files", () => {
  it("the reference has every section once, in the agreed order, and only messages that parse", () => {
    expect(de.sections).toEqual(SECTIONS);
    expect(de.junk).toBe(0);
    expect(de.variables.size).toBeGreaterThan(50);
  });

  it("names every message <section>-<what> in lowercase kebab-case, inside its own section", () => {
    for (const [id, section] of de.sectionOf) {
      expect(id, id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/);
      expect(id.startsWith(`${prefixOf(section)}-`), `${id} stands in ## ${section}`).toBe(true);
    }
  });

  it("names variables in camelCase and uses no terms or functions yet", () => {
    for (const [id, variables] of de.variables) for (const v of variables) expect(v, id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(de.references).toEqual([]);
  });

  it.each(others.map((f) => [f.lang, f] as const))("%s has exactly the reference's sections, ids and variables per message", (_lang, file) => {
    expect(differences(file)).toEqual([]);
  });

  it("catches a missing message, a renamed variable, a moved section and a syntax error", () => {
    const ro = others.find((f) => f.lang === "ro")!;
    const broken = (from: string | RegExp, to: string) => differences(parseLocale("ro", ro.source.replace(from, to)));
    expect(broken(/^settings-title = .*\n/m, "")).toContain("message ids");
    expect(broken("{ $label }", "{ $lable }")).toContain("variables");
    expect(broken("## console", "## consola")).toContain("sections");
    expect(broken(/^settings-saved = /m, "settings-saved = { ")).toContain("junk");
  });

  it("formats without Fluent's invisible isolation marks, and with the language's own plural and number rules", () => {
    for (const lang of INTERFACE_LANGUAGES) {
      const text = translatorFor(lang)("settings-pick", { label: "X" });
      expect(text).toContain("<b>X</b>");
      expect(text).not.toMatch(/[\u2068\u2069]/);
    }
    expect(translatorFor("ro")("common-weekday-short", { day: "sat" })).toBe("Sâ");
    expect(translatorFor("en")("settings-draft-language-name", { lang: "en" })).toBe("English");
  });

  it("Romanian is written with its own letters (ș ț with comma below, never the cedilla forms)", () => {
    const ro = others.find((f) => f.lang === "ro")!;
    expect(ro.source).toMatch(/[ăâîșț]/);
    expect(ro.source).not.toMatch(/[şţŞŢ]/);
  });
});
