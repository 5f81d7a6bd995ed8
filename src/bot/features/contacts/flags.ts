import { FLAG_NAMES, type FlagName } from "../../../core/rules/types.js";
import type { Translate } from "../../i18n.js";

export { FLAG_NAMES, type FlagName };

export const FLAG_ICONS: Readonly<Record<FlagName, string>> = {
  nocall: "📵",
  landline: "☎️",
  forwarded: "↪️",
  smsonly: "💬",
  nosms: "🔕",
  blocked: "⛔",
  trusted: "⭐",
};

/** "📵 nicht zurückrufen" */
export function flagLabel(flag: FlagName, t: Translate): string {
  return `${FLAG_ICONS[flag]} ${t("contacts-flag-name", { flag })}`;
}
