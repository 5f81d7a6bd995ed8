# quietline — German, the reference. Every locale has the same sections in the same order, the same
# message ids and the same variables per message. Conventions: docs/i18n.md

## common
# Shared words: language names, weekdays, weekly hours and their errors.

common-language-name = Deutsch
common-weekday-short =
    { $day ->
        [mon] Mo
        [tue] Di
        [wed] Mi
        [thu] Do
        [fri] Fr
        [sat] Sa
       *[sun] So
    }
common-hours-daily = täglich
common-hours-none = keine Zeiten
common-hours-error-unreadable = Das konnte ich nicht lesen.
common-hours-error-unreadable-at = Das konnte ich nicht lesen („{ $at }“).
common-hours-error-missing = Zu einem Tag fehlt die Uhrzeit.
common-hours-error-time = Die Uhrzeit { $at } gibt es nicht.
common-hours-error-empty = { $at } ist leer (Anfang = Ende).
common-hours-error-long = Ein Zeitraum ist länger als 24 Stunden.

## commands
# Every command's menu and /help line: plain text, no HTML (Telegram's menu shows it as it is).

cmd-start-description = Was ich kann, in vier Zeilen
cmd-start-example = /start
cmd-help-description = Alle Befehle mit Beispiel
cmd-help-example = /help
cmd-privacy-description = Selbstreinigung und Aufbewahrung einstellen
cmd-privacy-example = /privacy reinigung 2h
cmd-keep-description = Als Antwort: diese Nachricht nicht automatisch löschen
cmd-keep-example = /keep
cmd-export-description = Verschlüsselte Sicherung als Datei
cmd-export-example = /export
cmd-import-description = Sicherung wiederherstellen (zusammenführen oder ersetzen)
cmd-import-example = /import
cmd-wipe-description = Notfall: alles löschen, Daten und Chat
cmd-wipe-example = /wipe
cmd-settings-description = Einstellungen ansehen und ändern
cmd-settings-example = /settings
cmd-contact-description = Kontaktkarte zu einer Nummer oder einem Alias
cmd-contact-example = /contact 0171 2345678
cmd-contacts-description = Letzte Kontakte mit Hinweisen
cmd-contacts-example = /contacts
cmd-note-description = Notiz zu einer Nummer speichern
cmd-note-example = /note 0171 2345678 nur mittags
cmd-alias-description = Vor- oder Arbeitsnamen für eine Nummer setzen
cmd-alias-example = /alias 0171 2345678 Tom
cmd-hours-for-description = Erlaubte Zeiten für eine Nummer
cmd-hours-for-example = /hours_for 0171 2345678 Mo-Fr 12-14
cmd-flag-description = Hinweise setzen: nocall, landline, forwarded, smsonly, nosms, blocked, trusted
cmd-flag-example = /flag 0171 2345678 kein-rueckruf
cmd-unflag-description = Hinweise entfernen
cmd-unflag-example = /unflag 0171 2345678 nocall
cmd-forget-description = Alles zu einer Nummer löschen (mit Rückfrage)
cmd-forget-example = /forget 0171 2345678
cmd-check-description = Darf ich zurückrufen? ✅ 💬 ⏳ ⛔ mit Begründung
cmd-check-example = /check 0171 2345678
cmd-rules-description = Alle Regeln mit ids, eigene Regeln, an/aus, Einstellungen als Knöpfe
cmd-rules-example = /rules off quiet-hours
cmd-free-description = Freie Zeiten mit Antwort zum Kopieren
cmd-free-example = /free morgen
cmd-day-description = Tagesplan: Termine, Angebote, Lücken
cmd-day-example = /day morgen
cmd-book-description = Termin eintragen (Zeit, Dauer, Nummer/Alias, Tag)
cmd-book-example = /book 17:00-18:30 Tom morgen
cmd-cancel-description = Termin eines Tages absagen
cmd-cancel-example = /cancel morgen
cmd-hours-description = Arbeitszeiten ansehen oder setzen
cmd-hours-example = /hours mo-fr 11:00-21:00; sa 12:00-18:00; so frei
cmd-off-description = Freien Tag eintragen; ohne Datum: Liste
cmd-off-example = /off 2026-12-24
cmd-lint-description = Text vor dem Senden prüfen (Namen, Preise, Adressen …)
cmd-lint-example = /lint Hallo Tom, passt heute 17:00? LG
cmd-why-description = Letzte Bewertungen und Rückruf-Ergebnisse einer Nummer, mit Begründung
cmd-why-example = /why 0171 2345678
cmd-checkin-description = Check-in für einen Termin: „Alles ok?“ am Ende, sonst Alarm an deinen Buddy
cmd-checkin-example = /checkin 19:30
cmd-buddy-description = Buddy für Notfälle: einladen, bestätigen, entfernen
cmd-buddy-example = /buddy
cmd-safety-description = Alarmtext, Notfallwort und Wartezeit für Check-ins
cmd-safety-example = /safety wartezeit 20
cmd-warnlist-description = Warnliste importieren, Stand ansehen, gesperrte Nummern exportieren
cmd-warnlist-example = /warnlist import

