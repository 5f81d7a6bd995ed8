# quietline — Romanian. Every locale has the same sections in the same order, the same message ids
# and the same variables per message as de.ftl, the reference. Conventions: docs/i18n.md
# Wants a native speaker's review.

## common
# Shared words: language names, weekdays, weekly hours and their errors.

common-language-name = Română
common-weekday-short =
    { $day ->
        [mon] Lu
        [tue] Ma
        [wed] Mi
        [thu] Jo
        [fri] Vi
        [sat] Sâ
       *[sun] Du
    }
common-hours-daily = zilnic
common-hours-none = fără ore de lucru
common-hours-error-unreadable = Nu am putut citi asta.
common-hours-error-unreadable-at = Nu am putut citi asta („{ $at }”).
common-hours-error-missing = La o zi lipsește ora.
common-hours-error-time = Ora { $at } nu există.
common-hours-error-empty = { $at } e gol (început = sfârșit).
common-hours-error-long = Un interval e mai lung de 24 de ore.

## commands
# Every command's menu and /help line: plain text, no HTML (Telegram's menu shows it as it is).

cmd-start-description = Ce pot face, în patru rânduri
cmd-start-example = /start
cmd-help-description = Toate comenzile, cu câte un exemplu
cmd-help-example = /help
cmd-privacy-description = Ștergerea automată și păstrarea datelor
cmd-privacy-example = /privacy clean 2h
cmd-keep-description = Ca răspuns: mesajul acesta nu se mai șterge automat
cmd-keep-example = /keep
cmd-export-description = Copie de siguranță criptată, ca fișier
cmd-export-example = /export
cmd-import-description = Restaurează o copie de siguranță (combinare sau înlocuire)
cmd-import-example = /import
cmd-wipe-description = Urgență: șterge tot, date și chat
cmd-wipe-example = /wipe
cmd-settings-description = Vezi și schimbă setările
cmd-settings-example = /settings
cmd-devices-description = Telefoane care anunță singure apeluri și SMS-uri: adaugă, vezi, șterge
cmd-devices-example = /devices add Telefon serviciu
cmd-contact-description = Fișa unui număr sau a unui alias
cmd-contact-example = /contact 0171 2345678
cmd-contacts-description = Contactele recente, cu marcaje
cmd-contacts-example = /contacts
cmd-note-description = Salvează o notiță la un număr
cmd-note-example = /note 0171 2345678 doar la prânz
cmd-alias-description = Dă unui număr un prenume sau un nume de lucru
cmd-alias-example = /alias 0171 2345678 Tom
cmd-hours-for-description = Orele permise pentru un număr
cmd-hours-for-example = /hours_for 0171 2345678 Lu-Vi 12-14
cmd-flag-description = Pune marcaje: nocall, landline, forwarded, smsonly, nosms, blocked, trusted
cmd-flag-example = /flag 0171 2345678 nocall
cmd-unflag-description = Scoate marcaje
cmd-unflag-example = /unflag 0171 2345678 nocall
cmd-forget-description = Șterge tot despre un număr (întreb înainte)
cmd-forget-example = /forget 0171 2345678
cmd-check-description = Pot să sun înapoi? ✅ 💬 ⏳ ⛔ cu motive
cmd-check-example = /check 0171 2345678
cmd-rules-description = Toate regulile cu id-uri, regulile tale, pornit/oprit, setări ca butoane
cmd-rules-example = /rules off quiet-hours
cmd-free-description = Ore libere, cu un răspuns gata de copiat
cmd-free-example = /free mâine
cmd-day-description = Planul zilei: programări, oferte, intervale libere
cmd-day-example = /day mâine
cmd-book-description = Notează o programare (ora, durata, număr/alias, ziua)
cmd-book-example = /book 17:00-18:30 Tom mâine
cmd-cancel-description = Anulează o programare dintr-o zi
cmd-cancel-example = /cancel mâine
cmd-hours-description = Vezi sau setează programul de lucru
cmd-hours-example = /hours lu-vi 11:00-21:00; sâ 12:00-18:00; du liber
cmd-off-description = Notează o zi liberă; fără dată: lista
cmd-off-example = /off 2026-12-24
cmd-lint-description = Verifică un text înainte să-l trimiți (nume, prețuri, adrese …)
cmd-lint-example = /lint Hallo Tom, passt heute 17:00? LG
cmd-why-description = Ultimele verdicte și rezultatele apelurilor pentru un număr, cu motive
cmd-why-example = /why 0171 2345678

