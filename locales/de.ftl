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
cmd-devices-description = Handys, die Anrufe und SMS selbst melden: anlegen, ansehen, entfernen
cmd-devices-example = /devices add Diensthandy
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

contacts-usage-contact = Welche Nummer? Zum Beispiel: <code>/contact 0171 2345678</code> oder <code>/contact Tom</code>
contacts-usage-note = So geht’s: <code>/note 0171 2345678 nur mittags erreichbar</code>
contacts-usage-alias = So geht’s: <code>/alias 0171 2345678 Tom</code> (nur ein Vor- oder Arbeitsname; <code>-</code> entfernt ihn)
contacts-usage-hours = So geht’s: <code>/hours_for 0171 2345678 Mo-Fr 12-14</code> (<code>-</code> hebt die Einschränkung auf)
contacts-usage-flag = So geht’s: <code>/flag 0171 2345678 nocall festnetz</code>
contacts-usage-unflag = So geht’s: <code>/unflag 0171 2345678 nocall</code>
contacts-usage-forget = So geht’s: <code>/forget 0171 2345678</code>
contacts-flags-help = Hinweise: nocall (kein-rueckruf), landline (festnetz), forwarded (umgeleitet), smsonly (nur-sms), nosms (keine-sms), blocked (gesperrt), trusted (vertraut).
contacts-withheld = Eine unterdrückte Nummer hat keine Karte – da gibt es nichts zu merken.
contacts-invalid-number = Das ist keine Nummer, die ich lesen kann (zu kurz, ein Datum oder ein Kurzwahl-Code). Beispiel: <code>0171 2345678</code> oder <code>+49 171 2345678</code>.
# A number with digits missing or extra, shown as she typed it; $expected is the nearest count numbers with its prefix have.
contacts-number-wrong-length =
    <code>{ $typed }</code> { $problem ->
        [too-long] sieht zu lang aus
       *[too-short] sieht unvollständig aus
    }: { $line ->
        [mobile] Handynummern
        [landline] Festnetznummern
       *[other] Nummern
    } mit dieser Vorwahl haben { $bound ->
        [at-least] mindestens { $expected }
        [at-most] höchstens { $expected }
       *[exactly] { $expected }
    } { $expected ->
        [one] Ziffer
       *[other] Ziffern
    }, hier sind es { $digits }.
contacts-wrong-length-no-card = Dafür lege ich keine Karte an – prüf die Nummer und schick sie nochmal.
contacts-unknown-alias = Zu diesem Namen kenne ich keine Karte. Nimm die Nummer, z. B. <code>0171 2345678</code>, oder schau in /contacts.
contacts-ambiguous = Diesen Namen tragen mehrere Karten – nimm bitte die Nummer:
contacts-no-card = Zu dieser Nummer habe ich nichts gespeichert.
contacts-flag-name =
    { $flag ->
        [nocall] nicht zurückrufen
        [landline] Festnetz
        [forwarded] umgeleitet
        [smsonly] nur SMS
        [nosms] keine SMS
        [blocked] gesperrt
       *[trusted] vertraut
    }
contacts-unknown-flags = Diese Hinweise kenne ich nicht: { $words }
contacts-flags-changed =
    { $who } — { $change ->
        [set] Gesetzt:
       *[cleared] Entfernt:
    } { $flags }
contacts-note-saved = 📝 Notiz gespeichert für { $who }.
contacts-alias-saved = 👤 Alias gespeichert: <b>{ $alias }</b> · { $number }
contacts-alias-removed = 👤 Alias entfernt für { $number }.
contacts-alias-shape = Ein Alias ist ein Vor- oder Arbeitsname: nur Buchstaben, höchstens 40 Zeichen. Beispiel: <code>/alias 0171 2345678 Tom</code>
contacts-hours-saved = 🕑 Erlaubte Zeiten für { $who }: { $hours }
contacts-hours-any-time = keine Einschränkung
contacts-hours-bad = { $error } Beispiele für Zeiten: <code>Mo-Fr 12-14</code>, <code>werktags 9-17</code>, <code>Sa, So 14:00-18:00</code>.
contacts-forget-ask = Alles zu { $who } löschen – Alias, Hinweise, Notizen, Zeiten und Ereignisse? Das lässt sich nicht rückgängig machen.
contacts-forget-yes = 🗑 Ja, alles löschen
contacts-forget-no = Abbrechen
contacts-forgotten = 🗑 Gelöscht. Zu dieser Nummer ist nichts mehr gespeichert.
contacts-kept = Nichts gelöscht.
contacts-minimise-intro = ⚠️ Das sieht nach Daten aus, die du nicht brauchst:
contacts-minimise-finding =
    • { $kind ->
        [company] Arbeitgeber/Firma
        [surname] Nachname
        [email] E-Mail-Adresse
        [web] Webadresse
        [address] Adresse
       *[bank] Bankdaten
    }: „{ $text }“
contacts-minimise-without = Ohne: <i>{ $text }</i>
contacts-minimise-keep = Trotzdem speichern
contacts-minimise-strip = Ohne speichern
contacts-minimise-cancel = Abbrechen
contacts-minimise-empty = Ohne diese Stellen bleibt nichts übrig – nichts gespeichert.
contacts-cancelled = Abgebrochen, nichts gespeichert.
contacts-expired = Das ist abgelaufen – bitte schick es nochmal.
contacts-stale-card = Diese Karte gibt es nicht mehr.
contacts-ask-note = 📝 Schick mir jetzt die Notiz für { $who } (oder /cancel).
contacts-ask-hours = 🕑 Schick mir die erlaubten Zeiten für { $who }, z. B. <code>Mo-Fr 12-14</code> – oder <code>-</code> für keine Einschränkung (/cancel bricht ab).
# The hint in her input field while she types the hours: plain text.
contacts-hours-placeholder = Mo-Fr 12-14
contacts-cancel-input = Abgebrochen.
contacts-none-yet = Noch keine Kontakte. Leite mir einen verpassten Anruf weiter oder tippe <code>/contact 0171 2345678</code>.
contacts-list-title = <b>Letzte Kontakte</b>
contacts-list-title-page = <b>Letzte Kontakte</b> (Seite { $page }/{ $pages })
contacts-no-event-yet = noch kein Ereignis
contacts-previous-page = ‹ Zurück
contacts-next-page = Weiter ›
contacts-use-alias = „{ $name }“ als Alias verwenden
contacts-skip-alias = Kein Alias
contacts-shared-intro = Kontakt übernommen – nur die Nummer, nichts weiter.
contacts-vcard-none = In dieser Datei finde ich keine Telefonnummer. Schick mir eine .vcf-Datei mit einem Kontakt.
contacts-vcard-too-large = Diese Datei ist zu groß für eine Kontaktkarte (höchstens 64 KB).
contacts-vcard-failed = Ich konnte die Datei nicht laden – bitte versuch es nochmal.
contacts-vcard-more =
    Die Datei enthält { $count ->
        [one] einen Kontakt
       *[other] { $count } Kontakte
    }; ich habe den ersten übernommen. Schick die anderen einzeln, wenn du sie brauchst.
