import type { Localized } from "../i18n.js";

/** The few things she is told where a transport cannot do what the Bot API can. */
export const TRANSPORT_TEXTS = {
  /** /keep in a chat whose own timer removes every message (Signal). */
  keepByTimer: {
    de: "In diesem Chat gilt der Timer für verschwindende Nachrichten (/privacy) für jede Nachricht – einzelne behalten geht hier nicht. Was bleiben soll (z. B. die Sicherungsdatei), speichere auf deinem Gerät.",
    en: "In this chat the disappearing-messages timer (/privacy) applies to every message — single ones cannot be kept here. Save what should stay (e.g. the backup file) on your device.",
  },
  /** Her message should be gone at once (a passphrase), but only its author can delete it (Signal). */
  deleteItYourself: {
    de: "⚠️ Deine Nachricht kann ich hier nicht löschen – bitte lösch sie selbst: gedrückt halten → Löschen → Für alle löschen.",
    en: "⚠️ I can't delete your message here — please delete it yourself: press and hold → Delete → Delete for everyone.",
  },
} as const satisfies Record<string, Localized>;
