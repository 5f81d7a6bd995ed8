/** How a phone number may be reached. */
export type LineType = "mobile" | "landline" | "mobile-or-landline" | "special" | "unknown";

/** Numbers that are neither a plain mobile nor a plain landline. */
export type SpecialKind =
  | "shared-cost"
  | "premium"
  | "toll-free"
  | "personal"
  | "pager"
  | "voicemail"
  | "uan"
  | "voip";

/** The result of reading a caller: a usable number, a withheld caller, or nothing usable. */
export type PhoneClass =
  | { readonly kind: "withheld" }
  | { readonly kind: "invalid" }
  | {
      readonly kind: "number";
      /** E.164, e.g. "+491712345678". */
      readonly e164: string;
      /** ISO 3166-1 alpha-2 country of the number, e.g. "DE". */
      readonly country: string;
      readonly line: LineType;
      readonly special?: SpecialKind;
      /** true when country differs from the configured PHONE_REGION. */
      readonly foreign: boolean;
    };