## start
# /start: the welcome and the invitation to the first-run setup.

start-welcome =
    <b>quietline</b> – asistentul tău discret pentru apeluri înapoi.
    • Trimite-mi apelurile pierdute și notificările de mesagerie vocală sau SMS (redirecționate sau copiate aici) – extrag numărul, ora și ce s-a cerut.
    • Scrie /check 0171 2345678 sau trimite doar numărul – răspund cu ✅ 💬 ⏳ sau ⛔ și îți spun de ce.
    • Găsesc ore libere și scriu răspunsuri neutre, fără niciun nume.
    • Pentru fiecare număr rețin un alias, notițe și orele permise.

    🔒 Totul e păstrat criptat, doar tu ai acces și nu contactez niciodată pe nimeni din proprie inițiativă.

    Ce urmează: redirecționează-mi un apel pierdut, de ex. „Entgangener Anruf 0171 2345678” – sau scrie /help.
start-setup-invite = ⚙️ O configurare rapidă? Cinci întrebări: programul de lucru, pauza, preavizul și două despre limbă.
start-setup-go = Configurează
start-setup-skip = Lasă cum e
start-setup-skipped = Bine – rămân valorile implicite (Lu–Vi 11–21, 30 min pauză, 2 h preaviz). Le poți schimba oricând cu /settings.

## help
# /help: the frame around the command list.

help-header = <b>Comenzi</b> (numerele merg în orice scriere obișnuită, la fel și un alias):
help-footer = Fără comandă: redirecționează-mi notificările de apeluri pierdute, mesagerie vocală sau SMS – sau trimite doar un număr ca să afli dacă poți suna înapoi.

## errors
# What she reads when something fails: one fixed line, never details.

errors-something-went-wrong = Ceva n-a mers. Nu s-a pierdut nimic din ce era salvat – te rog încearcă din nou imediat.

## settings
# /settings and the first-run setup.

settings-title = <b>Setări</b>
settings-hours = Program
settings-length = Durata programării
settings-buffer-before = Pauză înainte
settings-buffer-after = Pauză după
settings-notice = Preaviz
settings-step = Pas
settings-max-count = Max. programări/zi
settings-max-minutes = Max. timp programat/zi
settings-proposals = Propuneri
settings-hold = Timp de rezervare
settings-interface-language = Limba
settings-draft-language = Limba pentru clienți
settings-no-limit = fără limită
# The drafts' language inside a sentence, after its label.
settings-draft-language-name =
    { $lang ->
        [en] engleză
       *[de] germană
    }
# The drafts' language on its button.
settings-draft-language-choice =
    { $lang ->
        [en] Engleză
       *[de] Germană
    }
settings-setup-again = 🔁 Configurează din nou
settings-back = ← Înapoi
settings-pick = <b>{ $label }</b> – alege:
settings-saved = Salvat.
settings-stale = Butonul acesta nu mai e actual.
settings-hours-hint = Program: /hours · zile libere: /off
settings-setup-intro = Configurare rapidă – cinci întrebări. Apasă un buton sau scrie răspunsul. „Păstrează” lasă valoarea cum este.
settings-setup-hours =
    1/5 <b>Când lucrezi?</b>
    Acum: { $now }
    De exemplu: <code>Lu-Vi 11-21; Sâ 12-18</code> sau <code>Vi 20:00-02:00</code>
settings-setup-buffer =
    2/5 <b>Pauza înainte și după fiecare programare</b> (drum, pregătire), în minute.
    Acum: { $now }
settings-setup-notice =
    3/5 <b>Preaviz:</b> cât de curând poate începe cel mai devreme o programare? De ex. <code>2h</code> sau <code>90</code> (minute).
    Acum: { $now }
settings-setup-language = 4/5 În ce <b>limbă</b> să-ți răspund?
settings-setup-draft-language = 5/5 În ce <b>limbă</b> să fie mesajele pentru clienți? (Cine îți scrie în engleză primește în continuare engleză.)
settings-setup-keep = Păstrează
settings-setup-bad-minutes = Te rog un număr de minute (0–480), de ex. <code>30</code>, sau apasă „Păstrează”.
settings-setup-bad-language = Te rog apasă un buton – sau scrie codul: { $codes }.
settings-setup-done = ✅ Gata. Poți schimba oricând totul cu /settings, /hours și /off.

## console
# The terminal chat's own lines (npm start without BOT_TOKEN).