contacts-card-flags =
    { $count ->
        [0] <b>Hinweise:</b> keine
       *[other] <b>Hinweise:</b>
    }
contacts-card-hours = <b>Erlaubte Zeiten:</b> { $hours }
contacts-card-notes =
    { $count ->
        [0] <b>Notizen:</b> keine
       *[other] <b>Notizen:</b>
    }
contacts-card-more-notes = … { $count } weitere
contacts-card-events =
    { $count ->
        [0] <b>Letzte Ereignisse:</b> keine
       *[other] <b>Letzte Ereignisse:</b>
    }
# When and by whom a flag was set; $day is a short date.
contacts-flag-why =
    { $by ->
        [outcome] nach dem Rückruf am { $day }
        [import] aus einer Sicherung, { $day }
       *[owner] von dir, { $day }
    }
contacts-button-note = 📝 Notiz
contacts-button-hours = 🕑 Zeiten
contacts-button-show-number = 🔢 Nummer zeigen
contacts-button-forget = 🗑 Vergessen
# A short date: $day and $month with two digits, $year with four.
contacts-date = { $day }.{ $month }.
contacts-date-year = { $day }.{ $month }.{ $year }


## inbox
# Forwarded or pasted notes: the events read from them.

inbox-understood =
    { $count ->
        [one] 📥 <b>Verstanden</b>
       *[other] 📥 <b>Verstanden</b> – { $count } Ereignisse
    }
inbox-nothing =
    Das habe ich nicht verstanden: darin finde ich keinen verpassten Anruf, keine Mailbox und keine SMS. So etwas verstehe ich:
    <code>Entgangener Anruf 0171 2345678</code>
    <code>Mailbox 8:05 – „Ruf mich an unter 0151 1234 5678“</code>
    Oder tippe /help.
inbox-kind =
    { $kind ->
        [missed-call] verpasster Anruf
        [voicemail] Mailbox
        [sms] SMS
       *[callback-request] Rückrufbitte
    }
inbox-when =
    { $day ->
        [today] heute { $time }
        [yesterday] gestern { $time }
        [tomorrow] morgen { $time }
       *[other] { $weekday } { $date } { $time }
    }
inbox-time-from-message = Zeit der Nachricht
inbox-duplicate = schon gespeichert
inbox-line =
    { $line ->
        [mobile] Handy
        [landline] Festnetz
        [mobile-or-landline] Handy oder Festnetz
        [shared-cost] Sondernummer (Shared Cost)
        [premium] Premium-Nummer
        [toll-free] kostenlose Nummer
        [personal] persönliche Rufnummer
        [pager] Pager
        [voicemail] Mailbox-Zugang
        [uan] Firmen-Sammelnummer
        [voip] Internet-Telefonie
        [special] Sondernummer
       *[unknown] Typ unbekannt
    }
inbox-foreign = Ausland ({ $country }), { $line }
inbox-withheld = Nummer unterdrückt – nicht gespeichert, kein Rückruf möglich.
inbox-invalid = Nummer nicht lesbar – nicht gespeichert.
inbox-wrong-length =
    <code>{ $typed }</code> { $problem ->
        [too-long] hat zu viele Ziffern
       *[too-short] sieht unvollständig aus
    }: { $line ->
        [mobile] Handynummern, die so beginnen, haben
        [landline] Festnetznummern, die so beginnen, haben
       *[other] Nummern, die so beginnen, haben
    } { $expected } Ziffern, hier sind es { $digits } – nicht gespeichert.
inbox-digits-either = { $first } oder { $second }
inbox-digits-range = { $first } bis { $second }
inbox-asked = Anliegen: { $what }
inbox-asked-callback = Rückruf erbeten
inbox-asked-appointment = fragt nach einem Termin
inbox-asked-appointment-when = fragt nach einem Termin { $when }
inbox-asked-both = { $callback } und { $appointment }
inbox-asked-nothing = nichts erbeten
inbox-asked-today = heute
inbox-asked-tomorrow = morgen
inbox-asked-weekday = am { $weekday }
inbox-asked-date = am { $date }
inbox-weekday =
    { $day ->
        [mon] Montag
        [tue] Dienstag
        [wed] Mittwoch
        [thu] Donnerstag
        [fri] Freitag
        [sat] Samstag
       *[sun] Sonntag
    }
inbox-asked-time =
    { $approx ->
        [yes] gegen { $time }
       *[no] { $time }
    }
inbox-late-night = 🌙 Nach Mitternacht geschrieben: ich habe <b>{ $taken }</b> genommen, den Tag, der gerade angefangen hat. War { $other } gemeint? Ein Tipp genügt.
inbox-late-night-button = 📅 Lieber { $other }
inbox-offer-for = 📅 Vorschlag für <b>{ $date }</b>:
inbox-more-events =
    { $count ->
        [one] … ein weiteres Ereignis gespeichert.
       *[other] … { $count } weitere Ereignisse gespeichert.
    }
inbox-more-numbers = Für die übrigen Nummern: /contacts.
inbox-card = 👤 Karte { $who }


## outcomes
# Callback outcomes (reached, someone else answered, voicemail, no answer) and /why.

outcomes-invalid-button = Dieser Knopf ist nicht (mehr) gültig. Frag neu mit /check.
outcomes-number-gone = Zu dieser Nummer ist nichts mehr gespeichert.
outcomes-already = Schon vermerkt.
outcomes-how-did-it-go = Wie ist der Anruf ausgegangen?
outcomes-noted =
    { $outcome ->
        [reached] Vermerkt: erreicht.
        [someone-else] Vermerkt: jemand anderes ging ran.
        [voicemail] Vermerkt: Mailbox.
       *[no-answer] Vermerkt: keiner ran.
    }
outcomes-someone-else =
    Die Nummer ist jetzt markiert: <b>umgeleitet</b> und <b>nicht zurückrufen</b> – ab jetzt nie mehr ✅.

    Am Telefon, neutral, ohne Namen:
outcomes-voicemail-reminder = Keine Nachricht auf der Mailbox hinterlassen – die hört vielleicht nicht nur er ab. Einfach auflegen.
# The verdict for the number after the outcome; $verdict is its headline.
outcomes-from-now-on = Ab jetzt: { $verdict }
outcomes-why-usage = Welche Nummer? Schreib z. B. <code>/why 0171 2345678</code> oder <code>/why Tom</code>.
outcomes-why-no-number = Zu unterdrückten oder unbrauchbaren Nummern führe ich keinen Verlauf – sie sind immer ⛔.
outcomes-why-empty = Zu dieser Nummer habe ich noch keine Bewertung gezeigt. Frag zuerst: <code>/check 0171 2345678</code>.
outcomes-why-header = <b>Verlauf</b> (neueste zuerst)
outcomes-history-outcome =
    { $outcome ->
        [reached] Rückruf: erreicht
        [someone-else] Rückruf: jemand anderes ging ran
        [voicemail] Rückruf: Mailbox
       *[no-answer] Rückruf: keiner ran
    }