## start
# /start: the welcome and the invitation to the first-run setup.

start-welcome =
    <b>quietline</b> – dein diskreter Rückruf-Assistent.
    • Schick mir verpasste Anrufe, Mailbox- und SMS-Hinweise (weiterleiten oder einfügen) – ich lese Nummer, Zeit und Anliegen heraus.
    • Frag „darf ich 0171 2345678 zurückrufen?“ – ich antworte mit ✅ 💬 ⏳ oder ⛔ und sage, warum.
    • Ich finde freie Zeiten und schreibe neutrale Antworten ohne Namen.
    • Zu jeder Nummer merke ich mir Alias, Hinweise und erlaubte Zeiten.

    🔒 Alles liegt verschlüsselt bei mir, nur du hast Zugriff, und ich melde mich nie selbst bei jemandem.

    Als Nächstes: leite mir einen verpassten Anruf weiter, z. B. „Entgangener Anruf 0171 2345678“ – oder tippe /help.
start-setup-invite = ⚙️ Einmal kurz einrichten? Fünf Fragen: Arbeitszeiten, Puffer, Vorlauf und zwei zur Sprache.
start-setup-go = Einrichten
start-setup-skip = Standard behalten
start-setup-skipped = Gut – es gelten die Standardwerte (Mo–Fr 11–21 Uhr, 30 min Puffer, 2 h Vorlauf). Ändern jederzeit mit /settings.

## help
# /help: the frame around the command list.

help-header = <b>Befehle</b> (Nummern gehen in jeder üblichen Schreibweise, ein Alias auch):
help-footer = Ohne Befehl: leite verpasste Anrufe, Mailbox- oder SMS-Hinweise einfach weiter, oder frag „darf ich 0171 2345678 zurückrufen?“.

## errors
# What she reads when something fails: one fixed line, never details.

errors-something-went-wrong = Da ist etwas schiefgelaufen. Nichts Gespeichertes ist verloren – bitte versuch es gleich nochmal.

## settings
# /settings and the first-run setup.

settings-title = <b>Einstellungen</b>
settings-hours = Zeiten
settings-length = Termindauer
settings-buffer-before = Puffer vorher
settings-buffer-after = Puffer nachher
settings-notice = Vorlauf
settings-step = Raster
settings-max-count = Max. Termine/Tag
settings-max-minutes = Max. Terminzeit/Tag
settings-proposals = Vorschläge
settings-hold = Reservierung
settings-interface-language = Sprache
settings-draft-language = Sprache der Entwürfe
settings-no-limit = keine Grenze
# The drafts' language inside a sentence, after its label.
settings-draft-language-name =
    { $lang ->
        [en] Englisch
       *[de] Deutsch
    }
# The drafts' language on its button.
settings-draft-language-choice =
    { $lang ->
        [en] Englisch
       *[de] Deutsch
    }
settings-setup-again = 🔁 Einrichtung neu
settings-back = ← Zurück
settings-pick = <b>{ $label }</b> – wähle:
settings-saved = Gespeichert.
settings-stale = Dieser Knopf ist veraltet.
settings-hours-hint = Zeiten: /hours · freie Tage: /off
settings-setup-intro = Kurz einrichten – fünf Fragen. Tippe einen Knopf oder schreib die Antwort. „Behalten“ lässt den Wert, wie er ist.
settings-setup-hours =
    1/5 <b>Wann arbeitest du?</b>
    Jetzt: { $now }
    Zum Beispiel: <code>Mo-Fr 11-21; Sa 12-18</code> oder <code>Fr 20:00-02:00</code>