console-banner = quietline – chat local. Scrie ca în Telegram; pentru butoane tastează numărul lor. Ieșire: /exit sau Ctrl+D.
console-file-saved = 📎 Fișier salvat: { $path }
console-demo-key =
    { $state ->
        [created] Cheie demo locală creată: { $path } (pentru utilizare reală setează ENCRYPTION_KEY).
       *[reused] Cheie demo locală folosită: { $path } (pentru utilizare reală setează ENCRYPTION_KEY).
    }

## transport
# What a chat without Telegram's buttons adds: buttons become numbered choices.

transport-no-such-choice = Acum nu există niciun buton cu numărul acesta.
transport-keep-by-timer = În acest chat, cronometrul pentru mesajele care dispar (/privacy) se aplică fiecărui mesaj – aici nu se pot păstra mesaje individuale. Ce trebuie să rămână (de ex. fișierul de backup) salvează pe dispozitivul tău.
transport-delete-it-yourself = ⚠️ Aici nu pot șterge mesajul tău – te rog șterge-l tu: ține apăsat → Șterge → Șterge pentru toți.

## fallback
# Whatever no feature handled.

fallback-not-understood = Nu am înțeles. Trimite-mi de ex. un apel pierdut („Entgangener Anruf 0171 2345678”), scrie /check 0171 2345678 sau /help.
fallback-unknown-command = Comanda aceasta n-o cunosc. /help le arată pe toate.
fallback-button-expired = Butonul acesta nu mai este valabil.

## contacts
# Contact cards, /contacts, /note, /alias, /hours_for, /flag, /unflag, /forget, shared contacts and vCards.


## inbox
# Forwarded or pasted notes: the events read from them.

inbox-understood =
    { $count ->
        [one] 📥 <b>Am înțeles</b>
        [few] 📥 <b>Am înțeles</b> – { $count } evenimente
       *[other] 📥 <b>Am înțeles</b> – { $count } de evenimente
    }
inbox-nothing =
    Nu am înțeles: nu găsesc aici niciun apel pierdut, niciun mesaj vocal și niciun SMS. Uite ce înțeleg:
    <code>Entgangener Anruf 0171 2345678</code>
    <code>Mailbox 8:05 – „Ruf mich an unter 0151 1234 5678“</code>
    Sau scrie /help.
inbox-kind =
    { $kind ->
        [missed-call] apel pierdut
        [voicemail] mesaj vocal
        [sms] SMS
       *[callback-request] cerere de apel înapoi
    }
inbox-when =
    { $day ->
        [today] azi { $time }
        [yesterday] ieri { $time }
        [tomorrow] mâine { $time }
       *[other] { $weekday } { $date } { $time }
    }
inbox-time-from-message = ora mesajului
inbox-duplicate = deja salvat
inbox-line =
    { $line ->
        [mobile] mobil
        [landline] telefon fix
        [mobile-or-landline] mobil sau fix
        [shared-cost] număr special (cost împărțit)
        [premium] număr cu suprataxă
        [toll-free] număr gratuit
        [personal] număr personal
        [pager] pager
        [voicemail] acces la căsuța vocală
        [uan] număr central de firmă
        [voip] telefonie prin internet
        [special] număr special
       *[unknown] tip necunoscut
    }
inbox-foreign = din străinătate ({ $country }), { $line }
inbox-withheld = Număr ascuns – nu s-a salvat nimic, nu se poate suna înapoi.
inbox-invalid = Număr ilizibil – nu s-a salvat.
inbox-wrong-length =
    <code>{ $typed }</code> { $problem ->
        [too-long] are prea multe cifre
       *[too-short] pare incomplet
    }: { $line ->
        [mobile] numerele de mobil care încep așa au
        [landline] numerele fixe care încep așa au
       *[other] numerele care încep așa au
    } { $expected } cifre, acesta are { $digits } – nu s-a salvat.
inbox-digits-either = { $first } sau { $second }
inbox-digits-range = între { $first } și { $second }
inbox-asked = Cerere: { $what }
inbox-asked-callback = vrea să fie sunat înapoi
inbox-asked-appointment = întreabă de o programare
inbox-asked-appointment-when = întreabă de o programare { $when }
inbox-asked-both = { $callback } și { $appointment }
inbox-asked-nothing = nu cere nimic
inbox-asked-today = azi
inbox-asked-tomorrow = mâine
inbox-asked-weekday = { $weekday }
inbox-asked-date = pe { $date }
inbox-weekday =
    { $day ->
        [mon] luni
        [tue] marți
        [wed] miercuri
        [thu] joi
        [fri] vineri
        [sat] sâmbătă
       *[sun] duminică
    }
