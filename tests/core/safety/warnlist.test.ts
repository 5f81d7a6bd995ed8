import { describe, expect, it } from "vitest";
import { parseWarnList, warnListLine, WARNLIST_LIMITS } from "../../../src/core/safety/warnlist.js";

describe("reading a warning list", () => {
  it("reads numbers in any notation with their reasons, separated by comma, semicolon, tab, or a space", () => {
    const list = [
      "# Liste vom Verein, Stand November",
      "Nummer;Grund",
      "0171 2345678; gewalttätig, hat gedroht",
      "+49 160 9876543,no-show",
      '"0151 1234 5678","zahlt nicht; ""Stammkunde"""',
      "0049 176 5551234\twird übergriffig",
      "+491621234567 - filmt heimlich",
      "",
      "01701234567",
    ].join("\r\n");
    const parsed = parseWarnList(list, "DE");
    expect(parsed).toEqual({
      ok: true,
      duplicates: 0,
      entries: [
        { e164: "+491712345678", reason: "gewalttätig, hat gedroht" },
        { e164: "+491609876543", reason: "no-show" },
        { e164: "+4915112345678", reason: 'zahlt nicht; "Stammkunde"' },
        { e164: "+491765551234", reason: "wird übergriffig" },
        { e164: "+491621234567", reason: "filmt heimlich" },
        { e164: "+491701234567", reason: "" },
      ],
    });
  });

  it("keeps the first reason of a number listed twice, and counts the repeat", () => {
    const parsed = parseWarnList("0171 2345678, erst\n+491712345678, zweit", "DE");
    expect(parsed).toEqual({ ok: true, duplicates: 1, entries: [{ e164: "+491712345678", reason: "erst" }] });
  });

  it("reports every line it cannot read, by line number, and nothing else", () => {
    const list = ["0171 2345678, ok", "Hans Meier, gefährlich", "0151 2223334, zu kurz", `0160 9876543, ${"x".repeat(WARNLIST_LIMITS.maxReasonLength + 1)}`, '"0171 1111111, offen', "unbekannt, anonym"].join("\n");
    expect(parseWarnList(list, "DE")).toEqual({
      ok: false,
      problems: [
        { line: 2, problem: "no-number" },
        { line: 3, problem: "wrong-length" },
        { line: 4, problem: "reason-too-long" },
        { line: 5, problem: "unreadable" },
        { line: 6, problem: "no-number" },
      ],
    });
  });

  it("says when there is nothing to import, or far too much", () => {
    expect(parseWarnList("# nur ein Kommentar\n\n", "DE")).toEqual({ ok: false, empty: true });
    expect(parseWarnList("0171 2345678\n".repeat(WARNLIST_LIMITS.maxLines + 1), "DE")).toEqual({ ok: false, tooLarge: true });
  });

  it("writes lines that read back to the same entries", () => {
    const entries = [
      { e164: "+491712345678", reason: "gewalttätig, hat gedroht" },
      { e164: "+491609876543", reason: "" },
      { e164: "+4915112345678", reason: 'sagt "Stammkunde"' },
    ];
    const parsed = parseWarnList(entries.map(warnListLine).join("\n"), "DE");
    expect(parsed).toEqual({ ok: true, duplicates: 0, entries });
  });
});
