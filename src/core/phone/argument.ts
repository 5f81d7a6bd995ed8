import { classifyNumber } from "./classify.js";
import { findNumbers } from "./find.js";
import type { PhoneClass } from "./types.js";

/**
 * What a command argument names: "0171 2345678", "+49171…", "0171/2345678",
 * "tel:+49…", a quoted number, or a withheld caller ("unbekannt").
 */
export function parseNumberArgument(arg: string, region: string): PhoneClass {
  const trimmed = arg
    .trim()
    .replace(/^["'“„‚‘«»]+|["'”“‘’«»]+$/g, "")
    .replace(/^tel:/i, "")
    .trim();
  const direct = classifyNumber(trimmed, region);
  if (direct.kind !== "invalid") return direct;
  const found = findNumbers(trimmed, region);
  const numbers = found.filter((f) => f.phone.kind === "number");
  if (numbers.length === 1 && numbers[0]) return numbers[0].phone;
  // "Nummer 0151 2223334": one number, digits missing — say so rather than "no number".
  const only = found.length === 1 ? found[0]?.phone : undefined;
  return numbers.length === 0 && only?.kind === "invalid" && only.wrongLength ? only : direct;
}