outcomes-older = … ältere Einträge: { $count }


## check
# /check and plain questions ("darf ich … zurückrufen?"): what is asked about which number.

check-usage = Welche Nummer? Schreib z. B. <code>/check 0171 2345678</code> oder <code>/check Tom</code> – oder frag einfach „darf ich 0171 2345678 zurückrufen?“.
check-which-number = Welche Nummer meinst du? Frag z. B. „darf ich 0171 2345678 zurückrufen?“ oder nutze einen gespeicherten Alias.
check-invalid-hint = So geht es: <code>/check 0171 2345678</code> oder <code>/check +49 171 2345678</code>.
check-ambiguous = Diesen Alias tragen mehrere Nummern ({ $numbers }). Nimm die Nummer, z. B. <code>/check 0171 2345678</code>.
check-unknown = Das ist weder eine Nummer noch ein Alias, den ich kenne. Schreib die Nummer in einer üblichen Schreibweise, z. B. <code>/{ $command } 0171 2345678</code>, oder einen Alias, z. B. <code>/{ $command } Tom</code>.


## verdict
# The verdict view: headline, reasons, facts, what would change it, hints; the rule explanations.

# The first line of every answer, after the verdict's emoji.
verdict-headline =
    { $verdict ->
        [call] Zurückrufen ist ok
        [text] Lieber schreiben
       *[none] Nicht melden
    }
verdict-headline-later =
    Jetzt nicht – ab { $when }{ $then ->
        [call] , dann zurückrufen
        [text] , dann schreiben
       *[none] {""}
    }
# ⏳ without a moment within two weeks.
verdict-headline-later-open =
    Jetzt nicht{ $then ->
        [call] , dann zurückrufen
        [text] , dann schreiben
       *[none] {""}
    }
verdict-heading-why = Warum
# Rules that also apply and argue for getting in touch, but weigh less than those that decided.
verdict-heading-for = Spricht dafür, zählt aber weniger
# Rules that also apply and point the same way as the answer, without deciding it.
verdict-heading-against = Spricht auch dagegen
verdict-heading-facts = Fakten
verdict-heading-change = Das würde es ändern
verdict-called-anyway = 📞 Doch angerufen? Ergebnis eintragen
verdict-outcome-button =
    { $outcome ->
        [reached] Erreicht
        [someone-else] Jemand anderes ging ran
        [voicemail] Mailbox
       *[no-answer] Keiner ran
    }
# A moment in her time zone: $relative is today, tomorrow, week (within six days) or other;
# $weekday is the short weekday, $date comes from verdict-date.
verdict-when =
    { $relative ->
        [today] { $clock }
        [tomorrow] morgen { $clock }
        [week] { $weekday } { $clock }
       *[other] { $weekday } { $date } { $clock }
    }
verdict-date =
    { $day }.{ $month ->
        [jan] 01
        [feb] 02
        [mar] 03
        [apr] 04
        [may] 05
        [jun] 06
        [jul] 07
        [aug] 08
        [sep] 09
        [oct] 10
        [nov] 11
       *[dec] 12
    }.
verdict-age-minutes = vor { $count } Min.
verdict-age-hours = vor { $count } Std.
verdict-age-days = vor { $count } Tagen
verdict-event-kind =
    { $kind ->
        [missed-call] verpasster Anruf
        [voicemail] Mailbox
        [sms] SMS
       *[callback-request] Rückrufbitte
    }
# The same, at the start of a sentence.
verdict-event-kind-start =
    { $kind ->
        [missed-call] Verpasster Anruf
        [voicemail] Mailbox
        [sms] SMS
       *[callback-request] Rückrufbitte
    }
# "Mailbox 08:05", "3× verpasster Anruf 11:53"; $kind from verdict-event-kind, $when from verdict-when.
verdict-event =
    { $count ->
        [1] { $kind }
       *[other] { $count }× { $kind }
    } { $when }
# An inbound request in the facts: "Mailbox 08:05 (vor 3 Std.), fragt nach einem Termin heute".
verdict-request = { $event } ({ $age }), { $asked }
# What a request asked for; $appointment from verdict-asked-appointment.
verdict-asked =
    { $what ->
        [callback] bittet um Rückruf
        [appointment] { $appointment }
        [both] bittet um Rückruf und { $appointment }
        [missed-call] ohne Nachricht
       *[nothing] ohne Bitte um Rückruf
    }
# $has: which of day ($day from verdict-asked-day) and time ($time from verdict-asked-time) the client named.
verdict-asked-appointment =
    { $has ->
        [day] fragt nach einem Termin { $day }
        [time] fragt nach einem Termin { $time }
        [both] fragt nach einem Termin { $day } { $time }
       *[none] fragt nach einem Termin
    }
verdict-asked-day =
    { $relative ->
        [today] heute
        [tomorrow] morgen
        [weekday] am { $weekday ->
            [mon] Montag
            [tue] Dienstag
            [wed] Mittwoch
            [thu] Donnerstag
            [fri] Freitag
            [sat] Samstag
           *[sun] Sonntag
        }
       *[date] am { $date }
    }
verdict-asked-time =
    { $approx ->
        [yes] gegen { $clock }
       *[no] um { $clock }
    }
verdict-line =
    { $line ->
        [mobile] Mobil
        [landline] Festnetz
        [mobile-or-landline] Mobil oder Festnetz
        [special] Sondernummer
       *[unknown] unbekannt
    }
verdict-outcome =
    { $outcome ->
        [reached] erreicht
        [someone-else] jemand anderes hat abgenommen
        [voicemail] Mailbox
       *[no-answer] nicht abgenommen
    }
# How many digits a number needs: one count, two, or a span ($min = $max for one).
verdict-digits =
    { $shape ->
        [one] { $min }
        [two] { $min } oder { $max }
       *[span] { $min } bis { $max }
    }
verdict-rule-title =
    { $rule ->
        [warnlist] Warnliste
        [withheld] Nummer unterdrückt oder unbrauchbar
        [blocked] Gesperrt
        [landline] Festnetz
        [someone-else-answered] Jemand anderes hat abgenommen / umgeleitet
        [nocall] Nicht zurückrufen (Markierung)
        [smsonly] Nur schreiben (Markierung)
        [nosms] Keine SMS (Markierung)
        [no-fresh-request] Keine aktuelle Anfrage
        [not-asked-to-call] Nicht um Rückruf gebeten
        [outside-allowed-hours] Außerhalb der erlaubten Zeiten
        [call-days] Kein Anruftag
        [quiet-hours] Ruhezeit
        [trusted] Vertraut (hebt nichts auf)
        [asked-to-call] Um Rückruf gebeten
        [nothing-allows] Nichts erlaubt es
       *[unknown-clock] Uhrzeit unlesbar
    }
verdict-rule-title-custom = Eigene Regel „{ $id }“
# Her imported warning list; $reason is the list's own words (plain text: the view escapes), $hasReason yes or no.
verdict-reason-warning-list =
    { $hasReason ->
        [yes] ⚠️ Auf der Warnliste: { $reason }
       *[no] ⚠️ Auf der Warnliste
    }
