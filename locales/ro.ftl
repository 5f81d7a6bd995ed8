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


## outcomes
# Callback outcomes (reached, someone else answered, voicemail, no answer) and /why.


## check
# /check and plain questions ("darf ich … zurückrufen?"): what is asked about which number.


## verdict
# The verdict view: headline, reasons, facts, what would change it, hints; the rule explanations.

# The first line of every answer, after the verdict's emoji.
verdict-headline =
    { $verdict ->
        [call] Poți suna înapoi
        [text] Mai bine scrie
       *[none] Nu lua legătura
    }
verdict-headline-later =
    Nu acum – de la { $when }{ $then ->
        [call] , apoi sună înapoi
        [text] , apoi scrie
       *[none] {""}
    }
# ⏳ without a moment within two weeks.
verdict-headline-later-open =
    Nu acum{ $then ->
        [call] , apoi sună înapoi
        [text] , apoi scrie
       *[none] {""}
    }
verdict-heading-why = De ce
# Rules that also apply and argue for getting in touch, but weigh less than those that decided.
verdict-heading-for = Pledează pentru, dar contează mai puțin
# Rules that also apply and point the same way as the answer, without deciding it.
verdict-heading-against = Pledează și ele împotrivă
verdict-heading-facts = Fapte
verdict-heading-change = Ce ar schimba răspunsul
verdict-called-anyway = 📞 Ai sunat totuși? Notează rezultatul
verdict-outcome-button =
    { $outcome ->
        [reached] Am vorbit
        [someone-else] A răspuns altcineva
        [voicemail] Mesagerie vocală
       *[no-answer] N-a răspuns nimeni
    }
# A moment in her time zone: $relative is today, tomorrow, week (within six days) or other;
# $weekday is the short weekday, $date comes from verdict-date.
verdict-when =
    { $relative ->
        [today] { $clock }
        [tomorrow] mâine { $clock }
        [week] { $weekday } { $clock }
       *[other] { $weekday } { $date } { $clock }
    }
verdict-date =
    { $day } { $month ->
        [jan] ian.
        [feb] feb.
        [mar] mar.
        [apr] apr.
        [may] mai
        [jun] iun.
        [jul] iul.
        [aug] aug.
        [sep] sept.
        [oct] oct.
        [nov] nov.
       *[dec] dec.
    }
verdict-age-minutes = acum { $count } min.
verdict-age-hours =
    { $count ->
        [one] acum o oră
        [few] acum { $count } ore
       *[other] acum { $count } de ore
    }
verdict-age-days =
    { $count ->
        [one] acum o zi
        [few] acum { $count } zile
       *[other] acum { $count } de zile
    }
verdict-event-kind =
    { $kind ->
        [missed-call] apel pierdut
        [voicemail] mesagerie vocală
        [sms] SMS
       *[callback-request] cerere de apel înapoi
    }
# The same, at the start of a sentence.
verdict-event-kind-start =
    { $kind ->
        [missed-call] Apel pierdut
        [voicemail] Mesagerie vocală
        [sms] SMS
       *[callback-request] Cerere de apel înapoi
    }
# "mesagerie vocală 08:05", "3× apel pierdut 11:53"; $kind from verdict-event-kind, $when from verdict-when.
verdict-event =
    { $count ->
        [1] { $kind }
       *[other] { $count }× { $kind }
    } { $when }
# An inbound request in the facts: "mesagerie vocală 08:05 (acum 3 ore), întreabă de o programare azi".
verdict-request = { $event } ({ $age }), { $asked }
# What a request asked for; $appointment from verdict-asked-appointment.
verdict-asked =
    { $what ->
        [callback] cere un apel înapoi
        [appointment] { $appointment }
        [both] cere un apel înapoi și { $appointment }
        [missed-call] fără mesaj
       *[nothing] fără cerere de apel înapoi
    }
