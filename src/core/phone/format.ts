import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js/max";

const HIDDEN = "•••";

function parseE164(e164: string): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(e164);
  } catch {
    return undefined;
  }
}

/**
 * Shortens a number for chat display where the full number is not needed:
 * country code, first group and the last two digits ("+49 171 ••• 78").
 */
export function maskNumber(e164: string): string {
  const digits = e164.replace(/\D+/g, "");
  const number = parseE164(e164);
  const last = digits.slice(-2);
  if (number) {
    const [cc, first] = number.formatInternational().split(" ");
    const national = number.nationalNumber;
    // Keep at least three digits hidden, whatever the grouping.
    if (cc && first && national.length - first.length - 2 >= 3) return `${cc} ${first} ${HIDDEN} ${last}`;
    if (cc) return `${cc} ${HIDDEN} ${last}`;
  }
  return digits.length > 4 ? `+${digits.slice(0, 2)} ${HIDDEN} ${last}` : HIDDEN;
}

/** National format for numbers of `region` ("0171 2345678"), international otherwise. */
export function formatNumber(e164: string, region: string): string {
  const number = parseE164(e164);
  if (!number) return e164;
  return number.country === region.toUpperCase() ? number.formatNational() : number.formatInternational();
}