verdict-reason-withheld = Nummer unterdrückt – nichts zum Zurückrufen; warten, bis wieder angerufen wird.
verdict-reason-invalid = Keine brauchbare Nummer erkannt – nichts zum Zurückrufen.
# A number with digits missing or extra; $expected from verdict-digits. Never the number itself.
verdict-reason-wrong-length =
    { $problem ->
        [too-long] Nummer zu lang: { $digits } Ziffern, Nummern mit dieser Vorwahl haben { $expected } ({ $by ->
            [one] eine zu viel
           *[other] { $by } zu viel
        }) – nichts zum Zurückrufen.
       *[too-short] Nummer unvollständig: { $digits } Ziffern, Nummern mit dieser Vorwahl haben { $expected } ({ $by ->
            [one] eine fehlt
           *[other] { $by } fehlen
        }) – nichts zum Zurückrufen.
    }
verdict-reason-flag =
    { $flag ->
        [blocked] Auf deiner Sperrliste
        [landline] Als Festnetz markiert – wird nie angerufen oder angeschrieben
        [forwarded] Als umgeleitet markiert – Anrufe landen bei jemand anderem
        [nocall] Markiert: nicht zurückrufen
        [smsonly] Markiert: nur schreiben, nie anrufen
       *[nosms] Markiert: keine SMS – auch nicht schreiben
    } (seit { $since }){ $by ->
        [outcome] , automatisch nach einem Rückruf
       *[other] {""}
    }.
verdict-reason-trusted = Als vertraut markiert – hebt keine Sicherheitsregel auf: ein sicherer Rückruf sagt nichts über den nächsten.
verdict-reason-landline = Nummernart: Festnetz – Festnetz wird nie zurückgerufen, und eine SMS wird dort oft vorgelesen.
verdict-reason-maybe-landline = Nummernart: { $line } – zählt sicherheitshalber als Festnetz.
verdict-reason-someone-else-answered = Beim Rückruf { $when } hat jemand anderes abgenommen – diese Nummer nie wieder anrufen.
verdict-reason-no-fresh-request = Keine Anfrage in den letzten { $hours } h – du meldest dich nie von dir aus.
verdict-reason-no-fresh-request-since = Keine Anfrage in den letzten { $hours } h (letzter Kontakt: { $event }) – du meldest dich nie von dir aus.
verdict-reason-request-answered = Die letzte Anfrage ist erledigt: Rückruf { $when }, { $outcome }.
verdict-reason-not-asked-missed-call = { $event } ohne Nachricht – das ist keine Bitte um Rückruf.
verdict-reason-not-asked = { $event }: { $asked } – nicht um Rückruf gebeten.
verdict-reason-asked = Um Rückruf gebeten: { $event } ({ $age }).
verdict-reason-outside-allowed-hours = Außerhalb der erlaubten Zeiten dieses Kontakts – nächstes Fenster { $when }.
verdict-reason-outside-allowed-hours-no-window = Außerhalb der erlaubten Zeiten dieses Kontakts – kein Fenster in den nächsten zwei Wochen.
verdict-reason-not-a-call-day =
    { $weekday ->
        [mon] Montag
        [tue] Dienstag
        [wed] Mittwoch
        [thu] Donnerstag
        [fri] Freitag
        [sat] Samstag
       *[sun] Sonntag
    } ist kein Anruftag – ab { $when }.
verdict-reason-no-call-days = Heute ist kein Anruftag, und es ist keiner eingestellt.
verdict-reason-quiet-hours = Ruhezeit { $range }, jetzt { $now } – bis { $when }, auch fürs Schreiben.
verdict-reason-quiet-hours-all-day = Ruhezeit { $range } – den ganzen Tag.
verdict-reason-custom = Eigene Regel „{ $id }“: { $text }
verdict-reason-nothing-allows = Keine eingeschaltete Regel erlaubt es – im Zweifel nicht melden.
verdict-reason-unknown-clock = Uhrzeit oder Zeitzone nicht lesbar – keine Zeitregel prüfbar, also nicht melden.
verdict-text-fits = Eine kurze, neutrale Nachricht passt.
verdict-text-does-not-fit =
    Schreiben passt auch nicht: { $because ->
        [not-mobile] keine Mobilnummer
        [no-request] keine offene Anfrage
        [missed-call-only] nur verpasste Anrufe, keine Nachricht
       *[nosms] Markierung „keine SMS“
    }.
# An outweighed rule's reason, and what decided instead ($rules: rule titles).
verdict-outweighed-by = { $reason } Aber: { $rules }.
verdict-outweighed-by-until = { $reason } Aber: { $rules } bis { $when }.
verdict-fact-number =
    Nummernart: { $line }{ $special ->
        [shared-cost] {" "}(Service-Nummer, geteilte Kosten)
        [premium] {" "}(Premium-Nummer)
        [toll-free] {" "}(kostenlose Nummer)
        [personal] {" "}(persönliche Rufnummer)
        [pager] {" "}(Pager)
        [voicemail] {" "}(Mailbox-Nummer)
        [uan] {" "}(Firmen-Sammelnummer)
        [voip] {" "}(Internet-Telefonie)
       *[none] {""}
    }{ $foreign ->
        [yes] , Ausland ({ $country })
       *[no] {""}
    }{ $countsAsLandline ->
        [yes] {" "}→ zählt als Festnetz
       *[no] {""}
    }
verdict-fact-no-number =
    Nummer: { $kind ->
        [withheld] unterdrückt
       *[invalid] unbrauchbar
    }
verdict-fact-wrong-length =
    Nummer: { $problem ->
        [too-long] zu lang
       *[too-short] unvollständig
    } – { $digits } Ziffern statt { $expected }
verdict-fact-now = Jetzt: { $weekday } { $clock }
verdict-fact-last-contact = Letzter Kontakt: { $request }
verdict-fact-last-request = Letzte Anfrage: { $request }
verdict-fact-no-request = Keine offene Anfrage in den letzten { $hours } h
verdict-fact-flags = Markierungen: { $flags }
verdict-fact-someone-else = Jemand anderes hat schon abgenommen: { $count }×
verdict-fact-last-callback = Letzter Rückruf: { $when }, { $outcome }
verdict-fact-disabled = Abgeschaltete Regeln: { $rules }
verdict-change =
    { $change ->
        [asks-callback] wenn um Rückruf gebeten wird
        [new-request] wenn sich die Person wieder meldet
        [leaves-message] wenn eine Nachricht kommt (Mailbox oder SMS)
       *[number-shown] wenn mit sichtbarer Nummer angerufen wird
    }
verdict-change-after = ab { $when }
verdict-change-remove-flag = Markierung { $flag } entfernen
verdict-change-setting =
    { $setting ->
       *[mobileOrLandlineIsLandline] Einstellung: „Mobil oder Festnetz“ als Mobil zählen
    }
