import { describe, expect, it } from "vitest";
import { parseBookArgument } from "../../src/core/availability/bookArgument.js";
import { parseDayArgument } from "../../src/core/availability/dayArgument.js";
import { parseNumberArgument } from "../../src/core/phone/index.js";
import { parseWeeklyHours } from "../../src/core/time/weeklyText.js";
import { allFeatures } from "../../src/bot/features/index.js";
import { parseSettingArgs } from "../../src/bot/features/privacy/settings.js";
import { parseSafetyArgs } from "../../src/bot/features/safety/settings.js";
import { translatorFor } from "../../src/bot/i18n.js";
import { INTERFACE_LANGUAGES } from "../../src/interface-language.js";

const today = { year: 2026, month: 11, day: 23 };
const commands = allFeatures().flatMap((f) => f.commands);

/** What each command's argument must be for the bot to read it; commands left out take free text or none. */
const READS: Readonly<Record<string, (argument: string) => boolean>> = {
  free: (a) => parseDayArgument(a, today) !== undefined,
  day: (a) => parseDayArgument(a, today) !== undefined,
  cancel: (a) => parseDayArgument(a, today) !== undefined,
  off: (a) => parseDayArgument(a, today) !== undefined,
  book: (a) => {
    const parsed = parseBookArgument(a, today);
    return parsed.ok && !parsed.value.dateImplied;
  },
  hours: (a) => parseWeeklyHours(a).ok,
  hours_for: (a) => parseWeeklyHours(a.replace(/^0171 2345678 /, "")).ok,
  check: (a) => parseNumberArgument(a, "DE").kind === "number",
  privacy: (a) => parseSettingArgs(a) !== undefined,
  checkin: (a) => parseBookArgument(a, today).ok,
  safety: (a) => {
    const change = parseSafetyArgs(a);
    return change !== undefined && (change.kind !== "grace" || Number.isInteger(change.minutes));
  },
  warnlist: (a) => ["", "import", "export", "clear"].includes(a),
};

describe("the examples in /help", () => {
  it.each(INTERFACE_LANGUAGES)("%s: every example is a command the bot reads", (lang) => {
    const t = translatorFor(lang);
    for (const spec of commands) {
      const example = t(spec.example);
      expect(example.startsWith(`/${spec.command}`), example).toBe(true);
      const argument = example.slice(spec.command.length + 1).trim();
      const reads = READS[spec.command];
      if (reads) expect(reads(argument), `${lang}: ${example}`).toBe(true);
    }
  });
});