settings-setup-buffer =
    2/5 <b>Puffer vor und nach jedem Termin</b> (Anfahrt, Vorbereitung), in Minuten.
    Jetzt: { $now }
settings-setup-notice =
    3/5 <b>Vorlauf:</b> wie kurzfristig darf ein Termin frühestens sein? Z. B. <code>2h</code> oder <code>90</code> (Minuten).
    Jetzt: { $now }
settings-setup-language = 4/5 <b>Sprache</b> meiner Antworten?
settings-setup-draft-language = 5/5 <b>Sprache der Entwürfe</b> an Kunden? (Wer auf Englisch schreibt, bekommt weiter Englisch.)
settings-setup-keep = Behalten
settings-setup-bad-minutes = Bitte eine Zahl in Minuten (0–480), z. B. <code>30</code>, oder tippe „Behalten“.
settings-setup-bad-language = Bitte tippe einen Knopf – oder schreib das Kürzel: { $codes }.
settings-setup-done = ✅ Fertig. Ändern kannst du alles jederzeit mit /settings, /hours und /off.

## console
# The terminal chat's own lines (npm start without BOT_TOKEN).

console-banner =
    quietline – lokaler Chat. Schreib wie in Telegram; bei Knöpfen die Nummer tippen. Beenden: /exit oder Strg+D.
    Eingefügter Text bleibt eine Nachricht (Enter schickt sie ab). Mehrere Zeilen tippen: Zeile mit \ beenden.
console-file-saved = 📎 Datei gespeichert: { $path }
console-demo-key =
    { $state ->
        [created] Lokaler Demo-Schlüssel angelegt: { $path } (für echten Betrieb ENCRYPTION_KEY setzen).
       *[reused] Lokaler Demo-Schlüssel verwendet: { $path } (für echten Betrieb ENCRYPTION_KEY setzen).
    }

## transport
# What a chat without Telegram's buttons adds: buttons become numbered choices.

transport-no-such-choice = Einen Knopf mit dieser Nummer gibt es gerade nicht.
transport-keep-by-timer = In diesem Chat gilt der Timer für verschwindende Nachrichten (/privacy) für jede Nachricht – einzelne behalten geht hier nicht. Was bleiben soll (z. B. die Sicherungsdatei), speichere auf deinem Gerät.
transport-delete-it-yourself = ⚠️ Deine Nachricht kann ich hier nicht löschen – bitte lösch sie selbst: gedrückt halten → Löschen → Für alle löschen.

## fallback
# Whatever no feature handled.

fallback-not-understood = Das habe ich nicht verstanden. Schick mir z. B. einen verpassten Anruf („Entgangener Anruf 0171 2345678“), frag „darf ich 0171 2345678 zurückrufen?“ oder tippe /help.
fallback-unknown-command = Diesen Befehl kenne ich nicht. /help zeigt alle.
fallback-button-expired = Dieser Knopf ist nicht mehr gültig.

## contacts
# Contact cards, /contacts, /note, /alias, /hours_for, /flag, /unflag, /forget, shared contacts and vCards.


## inbox
# Forwarded or pasted notes: the events read from them.


## outcomes
# Callback outcomes (reached, someone else answered, voicemail, no answer) and /why.


## check
# /check and plain questions ("darf ich … zurückrufen?"): what is asked about which number.


## verdict
# The verdict view: headline, reasons, facts, what would change it, hints; the rule explanations.


## rules
# /rules: the rule list, her own rules, the rule settings buttons.


## availability
# /free, /day, /book, /cancel, /hours, /off and the offer section with its held slots.


## lint
# /lint: findings, rewrites, her own word list.


## privacy
# /privacy, /keep, /export, /import, /wipe and self-cleaning.


## safety
# Buddy, check-in, duress word and warning list (/buddy, /checkin, /safety, /warnlist), and what the buddy reads.