verdict-change-custom-rule = eigene Regel „{ $id }“ abschalten
verdict-change-permanent = nichts – das bleibt so ({ $rule })
verdict-hint-repeated-calls = { $count } Anrufe innerhalb von { $minutes } Min.
verdict-hint-caution =
    { $cause ->
        [foreign] Vorsicht: ausländische Nummer ({ $country }).
        [premium] Vorsicht: Premium-Nummer – teuer.
        [shared-cost] Vorsicht: Service-Nummer mit geteilten Kosten.
       *[personal] Vorsicht: persönliche Rufnummer – kann überallhin umgeleitet sein.
    }
verdict-hint-no-voicemail = Falls niemand abnimmt: keine Nachricht auf der Mailbox hinterlassen.
verdict-hint-stale-before = Die Anfrage ist ab { $when } älter als { $hours } h und gilt dann nicht mehr.
verdict-hint-until-unknown = In den nächsten zwei Wochen gibt es keinen passenden Zeitpunkt.


## rules
# /rules: the rule list, her own rules, the rule settings buttons.

# One line per default rule in the /rules listing: when it applies and what it says.
rules-summary =
    { $rule ->
        [warnlist] ⛔ Auf der importierten Warnliste (/warnlist): nie melden, was sonst auch gilt.
        [withheld] ⛔ Unterdrückte oder unbrauchbare Nummer: nichts zum Zurückrufen.
        [blocked] ⛔ Gesperrte Kontakte: nie melden.
        [landline] ⛔ Festnetz (laut Nummer oder markiert): nie anrufen, nie schreiben.
        [someone-else-answered] 💬/⛔ Hat schon einmal jemand anderes abgenommen oder ist umgeleitet: nie mehr anrufen; schreiben, wenn es passt.
        [nocall] 💬/⛔ Markiert „nicht zurückrufen“: schreiben, wenn es passt.
        [smsonly] 💬/⛔ Markiert „nur schreiben“: nie anrufen.
        [nosms] Markiert „keine SMS“: nie schreiben.
        [no-fresh-request] ⛔ Keine Anfrage in der Frischezeit: du meldest dich nie von dir aus.
        [not-asked-to-call] 💬/⛔ Anfrage ohne Bitte um Rückruf (verpasster Anruf, Terminfrage): schreiben statt anrufen.
        [outside-allowed-hours] ⏳ Außerhalb der erlaubten Zeiten des Kontakts: bis zum nächsten Fenster warten.
        [call-days] ⏳ Kein Anruftag: bis zum nächsten Anruftag warten.
        [quiet-hours] ⏳ In deiner Ruhezeit: bis zu ihrem Ende warten (gilt auch fürs Schreiben).
        [trusted] Vertraut: hebt keine Sicherheitsregel auf.
       *[asked-to-call] ✅ Ausdrücklich um Rückruf gebeten, frisch, Mobilnummer, keine Warnung: zurückrufen.
    }
rules-title = <b>Regeln</b>
rules-defaults = Standard (Version { $version }) – 🟢 an · ⚪️ aus · 🔒 bleibt an
rules-mine = <b>Deine Regeln</b>
rules-mine-none = <b>Deine Regeln</b>: noch keine.
# One of her stored rules that no longer parses; $problems from rules-problem-*, joined.
rules-broken = ⚠️ <code>{ $id }</code> passt nicht mehr zum Regelformat, wird nicht angewandt: { $problems }
rules-more = … und { $count } weitere
rules-settings = <b>Einstellungen</b> (Knopf tippen zum Ändern):
# Every subcommand, with examples the bot reads in this language.
rules-commands = <code>/rules add {"{"}json{"}"}</code> · <code>/rules off id</code> · <code>/rules on id</code> · <code>/rules remove id</code> · <code>/rules quiet 22:00-08:00</code> · <code>/rules days Mo-Fr</code> · <code>/rules calls 3/10</code>
rules-unknown-sub = Das kenne ich bei /rules nicht. Möglich:
rules-add-usage = Schreib die Regel als JSON dahinter, z. B.:
rules-example = <code>/rules add { $rule }</code>
# The example rule's reason: her words for "never on Sundays".
rules-example-reason = Sonntags nie
# $problem: the JSON parser's own words (English).
rules-bad-json =
    Kein gültiges JSON – { $problem }
    Deine bisherigen Regeln bleiben unverändert. So sieht eine Regel aus:
rules-rejected = Regel nicht gespeichert, deine bisherigen Regeln bleiben unverändert. Das stimmt nicht:
# $verdict is the verdict's emoji, $reason her words.
rules-added = Regel <code>{ $id }</code> gespeichert und eingeschaltet: { $verdict } { $reason }
rules-switched =
    { $state ->
        [on] Regel <code>{ $id }</code> ist an.
       *[off] Regel <code>{ $id }</code> ist aus.
    }
rules-already =
    { $state ->
        [on] Regel <code>{ $id }</code> ist schon an.
       *[off] Regel <code>{ $id }</code> ist schon aus.
    }
rules-loosened = Achtung: ohne diese Regel kann die Antwort großzügiger ausfallen. <code>/rules on { $id }</code> schaltet sie wieder an.
rules-safety =
    <code>{ $id }</code> ist eine Schutzregel und bleibt an: { $id ->
        [warnlist] wer auf deiner Warnliste steht, bekommt nie eine Antwort
        [withheld] ohne Nummer gibt es nichts zurückzurufen
        [blocked] deine Sperrliste gilt immer
        [landline] am Festnetz kann jeder im Haushalt oder Büro abnehmen, und SMS werden dort oft vorgelesen
       *[someone-else-answered] wo schon einmal jemand anderes abgenommen hat, kann es wieder passieren
    }.
rules-unknown-id = Keine Regel mit der id „{ $id }“. <code>/rules</code> zeigt alle ids.
rules-id-usage = Welche Regel? Z. B. <code>/rules { $sub } quiet-hours</code> – <code>/rules</code> zeigt alle ids.
rules-removed = Regel <code>{ $id }</code> gelöscht.
rules-remove-default = <code>{ $id }</code> ist eine Standardregel – die lässt sich nur ausschalten: <code>/rules off { $id }</code>.
rules-quiet-set =
    Ruhezeit: { $range ->
        [none] keine
       *[other] { $range }
    }.
rules-quiet-usage = Ruhezeit so angeben: <code>/rules quiet 22:00-08:00</code> (oder <code>/rules quiet aus</code>).
rules-days-set =
    Anruftage: { $days ->
        [none] keine
       *[other] { $days }
    }.
rules-days-usage = Anruftage so angeben: <code>/rules days Mo-Fr</code>, <code>/rules days Mo, Mi, Fr</code> oder <code>/rules days täglich</code>.
rules-calls-set = Mehrfachanrufe: Hinweis ab { $count } Anrufen in { $minutes } Min.
rules-calls-usage = So angeben: <code>/rules calls 3/10</code> (3 Anrufe in 10 Minuten; mindestens 2 Anrufe).
rules-invalid-button = Dieser Knopf ist nicht mehr gültig. /rules zeigt die aktuellen Einstellungen.
# The settings buttons: a setting's name and its current value.
rules-setting-quiet =
    Ruhezeit: { $range ->
        [none] keine
       *[other] { $range }
    }
