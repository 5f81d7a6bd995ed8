/**
 * What the Android automation apps put into the request, in their own variables (README,
 * "Missed calls arrive by themselves", has the recipes and where each variable is documented).
 * A missed call goes as JSON: a number never holds a quote. An SMS goes as plain text, read like a
 * pasted note: the apps put its text in unescaped, and a quote or line break would break JSON.
 */
export interface AppRecipe {
  /** JSON body for "call missed". */
  readonly missedCall: string;
  /** Plain-text body for "SMS received". */
  readonly sms: string;
}

export const APP_RECIPES = {
  /** Magic text of the "Call Missed" and "SMS Received" triggers. */
  macrodroid: {
    missedCall: JSON.stringify({ kind: "missed-call", number: "{call_number}" }),
    sms: "SMS von {sms_number}: {sms_message}",
  },
  /** Tasker's %CNUM (0 when unknown), %SMSRF and %SMSRB, and %TIMEMS, epoch milliseconds. */
  tasker: {
    missedCall: JSON.stringify({ kind: "missed-call", number: "%CNUM", at: "%TIMEMS" }),
    sms: "SMS von %SMSRF: %SMSRB",
  },
} as const satisfies Readonly<Record<string, AppRecipe>>;