safety-day-time = { $weekday } { $day }.{ $month }. { $time }
safety-stale = Dieser Knopf ist nicht mehr gültig.
safety-cancel-button = Abbrechen
safety-cancelled = Abgebrochen.
safety-buddy-no-name = (ohne Namen)
safety-buddy-none = 🛡 <b>Buddy</b>: noch niemand.
safety-buddy-status = 🛡 <b>Buddy</b>: { $name }, seit { $since }.
safety-buddy-what = Ein Buddy ist eine Vertrauensperson. Meldest du dich nach einem Termin mit Check-in nicht, bekommt sie einen Alarm: deinen Alarmtext, die Uhrzeit und – wenn du sie angibst – Ort und Nummer des Kunden. Sonst sieht sie nichts: keine Kontakte, Notizen, Termine oder Nachrichten.
safety-buddy-pending = ❓ <b>{ $name }</b> hat deine Einladung geöffnet. Ist das dein Buddy?
safety-buddy-invite-button = ✉️ Einladung erstellen
safety-buddy-replace-button = ✉️ Neue Einladung (ersetzt den Buddy, sobald du bestätigst)
safety-buddy-remove-button = 🗑 Buddy entfernen
safety-buddy-invite-link =
    ✉️ <b>Einladung für deinen Buddy</b>
    Schick deinem Buddy diesen Link: { $link }
    Er gilt einmal und bis { $until }. Sobald er geöffnet wurde, frage ich dich, ob das wirklich dein Buddy ist – erst nach deinem Ja bekommt er Nachrichten von mir, und dann nur Alarme.
safety-buddy-invite-code =
    ✉️ <b>Einladung für deinen Buddy</b>
    Dein Buddy schickt mir auf Signal diese Nachricht: <code>{ $code }</code>
    Sie gilt einmal und bis { $until }. Danach frage ich dich, ob das wirklich dein Buddy ist – erst nach deinem Ja bekommt er Nachrichten von mir, und dann nur Alarme.
safety-buddy-confirm = 🛡 Jemand hat deine Buddy-Einladung geöffnet: <b>{ $name }</b>. Ist das dein Buddy?
safety-buddy-confirm-yes = ✅ Ja, das ist mein Buddy
safety-buddy-confirm-no = ✖ Nein
safety-buddy-confirmed = ✅ <b>{ $name }</b> ist jetzt dein Buddy und bekommt die Alarme deiner Check-ins – sonst nichts.
safety-buddy-refused = ✖ Abgelehnt: Wer die Einladung geöffnet hat, bekommt nichts von mir. Eine neue Einladung gibt es mit /buddy.
safety-buddy-remove-ask = Buddy wirklich entfernen? Danach geht kein Alarm mehr an ihn.
safety-buddy-remove-yes = 🗑 Ja, entfernen
safety-buddy-removed = Entfernt: <b>{ $name }</b> bekommt ab jetzt keine Alarme mehr.
safety-buddy-kept = Gut, dein Buddy bleibt.
safety-buddy-welcome = 🛡 Du bist jetzt ihr Buddy bei quietline. Hier bekommst du nur dann eine Nachricht, wenn sie sich nach einem Termin nicht meldet oder Hilfe braucht – mit ihrem Alarmtext, der Uhrzeit und, wenn sie es angegeben hat, Ort und Nummer. Mehr zeige ich dir nicht.
safety-buddy-only-alerts = Hier kommen nur Alarme an. Mehr kann ich dir nicht zeigen.
safety-alert-title = 🚨 <b>Alarm</b>
safety-alert-cause =
    { $cause ->
        [duress] Sie hat um { $at } ihr Notfallwort geschrieben: Sie braucht Hilfe.
       *[no-answer] Sie hat sich nach ihrem Termin nicht gemeldet (fällig um { $at }).
    }
safety-alert-default-text = Ich melde mich nach einem Termin nicht. Bitte ruf mich an – wenn ich nicht rangehe, ruf die Polizei (110).
safety-alert-appointment = 🕒 Termin: { $when }
safety-alert-place = 📍 Ort: { $place }
safety-alert-number = 📞 Nummer des Kunden: { $number }
safety-alert-late = ⚠️ Verspätet: fällig war er um { $due }, ich war bis { $now } nicht erreichbar.
safety-alert-seen-button = 👀 Gesehen – ich kümmere mich
safety-alert-seen = 👀 Notiert: du hast um { $time } geantwortet.
safety-alert-all-clear = ✅ Entwarnung: Sie hat sich um { $time } gemeldet, alles ok.
safety-checkin-button = 🛡 Check-in { $time }
safety-checkin-usage =
    🛡 <b>Check-in</b>: Am Ende des Termins frage ich „Alles ok?“. Antwortest du nicht, frage ich noch einmal – danach bekommt dein Buddy einen Alarm.
    Starten: unter einem Termin in /day auf „🛡 Check-in“ tippen, oder <code>/checkin 19:30</code> (Beginn, übliche Dauer), <code>/checkin 19:30-21:00</code>, <code>/checkin 19:30 90 0171 2345678 morgen</code>.