# $has: which of day ($day from verdict-asked-day) and time ($time from verdict-asked-time) the client named.
verdict-asked-appointment =
    { $has ->
        [day] întreabă de o programare { $day }
        [time] întreabă de o programare { $time }
        [both] întreabă de o programare { $day } { $time }
       *[none] întreabă de o programare
    }
verdict-asked-day =
    { $relative ->
        [today] azi
        [tomorrow] mâine
        [weekday] { $weekday ->
            [mon] luni
            [tue] marți
            [wed] miercuri
            [thu] joi
            [fri] vineri
            [sat] sâmbătă
           *[sun] duminică
        }
       *[date] pe { $date }
    }
verdict-asked-time =
    { $approx ->
        [yes] pe la { $clock }
       *[no] la { $clock }
    }
verdict-line =
    { $line ->
        [mobile] mobil
        [landline] fix
        [mobile-or-landline] mobil sau fix
        [special] număr special
       *[unknown] necunoscut
    }
verdict-outcome =
    { $outcome ->
        [reached] ați vorbit
        [someone-else] a răspuns altcineva
        [voicemail] mesagerie vocală
       *[no-answer] n-a răspuns nimeni
    }
# How many digits a number needs: one count, two, or a span ($min = $max for one).
verdict-digits =
    { $shape ->
        [one] { $min }
        [two] { $min } sau { $max }
       *[span] între { $min } și { $max }
    }
verdict-rule-title =
    { $rule ->
        [withheld] Număr ascuns sau inutilizabil
        [blocked] Blocat
        [landline] Fix
        [someone-else-answered] A răspuns altcineva / redirecționat
        [nocall] Nu suna înapoi (marcaj)
        [smsonly] Doar mesaje (marcaj)
        [nosms] Fără SMS (marcaj)
        [no-fresh-request] Nicio cerere recentă
        [not-asked-to-call] Nu a cerut apel înapoi
        [outside-allowed-hours] În afara orelor permise
        [call-days] Nu e zi de apeluri
        [quiet-hours] Ore de liniște
        [trusted] De încredere (nu ridică nimic)
        [asked-to-call] A cerut apel înapoi
        [nothing-allows] Nimic nu permite
       *[unknown-clock] Ora nu se poate citi
    }
verdict-rule-title-custom = Regula ta „{ $id }”
verdict-reason-withheld = Număr ascuns – nu ai pe cine suna înapoi; așteaptă până sună din nou.
verdict-reason-invalid = Niciun număr utilizabil – nu ai pe cine suna înapoi.
# A number with digits missing or extra; $expected from verdict-digits. Never the number itself.
verdict-reason-wrong-length =
    { $problem ->
        [too-long] Număr prea lung: { $digits } cifre, numerele cu acest prefix au { $expected } ({ $by ->
            [one] una în plus
           *[other] { $by } în plus
        }) – nu ai pe cine suna înapoi.
       *[too-short] Număr incomplet: { $digits } cifre, numerele cu acest prefix au { $expected } ({ $by ->
            [one] lipsește una
           *[other] lipsesc { $by }
        }) – nu ai pe cine suna înapoi.
    }
verdict-reason-flag =
    { $flag ->
        [blocked] Pe lista ta de blocare
        [landline] Marcat ca fix – nu e sunat și nu primește mesaje niciodată
        [forwarded] Marcat ca redirecționat – apelurile ajung la altcineva
        [nocall] Marcat: nu suna înapoi
        [smsonly] Marcat: doar mesaje, niciodată apel
       *[nosms] Marcat: fără SMS – nici mesaje
    } (din { $since }){ $by ->
        [outcome] , automat după un apel înapoi
       *[other] {""}
    }.