inbox-asked-time =
    { $approx ->
        [yes] pe la { $time }
       *[no] la { $time }
    }
inbox-late-night = 🌙 Scris după miezul nopții: am luat <b>{ $taken }</b>, ziua care tocmai a început. Se referea la { $other }? O atingere e de ajuns.
inbox-late-night-button = 📅 Mai bine { $other }
inbox-offer-for = 📅 Propunere pentru <b>{ $date }</b>:
inbox-more-events =
    { $count ->
        [one] … încă un eveniment salvat.
        [few] … încă { $count } evenimente salvate.
       *[other] … încă { $count } de evenimente salvate.
    }
inbox-more-numbers = Pentru celelalte numere: /contacts.
inbox-card = 👤 Fișa { $who }


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
        [few] 📲 <b>{ $device }</b> – { $count } evenimente
       *[other] 📲 <b>{ $device }</b> – { $count } de evenimente
    }
intake-withheld-today =
    { $count ->
        [one] Azi un apel cu număr ascuns (doar numărat, nimic salvat).
        [few] Azi { $count } apeluri cu număr ascuns (doar numărate, nimic salvat).
       *[other] Azi { $count } de apeluri cu număr ascuns (doar numărate, nimic salvat).
    }
intake-devices-title = 📲 <b>Dispozitive</b> – telefoane care anunță singure apelurile și SMS-urile
intake-devices-none = Niciunul încă. Adaugă unul: <code>/devices add Telefon serviciu</code>
intake-device-line = • <b>{ $device }</b>: { $use }
intake-device-never = n-a anunțat încă nimic
intake-device-last =
    { $count ->
        [one] ultima dată { $when }, o dată
        [few] ultima dată { $when }, de { $count } ori
       *[other] ultima dată { $when }, de { $count } de ori
    }
intake-devices-revoke-hint = O atingere pe 🗑 îi ia imediat accesul unui dispozitiv.
intake-devices-announce = Anunțuri: { $mode } – se schimbă în /settings.
intake-devices-off = ⚠️ Interfața este oprită: nu este setat nici INTAKE_PORT, nici modul webhook (README, „Missed calls arrive by themselves”).
intake-revoke-button = 🗑 { $device }
intake-revoked = { $device } nu mai are acces.
intake-add-usage = Dă-i dispozitivului un nume de cel mult 40 de caractere: <code>/devices add Telefon serviciu</code>
intake-add-too-many = Există deja { $max } dispozitive. Șterge mai întâi unul (/devices).
intake-device-added =
    ✅ <b>{ $device }</b> a fost adăugat. Cheia lui – vizibilă doar acum; trece-o în aplicație, apoi șterge acest mesaj:
    <code>{ $token }</code>

    <b>Cererea</b> (HTTP Request, POST) către <code>{ $url }</code>
    cu antetul <code>Authorization: Bearer { $token }</code>
    Apel pierdut, conținut JSON (<code>application/json</code>):
    MacroDroid <code>{ $macrodroidCall }</code>
    Tasker <code>{ $taskerCall }</code>
    SMS, conținut text (<code>text/plain</code>):
    MacroDroid <code>{ $macrodroidSms }</code>
    Tasker <code>{ $taskerSms }</code>

    Pas cu pas: README, „Missed calls arrive by themselves”.
intake-url-placeholder = https://serverul-tau.example/intake
intake-delete-button = 🗑 Șterge mesajul
intake-announce-mode =
    { $mode ->
        [quiet] fără sunet în orele de liniște
        [collect] doar colectează
       *[always] mereu
    }
intake-setting-label = Anunțuri de la telefon
intake-setting-explain =
    <b>Anunțuri de la telefon</b>: cum să apară aici apelurile și SMS-urile pe care telefonul de serviciu le anunță singur (/devices)?
    • <b>mereu</b>: câte un mesaj pentru fiecare număr, cu verdictul și, unde se potrivește, o ciornă; alte apeluri de la același număr îl completează
    • <b>fără sunet în orele de liniște</b>: la fel, dar în orele tale de liniște (/rules) fără sunet de notificare
    • <b>doar colectează</b>: niciun mesaj; evenimentele sunt pe fișă și în /contacts