safety-checkin-no-buddy = Für einen Check-in brauchst du zuerst einen bestätigten Buddy, der den Alarm bekommt: /buddy
safety-checkin-over = Dieser Termin ist schon vorbei (Ende { $end }).
safety-checkin-bad-who = Die Nummer oder den Alias kenne ich nicht. So geht’s: <code>/checkin 19:30 0171 2345678</code>
safety-checkin-booking-gone = Diesen Termin gibt es nicht mehr.
safety-checkin-status =
    🛡 <b>Check-in { $when }</b>
    Um { $ask } frage ich: „Alles ok?“ Ohne Antwort frage ich nach { $grace } Min. noch einmal; nach weiteren { $grace } Min. bekommt { $buddy } einen Alarm.
safety-checkin-place-line = 📍 Ort: { $place }
safety-checkin-number-line = 📞 Nummer: { $number }
safety-checkin-details-hint = Ort und Nummer gehen nur im Alarm an deinen Buddy und werden gelöscht, sobald der Check-in endet.
safety-checkin-place-button = 📍 Ort angeben
safety-checkin-number-button = 📞 Nummer mitschicken
safety-checkin-extend-button = ⏱ +{ $minutes } Min.
safety-checkin-end-button = ✅ Beenden
safety-checkin-ok-button = ✅ Alles ok
safety-checkin-place-ask = Wo bist du? Schreib mir den Ort (Hotel, Zimmer, Adresse). Er ist nur für diesen Check-in.
safety-checkin-place-saved = 📍 Gespeichert – nur für diesen Check-in.
safety-checkin-no-number = Zu diesem Termin kenne ich keine Nummer.
safety-checkin-ask = 🛡 Alles ok?
safety-checkin-nudge = 🛡 Alles ok? Bitte kurz antworten.
safety-checkin-ended = ✅ Gut. Check-in beendet.
safety-checkin-ended-alerted =
    ✅ Gut. Check-in beendet. { $buddy } hatte um { $time } einen Alarm bekommen und bekommt jetzt Entwarnung.{ $seen ->
        [none] {""}
       *[other] {" "}Gesehen um { $seen }.
    }
safety-checkin-extended = ⏱ Verlängert: ich frage um { $ask }.
safety-checkin-gone = Dieser Check-in ist schon beendet.
safety-settings =
    🛡 <b>Sicherheit</b>
    Buddy: { $buddy }
    Wartezeit: { $grace } Min. – dann frage ich noch einmal, nach weiteren { $grace } Min. geht der Alarm raus.
    Notfallwort: { $duress ->
        [set] gesetzt
       *[unset] keins
    }
    Alarmtext: { $text }

    Ändern: <code>/safety text …</code> · <code>/safety wort …</code> · <code>/safety wartezeit 20</code> · Buddy: /buddy
safety-settings-no-buddy = noch keiner
safety-settings-usage = So geht’s: <code>/safety text Ich melde mich nicht – bitte ruf mich an</code>, <code>/safety wort Ananas</code>, <code>/safety wartezeit 20</code>. Mit <code>-</code> statt eines Werts zurücksetzen.
safety-grace-button = { $minutes } Min.
safety-grace-saved = Wartezeit: { $minutes } Min.
safety-grace-bad = Bitte { $min } bis { $max } Minuten, z. B. <code>/safety wartezeit 20</code>.
safety-text-saved = Alarmtext gespeichert.
safety-text-reset = Alarmtext zurückgesetzt: es gilt der Standardtext.
safety-text-too-long = Der Alarmtext darf höchstens { $max } Zeichen lang sein.
safety-duress-saved = 🤫 Notfallwort gesetzt – ich habe nur eine verschlüsselte Prüfsumme davon gespeichert und deine Nachricht gelöscht. Schreibst du es, während ein Check-in läuft (auch als Antwort auf „Alles ok?“), sieht es hier aus wie ein normales „ok“ – und dein Buddy bekommt sofort einen Alarm.
safety-duress-removed = Notfallwort entfernt.
safety-duress-refused =
    { $error ->
        [too-short] Das Notfallwort braucht mindestens 4 Buchstaben.
        [too-long] Höchstens drei Wörter, bitte.
       *[like-ok] Das klingt wie ein normales „ok“ – nimm ein Wort, das du sonst nie schreibst, z. B. <code>/safety wort Ananas</code>.
    }