verdict-reason-trusted = Marcat ca de încredere – nu ridică nicio regulă de siguranță: un apel înapoi fără probleme nu spune nimic despre următorul.
verdict-reason-landline = Tip de număr: fix – la un fix nu suni niciodată înapoi, iar un SMS e adesea citit cu voce tare acolo.
verdict-reason-maybe-landline = Tip de număr: { $line } – din prudență contează ca fix.
verdict-reason-someone-else-answered = La apelul înapoi { $when } a răspuns altcineva – nu mai suna niciodată la acest număr.
verdict-reason-no-fresh-request = Nicio cerere în ultimele { $hours } h – tu nu iei niciodată legătura prima.
verdict-reason-no-fresh-request-since = Nicio cerere în ultimele { $hours } h (ultimul contact: { $event }) – tu nu iei niciodată legătura prima.
verdict-reason-request-answered = Ultima cerere e rezolvată: apel înapoi { $when }, { $outcome }.
verdict-reason-not-asked-missed-call = { $event } fără mesaj – asta nu e o cerere de apel înapoi.
verdict-reason-not-asked = { $event }: { $asked } – nu a cerut un apel înapoi.
verdict-reason-asked = A cerut un apel înapoi: { $event } ({ $age }).
verdict-reason-outside-allowed-hours = În afara orelor permise pentru acest contact – următoarea fereastră: { $when }.
verdict-reason-outside-allowed-hours-no-window = În afara orelor permise pentru acest contact – nicio fereastră în următoarele două săptămâni.
verdict-reason-not-a-call-day =
    { $weekday ->
        [mon] Lunea
        [tue] Marțea
        [wed] Miercurea
        [thu] Joia
        [fri] Vinerea
        [sat] Sâmbăta
       *[sun] Duminica
    } nu e zi de apeluri – de la { $when }.
verdict-reason-no-call-days = Azi nu e zi de apeluri și nu e setată niciuna.
verdict-reason-quiet-hours = Ore de liniște { $range }, acum e { $now } – până la { $when }, și pentru mesaje.
verdict-reason-quiet-hours-all-day = Ore de liniște { $range } – toată ziua.
verdict-reason-custom = Regula ta „{ $id }”: { $text }
verdict-reason-nothing-allows = Nicio regulă activă nu permite asta – când ai dubii, nu lua legătura.
verdict-reason-unknown-clock = Ora sau fusul orar nu se pot citi – nicio regulă de timp nu poate fi verificată, deci nu lua legătura.
verdict-text-fits = Un mesaj scurt și neutru se potrivește.
verdict-text-does-not-fit =
    Nici un mesaj nu se potrivește: { $because ->
        [not-mobile] nu e număr de mobil
        [no-request] nicio cerere deschisă
        [missed-call-only] doar apeluri pierdute, fără mesaj
       *[nosms] marcat „fără SMS”
    }.
# An outweighed rule's reason, and what decided instead ($rules: rule titles).
verdict-outweighed-by = { $reason } Dar: { $rules }.
verdict-outweighed-by-until = { $reason } Dar: { $rules } până la { $when }.
verdict-fact-number =
    Tip de număr: { $line }{ $special ->
        [shared-cost] {" "}(număr de servicii, cost împărțit)
        [premium] {" "}(număr cu suprataxă)
        [toll-free] {" "}(număr gratuit)
        [personal] {" "}(număr personal)
        [pager] {" "}(pager)
        [voicemail] {" "}(număr de mesagerie vocală)
        [uan] {" "}(număr central de firmă)
        [voip] {" "}(telefonie prin internet)
       *[none] {""}
    }{ $foreign ->
        [yes] , din străinătate ({ $country })
       *[no] {""}
    }{ $countsAsLandline ->
        [yes] {" "}→ contează ca fix
       *[no] {""}
    }
verdict-fact-no-number =
    Număr: { $kind ->
        [withheld] ascuns
       *[invalid] inutilizabil
    }
verdict-fact-wrong-length =
    Număr: { $problem ->
        [too-long] prea lung
       *[too-short] incomplet
    } – are { $digits } cifre, ar trebui să aibă { $expected }