rules-setting-freshness = Anfrage gilt: { $hours } h
rules-setting-missed-call =
    Verpasster Anruf → schreiben: { $when ->
        [never] nie
        [after-request] nach einer Anfrage
       *[always] immer
    }
rules-setting-landline =
    „Mobil oder Festnetz“ = Festnetz: { $value ->
        [on] ja
       *[off] nein
    }
rules-setting-caution-foreign =
    Hinweis Ausland: { $value ->
        [on] an
       *[off] aus
    }
rules-setting-caution-special =
    Hinweis Sondernummern: { $value ->
        [on] an
       *[off] aus
    }
rules-setting-call-days =
    Anruftage: { $days ->
        [none] keine
       *[other] { $days }
    }
rules-setting-repeated-calls = Mehrfachanrufe: { $count } in { $minutes } Min.
rules-setting-voicemail =
    Mailbox-Erinnerung: { $value ->
        [on] an
       *[off] aus
    }
# Why a rule of hers was refused: where in her JSON ($path, e.g. when.all[0].op), and what.
rules-problem-at = { $path }: { $problem }
rules-problem-whole = Regel: { $problem }
rules-problem =
    { $code ->
        [missing] fehlt
        [clock] erwartet eine Uhrzeit HH:MM, z. B. 09:00
        [weekday] erwartet einen Wochentag: 0 (Sonntag) bis 6 (Samstag) oder "sun" … "sat"
        [country] erwartet einen Ländercode wie DE
        [slug] erwartet Kleinbuchstaben, Ziffern und Bindestriche, z. B. no-calls-friday
        [reserved-id] diese id gehört einer eingebauten Regel
        [phone-number] darf keine Telefonnummer enthalten
        [same-times] from und to müssen verschieden sein
        [until-required] nötig, wenn verdict "later" ist
        [until-only-later] nur erlaubt, wenn verdict "later" ist
        [no-condition] keine Bedingung: erwartet einen dieser Schlüssel: all, any, not, fact, time, weekday
       *[invalid] ungültig
    }
rules-problem-type =
    erwartet { $expected ->
        [object] ein Objekt {"{"} … {"}"}
        [array] eine Liste
        [string] einen Text in Anführungszeichen
        [number] eine Zahl
        [int] eine ganze Zahl
        [boolean] true oder false
       *[other] { $expected }
    }
rules-problem-one-of = erwartet eins davon: { $values }
rules-problem-too-small =
    { $origin ->
        [string] { $minimum ->
            [one] darf nicht leer sein
           *[other] mindestens { $minimum } Zeichen
        }
        [array] { $minimum ->
            [one] braucht mindestens einen Eintrag
           *[other] braucht mindestens { $minimum } Einträge
        }
       *[number] mindestens { $minimum }
    }
rules-problem-too-big =
    { $origin ->
        [string] höchstens { $maximum } Zeichen
        [array] höchstens { $maximum } Einträge
       *[number] höchstens { $maximum }
    }
rules-problem-unknown-key = unbekannter Schlüssel: { $keys }
rules-problem-unknown-fact = unbekannter Fakt; möglich: { $facts }
rules-problem-fact-value = kein passender Wert für { $fact } (bei in und notIn eine Liste davon)
rules-problem-needs-list = op { $op } braucht eine Liste von Werten
rules-problem-needs-single = op { $op } braucht einen einzelnen Wert, keine Liste
rules-problem-too-deep = tiefer als { $max } Ebenen verschachtelt
rules-problem-id-taken = eine Regel „{ $id }“ gibt es schon – erst löschen oder eine andere id wählen
rules-problem-too-many = höchstens { $max } eigene Regeln


## availability
# /free, /day, /book, /cancel, /hours, /off and the offer section with its held slots.

availability-date = { $weekday } { $day }.{ $month }.
availability-hours-now = <b>Deine Zeiten:</b> { $hours }
availability-hours-saved = ✅ Zeiten gespeichert: { $hours }
availability-hours-help =
    So geht’s:
    <code>/hours mo-fr 11:00-21:00; sa 12:00-18:00; so frei</code>
    <code>/hours fr 20:00-02:00</code> (über Mitternacht)
    <code>/hours 2026-12-23 14:00-18:00</code> (nur an diesem Tag)
availability-override-saved = ✅ { $date }: { $hours } (statt der Wochenzeiten)
availability-override-off = ✅ { $date } ist frei (kein Termin).
availability-override-removed = ✅ { $date } folgt wieder den Wochenzeiten.
availability-override-restored = { $date } ist wieder wie vorher.
availability-special-days = <b>Besondere Tage:</b>
availability-special-day = { $date }: { $hours }
availability-day-off = frei
availability-no-special-days = Keine freien Tage eingetragen. Beispiel: <code>/off 2026-12-24</code>
availability-tap-to-remove = Tippe einen Tag an, um ihn zu entfernen.
availability-off-help = Das ist kein Datum. Beispiele: <code>/off 2026-12-24</code>, <code>/off 24.12.</code>, <code>/off morgen</code>
availability-past-date = { $date } liegt in der Vergangenheit.
availability-book-help =
    So geht’s:
    <code>/book 17:00</code>
    <code>/book 17:00-18:30 Tom morgen</code>
    <code>/book 19:00 90 0171 2345678 2026-12-03</code>
availability-book-bad-time = Die Uhrzeit kann ich nicht lesen.
availability-book-bad-length = Die Dauer muss zwischen 5 Minuten und 12 Stunden liegen.
availability-book-two-days = Bitte nur einen Tag angeben.
availability-book-passed = { $time } ist heute schon vorbei. Für einen anderen Tag: <code>/book { $time } morgen</code>
availability-book-conflict = ⛔ Nicht gebucht: { $when } überschneidet sich (mit Puffer { $before }/{ $after } min) mit:
availability-conflict-item = • Termin { $booking }
availability-book-conflict-hint = Freie Zeiten: <code>/free{ $day }</code>
availability-booked = ✅ Gebucht: { $when }
availability-booked-instead = ✅ Gebucht: { $when } (statt { $date })
availability-hold-settled = Angebot für { $time } ist damit erledigt.
availability-outside-hours = Hinweis: außerhalb deiner Zeiten.
availability-unknown-alias = Keinen Kontakt mit diesem Alias gefunden. Nimm die Nummer oder lege den Alias zuerst an.
availability-ambiguous-alias = Diesen Alias tragen mehrere Nummern – nimm die Nummer.
availability-not-a-number = Diese Nummer kann ich nicht lesen.
availability-day-header = <b>{ $date }</b> — Zeiten: { $hours }
availability-day-closed = kein Arbeitstag
availability-day-booking = • { $time } Termin
availability-day-hold = • { $time } angeboten, gehalten bis { $until }
availability-no-appointments = Keine Termine.
availability-day-free = Frei: { $gaps }
availability-day-nothing-free = Frei: nichts
availability-release-hold = ✖ { $time } freigeben
availability-book-hold = ✔ { $time } buchen
availability-hold-released = { $time } ist wieder frei.
availability-hold-gone = Dieses Angebot gibt es nicht mehr.
availability-hold-taken = Das geht nicht mehr: { $time } ist inzwischen belegt.
availability-stale = Dieser Knopf ist veraltet.
availability-cancel-pick = Welchen Termin am { $date } absagen?
availability-cancel-none = Am { $date } ist nichts gebucht.
availability-cancelled = ✅ Abgesagt: { $when }
availability-cancel-gone = Dieser Termin ist schon weg.
availability-free-header =
    { $day ->
        [tonight] <b>Frei heute Nacht</b> ({ $date }): { $slots }
        [today] <b>Frei heute</b> ({ $date }): { $slots }
        [tomorrow] <b>Frei morgen</b> ({ $date }): { $slots }
       *[other] <b>Frei am { $date }</b>: { $slots }
    }