safety-warnlist-none = ⚠️ <b>Warnliste</b>: noch keine importiert. Eine Liste von deiner Beratungsstelle oder Kolleginnen (Nummer und Grund pro Zeile) macht jede Nummer darauf zu ⛔ – im Posteingang und bei /check.
safety-warnlist-status =
    ⚠️ <b>Warnliste</b>: { $count ->
        [one] eine Nummer
       *[other] { $count } Nummern
    }, importiert am { $date }. Jede davon bekommt ⛔ mit dem Grund aus der Liste – im Posteingang und bei /check.
safety-warnlist-commands = <code>/warnlist import</code> – Liste importieren (ersetzt die bisherige) · <code>/warnlist export</code> – deine gesperrten Nummern als Datei · <code>/warnlist clear</code> – Liste löschen
safety-warnlist-send = Schick mir die Liste als Datei (.txt oder .csv) oder füge sie hier ein: pro Zeile eine Nummer und ein kurzer Grund, z. B. <code>0171 2345678; gewalttätig</code>. Sie ersetzt die bisherige Liste. Gespeichert werden nur verschlüsselte Prüfsummen der Nummern, mit dem Grund. /cancel bricht ab.
safety-warnlist-imported =
    ⚠️ Warnliste importiert: { $count ->
        [one] eine Nummer
       *[other] { $count } Nummern
    }, Stand { $date }.
safety-warnlist-duplicates =
    { $count ->
        [one] Eine Zeile nannte eine Nummer ein zweites Mal; es gilt der erste Grund.
       *[other] { $count } Zeilen nannten eine Nummer ein weiteres Mal; es gilt jeweils der erste Grund.
    }
safety-warnlist-problems =
    ✖ Nichts importiert – { $count ->
        [one] eine Zeile kann ich nicht lesen
       *[other] { $count } Zeilen kann ich nicht lesen
    }. Bitte korrigieren und die ganze Liste nochmal schicken:
safety-warnlist-problem =
    Zeile { $line }: { $problem ->
        [no-number] keine Nummer erkannt
        [wrong-length] der Nummer fehlen Ziffern, oder sie hat zu viele
        [reason-too-long] Grund länger als 200 Zeichen
       *[unreadable] ein Anführungszeichen ist nicht geschlossen
    }
safety-warnlist-more-problems = … und { $count } weitere.
safety-warnlist-empty = Darin steht keine Nummer.
safety-warnlist-too-large = Zu groß: höchstens 50.000 Zeilen und 2 MB.
safety-warnlist-not-text = Das ist keine Textdatei – bitte als .txt oder .csv schicken.
safety-warnlist-not-read = Die Datei konnte ich nicht laden. Bitte nochmal schicken.
safety-warnlist-cleared = Warnliste gelöscht.
safety-warnlist-export-none = Du hast keine gesperrten Nummern (⛔). Sperren: <code>/flag 0171 2345678 blocked</code>
safety-warnlist-export-confirm =
    📤 <b>Export</b>: Ich schreibe { $count ->
        [one] deine gesperrte Nummer
       *[other] deine { $count } gesperrten Nummern
    } mit Sperrgrund in eine Datei, hier in den Chat.
    <b>Was den Bot verlässt:</b> die vollständigen Nummern im Klartext und der Grund (oder seit wann gesperrt) – keine Namen, Notizen, Termine oder Ereignisse. Gib die Datei nur an Menschen weiter, denen du vertraust.
safety-warnlist-export-yes = 📤 Ja, Datei erstellen
safety-warnlist-export-cancelled = Abgebrochen – nichts hat den Bot verlassen.
safety-warnlist-export-caption =
    { $count ->
        [one] ⚠️ Eine gesperrte Nummer
       *[other] ⚠️ { $count } gesperrte Nummern
    } – in der Form, die /warnlist import liest.
safety-warnlist-export-header = quietline: gesperrte Nummern, exportiert am { $date } (Nummer,Grund)
safety-warnlist-export-reason = gesperrt seit { $date }