verdict-fact-now = Acum: { $weekday } { $clock }
verdict-fact-last-contact = Ultimul contact: { $request }
verdict-fact-last-request = Ultima cerere: { $request }
verdict-fact-no-request = Nicio cerere deschisă în ultimele { $hours } h
verdict-fact-flags = Marcaje: { $flags }
verdict-fact-someone-else = A mai răspuns altcineva: { $count }×
verdict-fact-last-callback = Ultimul apel înapoi: { $when }, { $outcome }
verdict-fact-disabled = Reguli dezactivate: { $rules }
verdict-change =
    { $change ->
        [asks-callback] dacă cere un apel înapoi
        [new-request] dacă ia din nou legătura
        [leaves-message] dacă lasă un mesaj (mesagerie vocală sau SMS)
       *[number-shown] dacă sună cu numărul vizibil
    }
verdict-change-after = de la { $when }
verdict-change-remove-flag = elimină marcajul { $flag }
verdict-change-setting =
    { $setting ->
       *[mobileOrLandlineIsLandline] setarea: „mobil sau fix” să conteze ca mobil
    }
verdict-change-custom-rule = dezactivează regula ta „{ $id }”
verdict-change-permanent = nimic – rămâne așa ({ $rule })
verdict-hint-repeated-calls =
    { $count ->
        [one] Un apel
        [few] { $count } apeluri
       *[other] { $count } de apeluri
    } în { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
verdict-hint-caution =
    { $cause ->
        [foreign] Atenție: număr din străinătate ({ $country }).
        [premium] Atenție: număr cu suprataxă – scump.
        [shared-cost] Atenție: număr de servicii cu cost împărțit.
       *[personal] Atenție: număr personal – poate fi redirecționat oriunde.
    }
verdict-hint-no-voicemail = Dacă nu răspunde nimeni: nu lăsa mesaj pe mesageria vocală.
verdict-hint-stale-before = De la { $when } cererea e mai veche de { $hours } h și nu mai contează.
verdict-hint-until-unknown = În următoarele două săptămâni nu există niciun moment potrivit.


## rules
# /rules: the rule list, her own rules, the rule settings buttons.

# One line per default rule in the /rules listing: when it applies and what it says.
rules-summary =
    { $rule ->
        [withheld] ⛔ Număr ascuns sau inutilizabil: nu ai pe cine suna înapoi.
        [blocked] ⛔ Contacte blocate: nu lua niciodată legătura.
        [landline] ⛔ Fix (după număr sau marcaj): nu suna niciodată, nu scrie niciodată.
        [someone-else-answered] 💬/⛔ A mai răspuns altcineva sau e redirecționat: nu mai suna niciodată; scrie, dacă se potrivește.
        [nocall] 💬/⛔ Marcat „nu suna înapoi”: scrie, dacă se potrivește.
        [smsonly] 💬/⛔ Marcat „doar mesaje”: nu suna niciodată.
        [nosms] Marcat „fără SMS”: nu scrie niciodată.
        [no-fresh-request] ⛔ Nicio cerere în intervalul de valabilitate: tu nu iei niciodată legătura prima.
        [not-asked-to-call] 💬/⛔ O cerere fără rugămintea de a suna înapoi (apel pierdut, întrebare de programare): scrie în loc să suni.
        [outside-allowed-hours] ⏳ În afara orelor permise pentru contact: așteaptă următoarea fereastră.
        [call-days] ⏳ Nu e zi de apeluri: așteaptă următoarea.
        [quiet-hours] ⏳ În orele tale de liniște: așteaptă să se termine (și pentru mesaje).
        [trusted] De încredere: nu ridică nicio regulă de siguranță.
       *[asked-to-call] ✅ A cerut explicit un apel înapoi, recent, număr de mobil, niciun avertisment: sună înapoi.
    }
rules-title = <b>Reguli</b>
rules-defaults = Implicite (versiunea { $version }) – 🟢 activă · ⚪️ inactivă · 🔒 rămâne activă
rules-mine = <b>Regulile tale</b>
rules-mine-none = <b>Regulile tale</b>: încă niciuna.
# One of her stored rules that no longer parses; $problems from rules-problem-*, joined.
rules-broken = ⚠️ <code>{ $id }</code> nu mai corespunde formatului de reguli, nu se aplică: { $problems }
rules-more = … și încă { $count }
rules-settings = <b>Setări</b> (apasă un buton ca să schimbi):
# Every subcommand, with examples the bot reads in this language.
rules-commands = <code>/rules add {"{"}json{"}"}</code> · <code>/rules off id</code> · <code>/rules on id</code> · <code>/rules remove id</code> · <code>/rules quiet 22:00-08:00</code> · <code>/rules days Lu-Vi</code> · <code>/rules calls 3/10</code>
rules-unknown-sub = Asta nu o cunosc la /rules. Se poate:
rules-add-usage = Scrie regula în format JSON după comandă, de ex.:
rules-example = <code>/rules add { $rule }</code>
# The example rule's reason: her words for "never on Sundays".
rules-example-reason = Duminica niciodată
# $problem: the JSON parser's own words (English).
rules-bad-json =
    JSON invalid – { $problem }
    Regulile tale rămân cum erau. Așa arată o regulă:
rules-rejected = Regula nu a fost salvată, regulile tale rămân cum erau. Ce nu e în regulă:
# $verdict is the verdict's emoji, $reason her words.
rules-added = Regula <code>{ $id }</code> a fost salvată și activată: { $verdict } { $reason }
rules-switched =
    { $state ->
        [on] Regula <code>{ $id }</code> e activă.
       *[off] Regula <code>{ $id }</code> e inactivă.
    }
rules-already =
    { $state ->
        [on] Regula <code>{ $id }</code> e deja activă.
       *[off] Regula <code>{ $id }</code> e deja inactivă.
    }
rules-loosened = Atenție: fără această regulă răspunsurile pot fi mai permisive. <code>/rules on { $id }</code> o activează din nou.
rules-safety =
    <code>{ $id }</code> e o regulă de siguranță și rămâne activă: { $id ->
        [withheld] fără număr nu ai pe cine suna înapoi
        [blocked] lista ta de blocare se aplică mereu
        [landline] la un fix poate răspunde oricine din casă sau din birou, iar SMS-urile sunt adesea citite cu voce tare acolo
       *[someone-else-answered] unde a răspuns o dată altcineva, se poate întâmpla din nou
    }.
rules-unknown-id = Nu există nicio regulă cu id-ul „{ $id }”. <code>/rules</code> arată toate id-urile.
rules-id-usage = Care regulă? De ex. <code>/rules { $sub } quiet-hours</code> – <code>/rules</code> arată toate id-urile.
rules-removed = Regula <code>{ $id }</code> a fost ștearsă.
rules-remove-default = <code>{ $id }</code> e o regulă implicită – poate fi doar dezactivată: <code>/rules off { $id }</code>.
rules-quiet-set =
    Ore de liniște: { $range ->
        [none] niciuna
       *[other] { $range }
    }.
rules-quiet-usage = Orele de liniște se scriu așa: <code>/rules quiet 22:00-08:00</code> (sau <code>/rules quiet oprit</code>).
rules-days-set =
    Zile de apeluri: { $days ->
        [none] niciuna
       *[other] { $days }
    }.
rules-days-usage = Zilele de apeluri se scriu așa: <code>/rules days Lu-Vi</code>, <code>/rules days Lu, Mi, Vi</code> sau <code>/rules days zilnic</code>.
rules-calls-set =
    Apeluri repetate: semnalez de la { $count ->
        [one] un apel
        [few] { $count } apeluri
       *[other] { $count } de apeluri
    } în { $minutes } min.
rules-calls-usage = Așa: <code>/rules calls 3/10</code> (3 apeluri în 10 minute; cel puțin 2 apeluri).
rules-invalid-button = Butonul acesta nu mai este valabil. /rules arată setările actuale.
# The settings buttons: a setting's name and its current value.
rules-setting-quiet =
    Ore de liniște: { $range ->
        [none] niciuna
       *[other] { $range }
    }
rules-setting-freshness = O cerere contează: { $hours } h
rules-setting-missed-call =
    Apel pierdut → scrie: { $when ->
        [never] niciodată
        [after-request] după o cerere
       *[always] mereu
    }
rules-setting-landline =
    „Mobil sau fix” = fix: { $value ->
        [on] da
       *[off] nu
    }
rules-setting-caution-foreign =
    Avertisment străinătate: { $value ->
        [on] activ
       *[off] oprit
    }
rules-setting-caution-special =
    Avertisment numere speciale: { $value ->
        [on] activ
       *[off] oprit
    }
rules-setting-call-days =
    Zile de apeluri: { $days ->
        [none] niciuna
       *[other] { $days }
    }
rules-setting-repeated-calls = Apeluri repetate: { $count } în { $minutes } min.
rules-setting-voicemail =
    Memento mesagerie vocală: { $value ->
        [on] activ
       *[off] oprit
    }
# Why a rule of hers was refused: where in her JSON ($path, e.g. when.all[0].op), and what.
rules-problem-at = { $path }: { $problem }
rules-problem-whole = Regula: { $problem }
rules-problem =
    { $code ->
        [missing] lipsește
        [clock] se așteaptă o oră HH:MM, de ex. 09:00
        [weekday] se așteaptă o zi a săptămânii: 0 (duminică) până la 6 (sâmbătă) sau "sun" … "sat"
        [country] se așteaptă un cod de țară ca DE
        [slug] se așteaptă litere mici, cifre și cratime, de ex. no-calls-friday
        [reserved-id] acest id aparține unei reguli integrate
        [phone-number] nu are voie să conțină un număr de telefon
        [same-times] from și to trebuie să fie diferite
        [until-required] necesar când verdict este "later"
        [until-only-later] permis doar când verdict este "later"
        [no-condition] nicio condiție: se așteaptă una dintre cheile all, any, not, fact, time, weekday
       *[invalid] invalid
    }
rules-problem-type =
    se așteaptă { $expected ->
        [object] un obiect {"{"} … {"}"}
        [array] o listă
        [string] un text între ghilimele
        [number] un număr
        [int] un număr întreg
        [boolean] true sau false
       *[other] { $expected }
    }
rules-problem-one-of = se așteaptă una dintre: { $values }
rules-problem-too-small =
    { $origin ->
        [string] { $minimum ->
            [one] nu are voie să fie gol
            [few] cel puțin { $minimum } caractere
           *[other] cel puțin { $minimum } de caractere
        }
        [array] { $minimum ->
            [one] are nevoie de cel puțin o intrare
            [few] are nevoie de cel puțin { $minimum } intrări
           *[other] are nevoie de cel puțin { $minimum } de intrări
        }
       *[number] cel puțin { $minimum }
    }
rules-problem-too-big =
    { $origin ->
        [string] { $maximum ->
            [few] cel mult { $maximum } caractere
           *[other] cel mult { $maximum } de caractere
        }
        [array] { $maximum ->
            [few] cel mult { $maximum } intrări
           *[other] cel mult { $maximum } de intrări
        }
       *[number] cel mult { $maximum }
    }
rules-problem-unknown-key = cheie necunoscută: { $keys }
rules-problem-unknown-fact = fapt necunoscut; se poate: { $facts }
rules-problem-fact-value = nicio valoare potrivită pentru { $fact } (o listă de valori pentru in și notIn)
rules-problem-needs-list = op { $op } are nevoie de o listă de valori
rules-problem-needs-single = op { $op } are nevoie de o singură valoare, nu de o listă
rules-problem-too-deep = imbricată pe mai mult de { $max } niveluri
rules-problem-id-taken = există deja o regulă „{ $id }” – șterge-o întâi sau alege alt id
rules-problem-too-many = cel mult { $max } reguli proprii


## availability
# /free, /day, /book, /cancel, /hours, /off and the offer section with its held slots.


## lint
# /lint: findings, rewrites, her own word list.


## privacy
# /privacy, /keep, /export, /import, /wipe and self-cleaning.