availability-free-more =
    { $count ->
        [one] (eine freie Zeit insgesamt – alle auf /day{ $arg })
       *[other] ({ $count } freie Zeiten insgesamt – alle auf /day{ $arg })
    }
availability-free-none = { $date }: nichts mehr frei.
availability-free-next = Nächster freier Tag: <b>{ $date }</b>: { $slots }
availability-free-nothing-at-all = In den nächsten 30 Tagen ist nichts frei.
availability-draft-label = Antwort zum Kopieren:
availability-held-note =
    { $count ->
        [one] { $slots } bleibt { $hold } für diese Antwort reserviert.
       *[other] { $slots } bleiben { $hold } für diese Antwort reserviert.
    }
availability-release-all = ✖ Reservierung aufheben
availability-released-all = Reservierung aufgehoben.
availability-free-help = Welcher Tag? Beispiele: <code>/free</code>, <code>/free morgen</code>, <code>/free fr</code>, <code>/free 24.12.</code>
availability-day-arg-help = Das ist kein Tag. Beispiele: <code>heute</code>, <code>morgen</code>, <code>fr</code>, <code>24.12.</code>, <code>2026-12-24</code>
# A day word in a suggested command; the bot must read it as tomorrow.
availability-tomorrow-argument = morgen
# Late at night a day word counts from the day that has begun; this names the date taken.
availability-late-night =
    { $word ->
        [tonight] „heute Nacht“ = die Nacht von { $date } auf { $next }, weil es erst { $time } ist.
        [after] „übermorgen“ = { $date }, weil es erst { $time } ist.
       *[tomorrow] „morgen“ = { $date }, weil es erst { $time } ist.
    }
# The button for the other reading of that day word.
availability-late-night-other = ↔ { $date } gemeint


## lint
# /lint: findings, rewrites, her own word list.

lint-help =
    Schick mir den Text, den du verschicken willst:
    <code>/lint Hallo Tom, passt heute 17:00? LG Anna</code>
    Eigene Wörter: <code>/lint add Studio</code>, <code>/lint remove Studio</code>, <code>/lint words</code>
lint-clean = ✅ Unauffällig – nichts gefunden.
lint-found =
    { $count ->
        [one] ⚠️ Eine Fundstelle:
       *[other] ⚠️ { $count } Fundstellen:
    }
lint-kind =
    { $kind ->
        [name] Name
        [signature] Unterschrift
        [explicit] verräterisches Wort
        [price] Preis/Betrag
        [address] Adresse
        [link] Link
        [emoji] Emoji
       *[phone] Telefonnummer
    }
# $at is the position in her text, counted from 1.
lint-finding =
    { $fix ->
        [drop] • { $kind } „{ $match }“ (Zeichen { $at }) → streichen
        [replace] • { $kind } „{ $match }“ (Zeichen { $at }) → ersetzen durch „{ $replacement }“
       *[rephrase] • { $kind } „{ $match }“ (Zeichen { $at }) → umformulieren
    }
lint-rewrite = Neutraler Vorschlag:
lint-added = ✅ „{ $word }“ wird ab jetzt markiert.
lint-removed = ✅ „{ $word }“ ist nicht mehr auf deiner Liste.
lint-not-listed = „{ $word }“ stand nicht auf deiner Liste.
lint-bad-word = Ein Wort oder eine kurze Wendung, bis 40 Zeichen: <code>/lint add Studio</code>
lint-words = <b>Deine Wörter:</b> { $words }
lint-no-words = Noch keine eigenen Wörter. <code>/lint add Studio</code>


## privacy
# /privacy, /keep, /export, /import, /wipe and self-cleaning.

privacy-title = 🔒 <b>Privatsphäre</b>
privacy-cleanup-on = <b>Selbstreinigung:</b> nach { $period } lösche ich deine und meine Nachrichten hier im Chat. Eine Nachricht behalten: antworte auf sie mit /keep.
privacy-cleanup-off = <b>Selbstreinigung:</b> aus – der Chat bleibt stehen.
# How long messages stay: on the buttons and in the sentence above.
privacy-period =
    { $unit ->
        [off] aus
        [minutes] { $count } Min.
       *[hours] { $count } Std.
    }
privacy-retention =
    <b>Aufbewahrung:</b> Anruf-Ereignisse { $events ->
        [one] { $events } Tag
       *[other] { $events } Tage
    } · Prüfprotokoll { $verdicts ->
        [one] { $verdicts } Tag
       *[other] { $verdicts } Tage
    } · vergangene Termine { $appointments ->
        [one] { $appointments } Tag
       *[other] { $appointments } Tage
    }. Aliase, Markierungen und Notizen bleiben.
privacy-how-to = Ändern: Knöpfe unten oder z. B. <code>/privacy ereignisse 60</code>, <code>/privacy reinigung 2h</code>.
# Short labels on the retention buttons, before the number of days.
privacy-row-events = Ereign.
privacy-row-verdicts = Protok.
privacy-row-appointments = Termine
privacy-saved = Gespeichert.
privacy-bad-args = Das kann ich nicht einstellen. Beispiele: <code>/privacy reinigung 30</code> (aus, 5, 30, 2h, 24h), <code>/privacy ereignisse 60</code>, <code>/privacy protokoll 30</code>, <code>/privacy termine 14</code> (1–365 Tage).
privacy-kept = 📌 Diese Nachricht bleibt stehen.
privacy-kept-toast = 📌 Bleibt stehen.
privacy-not-tracked = Diese Nachricht kann ich nicht mehr verwalten – sie ist älter als 48 Stunden oder schon gelöscht.
privacy-nothing-to-keep = Antworte mit /keep auf die Nachricht, die stehen bleiben soll.
privacy-keep-button = 📌 Behalten
privacy-wipe-ask =
    ⚠️ <b>Alles löschen?</b> Das löscht alle Nummern, Aliase, Notizen, Verläufe, Termine und Einstellungen – und jede Nachricht in diesem Chat, die ich noch löschen kann. Das lässt sich nicht rückgängig machen.

    Zum Bestätigen tippe <b>{ $word }</b>. Alles andere bricht ab.
