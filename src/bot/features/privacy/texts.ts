import type { Localized } from "../../i18n.js";

export const CLEANUP_LABEL: Localized<(minutes: number) => string> = {
  de: (m) => (m === 0 ? "aus" : m < 60 ? `${m} Min.` : `${m / 60} Std.`),
  en: (m) => (m === 0 ? "off" : m < 60 ? `${m} min` : `${m / 60} h`),
};

export const RETENTION_WORDS: Localized<{ events: string; verdicts: string; appointments: string; days: string }> = {
  de: { events: "Anruf-Ereignisse", verdicts: "Prüfprotokoll", appointments: "vergangene Termine", days: "Tage" },
  en: { events: "call events", verdicts: "verdict log", appointments: "past appointments", days: "days" },
};

export const T = {
  de: {
    title: "🔒 <b>Privatsphäre</b>",
    cleanupOn: (label: string) =>
      `<b>Selbstreinigung:</b> nach ${label} lösche ich deine und meine Nachrichten hier im Chat. Eine Nachricht behalten: antworte auf sie mit /keep.`,
    cleanupOff: "<b>Selbstreinigung:</b> aus – der Chat bleibt stehen.",
    retention: (e: number, v: number, a: number) =>
      `<b>Aufbewahrung:</b> Anruf-Ereignisse ${e} Tage · Prüfprotokoll ${v} Tage · vergangene Termine ${a} Tage. Aliase, Markierungen und Notizen bleiben.`,
    howTo: "Ändern: Knöpfe unten oder z. B. <code>/privacy ereignisse 60</code>, <code>/privacy reinigung 2h</code>.",
    rowCleanup: "🧹",
    rowEvents: "Ereign.",
    rowVerdicts: "Protok.",
    rowAppointments: "Termine",
    saved: "Gespeichert.",
    badArgs:
      "Das kann ich nicht einstellen. Beispiele: <code>/privacy reinigung 30</code> (aus, 5, 30, 2h, 24h), <code>/privacy ereignisse 60</code>, <code>/privacy protokoll 30</code>, <code>/privacy termine 14</code> (1–365 Tage).",
    kept: "📌 Diese Nachricht bleibt stehen.",
    keptToast: "📌 Bleibt stehen.",
    notTracked: "Diese Nachricht kann ich nicht mehr verwalten – sie ist älter als 48 Stunden oder schon gelöscht.",
    nothingToKeep: "Antworte mit /keep auf die Nachricht, die stehen bleiben soll.",
    keepButton: "📌 Behalten",
    wipeAsk:
      "⚠️ <b>Alles löschen?</b> Das löscht alle Nummern, Aliase, Notizen, Verläufe, Termine und Einstellungen – und jede Nachricht in diesem Chat, die ich noch löschen kann. Das lässt sich nicht rückgängig machen.\n\nZum Bestätigen tippe <b>LÖSCHEN</b>. Alles andere bricht ab.",
    wipeWord: "LÖSCHEN",
    wipeCancelled: "Abgebrochen – nichts wurde gelöscht.",
    wiped: "🧹 Alles gelöscht. Ich weiß nichts mehr. Tippe /start, um neu zu beginnen.",
    exportAsk: `Wähle eine Passphrase für die Sicherung (mindestens 8 Zeichen, besser ein ganzer Satz) und schick sie mir. Ich lösche deine Nachricht sofort.\nOhne die Passphrase lässt sich die Datei nicht öffnen – auch nicht von mir. Abbrechen: /cancel`,
    passphraseShort: "Die Passphrase ist zu kurz – bitte mindestens 8 Zeichen, z. B. <code>drei Wörter mit Zahl 7</code>.",
    exportWorking: "🔐 Verschlüssle …",
    exportCaption: (n: number) =>
      `🔐 Verschlüsselte Sicherung (${n} Einträge). Speichere die Datei an einem sicheren Ort; hier löscht die Selbstreinigung sie. Wiederherstellen: /import`,
    importAsk: "Schick mir die Sicherungsdatei (.qlbackup). Abbrechen: /cancel",
    importNeedFile: "Ich warte auf die Sicherungsdatei (.qlbackup) als Datei. Abbrechen: /cancel",
    importTooLarge: "Die Datei ist zu groß für eine Sicherung. Nichts wurde geändert.",
    importPassphrase: "Und die Passphrase? Ich lösche deine Nachricht sofort.",
    importWrong: (left: number) =>
      left > 0
        ? `Passphrase falsch oder Datei beschädigt. Nichts wurde geändert. Noch ${left} Versuch(e) – schick die Passphrase nochmal.`
        : "Passphrase falsch oder Datei beschädigt. Nichts wurde geändert. Neu anfangen: /import",
    importNotBackup: "Das ist keine quietline-Sicherung. Nichts wurde geändert.",
    importUnsupported: "Diese Sicherung stammt aus einer Version, die ich nicht lesen kann. Nichts wurde geändert.",
    importSummary: (date: string, total: number, parts: string) =>
      `Sicherung vom ${date}: ${total} Einträge (${parts}).\n<b>Zusammenführen</b> ergänzt, was fehlt, und behält alles, was du jetzt hast. <b>Ersetzen</b> löscht erst alles Jetzige.`,
    merge: "Zusammenführen",
    replace: "Ersetzen",
    cancel: "Abbrechen",
    imported: (written: number, kept: number) => `✅ Wiederhergestellt: ${written} Einträge${kept > 0 ? `, ${kept} vorhandene behalten` : ""}.`,
    cancelled: "Abgebrochen – nichts wurde geändert.",
    expired: "Dieser Knopf ist nicht mehr gültig.",
  },
  en: {
    title: "🔒 <b>Privacy</b>",
    cleanupOn: (label: string) =>
      `<b>Self-cleaning:</b> after ${label} I delete your messages and mine in this chat. To keep one, reply to it with /keep.`,
    cleanupOff: "<b>Self-cleaning:</b> off — the chat stays as it is.",
    retention: (e: number, v: number, a: number) =>
      `<b>Retention:</b> call events ${e} days · verdict log ${v} days · past appointments ${a} days. Aliases, flags and notes stay.`,
    howTo: "Change: buttons below or e.g. <code>/privacy events 60</code>, <code>/privacy clean 2h</code>.",
    rowCleanup: "🧹",
    rowEvents: "Events",
    rowVerdicts: "Log",
    rowAppointments: "Appts",
    saved: "Saved.",
    badArgs:
      "I can't set that. Examples: <code>/privacy clean 30</code> (off, 5, 30, 2h, 24h), <code>/privacy events 60</code>, <code>/privacy log 30</code>, <code>/privacy appointments 14</code> (1–365 days).",
    kept: "📌 This message stays.",
    keptToast: "📌 It stays.",
    notTracked: "I can no longer manage that message — it is older than 48 hours or already deleted.",
    nothingToKeep: "Reply with /keep to the message that should stay.",
    keepButton: "📌 Keep",
    wipeAsk:
      "⚠️ <b>Delete everything?</b> This deletes every number, alias, note, history, appointment and setting — and every message in this chat I can still delete. It cannot be undone.\n\nTo confirm, type <b>DELETE</b>. Anything else cancels.",
    wipeWord: "DELETE",
    wipeCancelled: "Cancelled — nothing was deleted.",
    wiped: "🧹 Everything deleted. I know nothing any more. Type /start to begin again.",
    exportAsk: `Choose a passphrase for the backup (at least 8 characters, a whole sentence is better) and send it to me. I delete your message right away.\nWithout the passphrase nobody can open the file — not even me. Cancel: /cancel`,
    passphraseShort: "That passphrase is too short — at least 8 characters, e.g. <code>three words and 7</code>.",
    exportWorking: "🔐 Encrypting …",
    exportCaption: (n: number) =>
      `🔐 Encrypted backup (${n} records). Save the file somewhere safe; self-cleaning deletes it here. Restore: /import`,
    importAsk: "Send me the backup file (.qlbackup). Cancel: /cancel",
    importNeedFile: "I'm waiting for the backup file (.qlbackup), sent as a file. Cancel: /cancel",
    importTooLarge: "That file is too large for a backup. Nothing was changed.",
    importPassphrase: "And the passphrase? I delete your message right away.",
    importWrong: (left: number) =>
      left > 0
        ? `Wrong passphrase or damaged file. Nothing was changed. ${left} more attempt(s) — send the passphrase again.`
        : "Wrong passphrase or damaged file. Nothing was changed. Start again: /import",
    importNotBackup: "That is not a quietline backup. Nothing was changed.",
    importUnsupported: "This backup comes from a version I can't read. Nothing was changed.",
    importSummary: (date: string, total: number, parts: string) =>
      `Backup of ${date}: ${total} records (${parts}).\n<b>Merge</b> adds what is missing and keeps everything you have now. <b>Replace</b> first deletes everything current.`,
    merge: "Merge",
    replace: "Replace",
    cancel: "Cancel",
    imported: (written: number, kept: number) => `✅ Restored: ${written} records${kept > 0 ? `, ${kept} existing ones kept` : ""}.`,
    cancelled: "Cancelled — nothing was changed.",
    expired: "This button is no longer valid.",
  },
} as const;

/** Words for namespaces in the import summary; unknown ones show by name. */
export const NAMESPACE_WORDS: Localized<Record<string, string>> = {
  de: { contacts: "Nummern", aliases: "Aliase", verdict_log: "Prüfprotokoll", bookings: "Termine", booking_months: "Termine", holds: "Reservierungen", general: "Einstellungen", privacy: "Einstellungen", rules: "Regeln", availability: "Zeiten" },
  en: { contacts: "numbers", aliases: "aliases", verdict_log: "verdict log", bookings: "appointments", booking_months: "appointments", holds: "holds", general: "settings", privacy: "settings", rules: "rules", availability: "hours" },
};
