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

console-banner = quietline – lokaler Chat. Schreib wie in Telegram; bei Knöpfen die Nummer tippen. Beenden: /exit oder Strg+D.
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