# The word that confirms /wipe. It is accepted in every language, with or without accents.
privacy-wipe-word = LÖSCHEN
privacy-wipe-cancelled = Abgebrochen – nichts wurde gelöscht.
privacy-wiped = 🧹 Alles gelöscht. Ich weiß nichts mehr. Tippe /start, um neu zu beginnen.
privacy-export-ask =
    Wähle eine Passphrase für die Sicherung (mindestens 8 Zeichen, besser ein ganzer Satz) und schick sie mir. Ich lösche deine Nachricht sofort.
    Ohne die Passphrase lässt sich die Datei nicht öffnen – auch nicht von mir. Abbrechen: /cancel
privacy-passphrase-short = Die Passphrase ist zu kurz – bitte mindestens 8 Zeichen, z. B. <code>drei Wörter mit Zahl 7</code>.
privacy-records =
    { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
privacy-export-caption = 🔐 Verschlüsselte Sicherung ({ $records }). Speichere die Datei an einem sicheren Ort; hier löscht die Selbstreinigung sie. Wiederherstellen: /import
privacy-import-ask = Schick mir die Sicherungsdatei (.qlbackup). Abbrechen: /cancel
privacy-import-need-file = Ich warte auf die Sicherungsdatei (.qlbackup) als Datei. Abbrechen: /cancel
privacy-import-too-large = Die Datei ist zu groß für eine Sicherung. Nichts wurde geändert.
privacy-import-passphrase = Und die Passphrase? Ich lösche deine Nachricht sofort.
privacy-import-wrong =
    { $left ->
        [0] Passphrase falsch oder Datei beschädigt. Nichts wurde geändert. Neu anfangen: /import
        [one] Passphrase falsch oder Datei beschädigt. Nichts wurde geändert. Noch ein Versuch – schick die Passphrase nochmal.
       *[other] Passphrase falsch oder Datei beschädigt. Nichts wurde geändert. Noch { $left } Versuche – schick die Passphrase nochmal.
    }
privacy-import-not-backup = Das ist keine quietline-Sicherung. Nichts wurde geändert.
privacy-import-unsupported = Diese Sicherung stammt aus einer Version, die ich nicht lesen kann. Nichts wurde geändert.
privacy-import-summary =
    Sicherung vom { $date }: { $records } ({ $parts }).
    <b>Zusammenführen</b> ergänzt, was fehlt, und behält alles, was du jetzt hast. <b>Ersetzen</b> löscht erst alles Jetzige.
# What a backup holds, by the store's names for its parts; an unknown part shows by its name.
privacy-namespace =
    { $name ->
        [contacts] Nummern
        [aliases] Aliase
        [verdict_log] Prüfprotokoll
        [bookings] Termine
        [booking_months] Termine
        [holds] Reservierungen
        [general] Einstellungen
        [privacy] Einstellungen
        [rules] Regeln
        [availability] Zeiten
       *[other] { $name }
    }
privacy-merge = Zusammenführen
privacy-replace = Ersetzen
privacy-cancel = Abbrechen
privacy-imported =
    { $kept ->
        [0] ✅ Wiederhergestellt: { $records }.
        [one] ✅ Wiederhergestellt: { $records }, ein vorhandener behalten.
       *[other] ✅ Wiederhergestellt: { $records }, { $kept } vorhandene behalten.
    }
privacy-cancelled = Abgebrochen – nichts wurde geändert.
privacy-expired = Dieser Knopf ist nicht mehr gültig.

## intake
# What her work phone reports by itself (POST /intake): the announcements, /devices, the setting in /settings.

intake-heading =
    { $count ->
        [one] 📲 <b>{ $device }</b>
       *[other] 📲 <b>{ $device }</b> – { $count } Ereignisse
    }
intake-withheld-today =
    { $count ->
        [one] Heute ein Anruf mit unterdrückter Nummer (nur gezählt, nichts gespeichert).
       *[other] Heute { $count } Anrufe mit unterdrückter Nummer (nur gezählt, nichts gespeichert).
    }
intake-devices-title = 📲 <b>Geräte</b> – Handys, die Anrufe und SMS selbst melden
intake-devices-none = Noch keins. Lege eins an: <code>/devices add Diensthandy</code>
intake-device-line = • <b>{ $device }</b>: { $use }
intake-device-never = hat noch nichts gemeldet
intake-device-last =
    { $count ->
        [one] zuletzt { $when }, einmal
       *[other] zuletzt { $when }, { $count }-mal
    }
intake-devices-revoke-hint = Ein Tipp auf 🗑 nimmt einem Gerät sofort den Zugang.
intake-devices-announce = Meldungen: { $mode } – ändern in /settings.
intake-devices-off = ⚠️ Die Schnittstelle ist aus: weder INTAKE_PORT noch der Webhook-Betrieb ist eingerichtet (README, „Missed calls arrive by themselves“).
intake-revoke-button = 🗑 { $device }
intake-revoked = { $device } hat keinen Zugang mehr.
intake-add-usage = Gib dem Gerät einen Namen mit höchstens 40 Zeichen: <code>/devices add Diensthandy</code>
intake-add-too-many = Es gibt schon { $max } Geräte. Entferne erst eins (/devices).
intake-device-added =
    ✅ <b>{ $device }</b> ist angelegt. Sein Schlüssel – nur jetzt sichtbar; trag ihn in die App ein und lösch dann diese Nachricht:
    <code>{ $token }</code>

    <b>Die Anfrage</b> (HTTP-Request, POST) an <code>{ $url }</code>
    mit dem Header <code>Authorization: Bearer { $token }</code>
    Verpasster Anruf, Inhalt JSON (<code>application/json</code>):
    MacroDroid <code>{ $macrodroidCall }</code>
    Tasker <code>{ $taskerCall }</code>
    SMS, Inhalt Text (<code>text/plain</code>):
    MacroDroid <code>{ $macrodroidSms }</code>
    Tasker <code>{ $taskerSms }</code>

    Schritt für Schritt: README, „Missed calls arrive by themselves“.
intake-url-placeholder = https://dein-server.example/intake
intake-delete-button = 🗑 Nachricht löschen
intake-announce-mode =
    { $mode ->
        [quiet] leise in der Ruhezeit
        [collect] nur sammeln
       *[always] immer
    }
intake-setting-label = Meldungen vom Handy
intake-setting-explain =
    <b>Meldungen vom Handy</b>: wie sollen Anrufe und SMS hier erscheinen, die dein Diensthandy selbst meldet (/devices)?
    • <b>immer</b>: eine Nachricht je Nummer, mit Bewertung und, wo er passt, einem Entwurf; weitere Anrufe derselben Nummer ergänzen sie
    • <b>leise in der Ruhezeit</b>: genauso, aber während deiner Ruhezeit (/rules) ohne Benachrichtigungston
    • <b>nur sammeln</b>: keine Nachricht; die Ereignisse stehen auf der Karte und in /contacts

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
