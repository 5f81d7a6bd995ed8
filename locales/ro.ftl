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
cmd-privacy-example = /privacy curățare 2h
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
cmd-checkin-description = Check-in pentru o întâlnire: „E totul ok?” la final, altfel alertă către persoana de încredere
cmd-checkin-example = /checkin 19:30
cmd-buddy-description = Persoana de încredere pentru urgențe: invită, confirmă, elimină
cmd-buddy-example = /buddy
cmd-safety-description = Textul alertei, cuvântul de alarmă și timpul de așteptare pentru check-in
cmd-safety-example = /safety așteptare 20
cmd-warnlist-description = Importă o listă de avertizare, vezi-i starea, exportă numerele blocate
cmd-warnlist-example = /warnlist import

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

console-banner =
    quietline – chat local. Scrie ca în Telegram; pentru butoane tastează numărul lor. Ieșire: /exit sau Ctrl+D.
    Textul lipit rămâne un singur mesaj (Enter îl trimite). Ca să scrii pe mai multe rânduri, încheie rândul cu \.
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

contacts-usage-contact = Care număr? De exemplu: <code>/contact 0171 2345678</code> sau <code>/contact Tom</code>
contacts-usage-note = Așa: <code>/note 0171 2345678 doar la prânz</code>
contacts-usage-alias = Așa: <code>/alias 0171 2345678 Tom</code> (doar un prenume sau un nume de lucru; <code>-</code> îl șterge)
contacts-usage-hours = Așa: <code>/hours_for 0171 2345678 Lu-Vi 12-14</code> (<code>-</code> ridică restricția)
contacts-usage-flag = Așa: <code>/flag 0171 2345678 nu-sună fix</code>
contacts-usage-unflag = Așa: <code>/unflag 0171 2345678 nocall</code>
contacts-usage-forget = Așa: <code>/forget 0171 2345678</code>
contacts-flags-help = Marcaje: nocall (nu-sună), landline (fix), forwarded (redirecționat), smsonly (doar-sms), nosms (fără-sms), blocked (blocat), trusted (de-încredere).
contacts-withheld = Un număr ascuns nu are fișă – nu e nimic de reținut.
contacts-invalid-number = Acesta nu e un număr pe care să-l pot citi (prea scurt, o dată sau un cod scurt). Exemplu: <code>0171 2345678</code> sau <code>+49 171 2345678</code>.
# A number with digits missing or extra, shown as she typed it; $expected is the nearest count numbers with its prefix have.
contacts-number-wrong-length =
    <code>{ $typed }</code> { $problem ->
        [too-long] pare prea lung
       *[too-short] pare incomplet
    }: { $line ->
        [mobile] numerele de mobil
        [landline] numerele de telefon fix
       *[other] numerele
    } cu acest prefix au { $bound ->
        [at-least] cel puțin { $expected }
        [at-most] cel mult { $expected }
       *[exactly] { $expected }
    } { $expected ->
        [one] cifră
        [few] cifre
       *[other] de cifre
    }, acesta are { $digits }.
contacts-wrong-length-no-card = Pentru el nu fac nicio fișă – verifică numărul și trimite-l din nou.
contacts-unknown-alias = Nu cunosc nicio fișă cu numele acesta. Folosește numărul, de ex. <code>0171 2345678</code>, sau uită-te în /contacts.
contacts-ambiguous = Mai multe fișe au numele acesta – te rog folosește numărul:
contacts-no-card = Pentru numărul acesta n-am nimic salvat.
contacts-flag-name =
    { $flag ->
        [nocall] nu suna înapoi
        [landline] fix
        [forwarded] redirecționat
        [smsonly] doar SMS
        [nosms] fără SMS
        [blocked] blocat
       *[trusted] de încredere
    }
contacts-unknown-flags = Marcajele acestea nu le cunosc: { $words }
contacts-flags-changed =
    { $who } — { $change ->
        [set] Marcaje puse:
       *[cleared] Marcaje scoase:
    } { $flags }
contacts-note-saved = 📝 Notiță salvată pentru { $who }.
contacts-alias-saved = 👤 Alias salvat: <b>{ $alias }</b> · { $number }
contacts-alias-removed = 👤 Alias șters pentru { $number }.
contacts-alias-shape = Un alias e un prenume sau un nume de lucru: doar litere, cel mult 40 de caractere. Exemplu: <code>/alias 0171 2345678 Tom</code>
contacts-hours-saved = 🕑 Ore permise pentru { $who }: { $hours }
contacts-hours-any-time = fără restricții
contacts-hours-bad = { $error } Exemple de ore: <code>Lu-Vi 12-14</code>, <code>zile lucrătoare 9-17</code>, <code>Sâ, Du 14:00-18:00</code>.
contacts-forget-ask = Șterg tot despre { $who } – alias, marcaje, notițe, ore și evenimente? Nu se mai poate anula.
contacts-forget-yes = 🗑 Da, șterge tot
contacts-forget-no = Anulează
contacts-forgotten = 🗑 Șters. Despre numărul acesta nu mai e nimic salvat.
contacts-kept = Nu s-a șters nimic.
contacts-minimise-intro = ⚠️ Asta pare să conțină date de care n-ai nevoie:
contacts-minimise-finding =
    • { $kind ->
        [company] angajator/firmă
        [surname] nume de familie
        [email] adresă de e-mail
        [web] adresă web
        [address] adresă
       *[bank] date bancare
    }: „{ $text }”
contacts-minimise-without = Fără: <i>{ $text }</i>
contacts-minimise-keep = Salvează oricum
contacts-minimise-strip = Salvează fără ele
contacts-minimise-cancel = Anulează
contacts-minimise-empty = Fără părțile acestea nu mai rămâne nimic – n-am salvat nimic.
contacts-cancelled = Anulat, n-am salvat nimic.
contacts-expired = A expirat – te rog trimite din nou.
contacts-stale-card = Fișa aceasta nu mai există.
contacts-ask-note = 📝 Trimite-mi acum notița pentru { $who } (sau /cancel).
contacts-ask-hours = 🕑 Trimite-mi orele permise pentru { $who }, de ex. <code>Lu-Vi 12-14</code> – sau <code>-</code> pentru fără restricții (/cancel anulează).
# The hint in her input field while she types the hours: plain text.
contacts-hours-placeholder = Lu-Vi 12-14
contacts-cancel-input = Anulat.
contacts-none-yet = Încă niciun contact. Redirecționează-mi un apel pierdut sau scrie <code>/contact 0171 2345678</code>.
contacts-list-title = <b>Contacte recente</b>
contacts-list-title-page = <b>Contacte recente</b> (pagina { $page }/{ $pages })
contacts-no-event-yet = încă niciun eveniment
contacts-previous-page = ‹ Înapoi
contacts-next-page = Înainte ›
contacts-use-alias = Folosește „{ $name }” ca alias
contacts-skip-alias = Fără alias
contacts-shared-intro = Contact preluat – doar numărul, nimic altceva.
contacts-vcard-none = În fișierul acesta nu găsesc niciun număr de telefon. Trimite-mi un fișier .vcf cu un contact.
contacts-vcard-too-large = Fișierul e prea mare pentru o fișă de contact (cel mult 64 KB).
contacts-vcard-failed = N-am putut încărca fișierul – te rog încearcă din nou.
contacts-vcard-more =
    Fișierul conține { $count ->
        [one] un contact
        [few] { $count } contacte
       *[other] { $count } de contacte
    }; l-am preluat pe primul. Trimite-le pe celelalte pe rând, dacă ai nevoie de ele.
contacts-card-flags =
    { $count ->
        [0] <b>Marcaje:</b> niciunul
       *[other] <b>Marcaje:</b>
    }
contacts-card-hours = <b>Ore permise:</b> { $hours }
contacts-card-notes =
    { $count ->
        [0] <b>Notițe:</b> niciuna
       *[other] <b>Notițe:</b>
    }
contacts-card-more-notes = … încă { $count }
contacts-card-events =
    { $count ->
        [0] <b>Evenimente recente:</b> niciunul
       *[other] <b>Evenimente recente:</b>
    }
# When and by whom a flag was set; $day is a short date.
contacts-flag-why =
    { $by ->
        [outcome] după apelul înapoi din { $day }
        [import] dintr-o copie de siguranță, { $day }
       *[owner] de tine, { $day }
    }
contacts-button-note = 📝 Notiță
contacts-button-hours = 🕑 Ore
contacts-button-show-number = 🔢 Arată numărul
contacts-button-forget = 🗑 Uită
# A short date: $day and $month with two digits, $year with four.
contacts-date = { $day }.{ $month }
contacts-date-year = { $day }.{ $month }.{ $year }


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

outcomes-invalid-button = Butonul acesta nu (mai) e valabil. Întreabă din nou cu /check.
outcomes-number-gone = Despre numărul acesta nu mai e nimic salvat.
outcomes-already = Deja notat.
outcomes-how-did-it-go = Cum a decurs apelul?
outcomes-noted =
    { $outcome ->
        [reached] Notat: apel reușit.
        [someone-else] Notat: a răspuns altcineva.
        [voicemail] Notat: mesagerie vocală.
       *[no-answer] Notat: n-a răspuns nimeni.
    }
outcomes-someone-else =
    Numărul e marcat acum: <b>redirecționat</b> și <b>nu suna înapoi</b> – de acum niciodată ✅.

    La telefon, neutru, fără niciun nume:
outcomes-voicemail-reminder = Nu lăsa niciun mesaj pe mesageria vocală – poate n-o ascultă doar el. Închide pur și simplu.
# The verdict for the number after the outcome; $verdict is its headline.
outcomes-from-now-on = De acum: { $verdict }
outcomes-why-usage = Care număr? Scrie de ex. <code>/why 0171 2345678</code> sau <code>/why Tom</code>.
outcomes-why-no-number = Pentru numere ascunse sau inutilizabile nu țin istoric – sunt mereu ⛔.
outcomes-why-empty = Pentru numărul acesta n-am arătat încă niciun verdict. Întreabă întâi: <code>/check 0171 2345678</code>.
outcomes-why-header = <b>Istoric</b> (cele mai noi întâi)
outcomes-history-outcome =
    { $outcome ->
        [reached] Apel înapoi: reușit
        [someone-else] Apel înapoi: a răspuns altcineva
        [voicemail] Apel înapoi: mesagerie vocală
       *[no-answer] Apel înapoi: n-a răspuns nimeni
    }
outcomes-older = … intrări mai vechi: { $count }


## check
# /check and plain questions ("darf ich … zurückrufen?"): what is asked about which number.

check-usage = Care număr? Scrie de ex. <code>/check 0171 2345678</code> sau <code>/check Tom</code> – sau întreabă simplu „pot să-l sun înapoi pe 0171 2345678?”.
check-which-number = La ce număr te referi? Întreabă de ex. „pot să-l sun înapoi pe 0171 2345678?” sau folosește un alias salvat.
check-invalid-hint = Așa merge: <code>/check 0171 2345678</code> sau <code>/check +49 171 2345678</code>.
check-ambiguous = Mai multe numere au aliasul acesta ({ $numbers }). Folosește numărul, de ex. <code>/check 0171 2345678</code>.
check-unknown = Acesta nu e nici un număr, nici un alias pe care să-l cunosc. Scrie numărul în orice formă obișnuită, de ex. <code>/{ $command } 0171 2345678</code>, sau un alias, de ex. <code>/{ $command } Tom</code>.


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
        [warnlist] Lista de avertizare
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
# Her imported warning list; $reason is the list's own words (plain text: the view escapes), $hasReason yes or no.
verdict-reason-warning-list =
    { $hasReason ->
        [yes] ⚠️ Pe lista de avertizare: { $reason }
       *[no] ⚠️ Pe lista de avertizare
    }
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
        [warnlist] ⛔ Pe lista de avertizare importată (/warnlist): niciodată niciun contact, orice altceva s-ar aplica.
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
        [warnlist] cine e pe lista ta de avertizare nu primește niciodată un răspuns
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

availability-date = { $weekday } { $day }.{ $month }.
availability-hours-now = <b>Programul tău:</b> { $hours }
availability-hours-saved = ✅ Program salvat: { $hours }
availability-hours-help =
    Așa:
    <code>/hours lu-vi 11:00-21:00; sâ 12:00-18:00; du liber</code>
    <code>/hours vi 20:00-02:00</code> (peste miezul nopții)
    <code>/hours 2026-12-23 14:00-18:00</code> (doar în ziua aceea)
availability-override-saved = ✅ { $date }: { $hours } (în locul programului săptămânal)
availability-override-off = ✅ { $date } e zi liberă (fără programări).
availability-override-removed = ✅ { $date } urmează din nou programul săptămânal.
availability-override-restored = { $date } a revenit la cum era înainte.
availability-special-days = <b>Zile speciale:</b>
availability-special-day = { $date }: { $hours }
availability-day-off = liber
availability-no-special-days = Nu ai trecut nicio zi liberă. Exemplu: <code>/off 2026-12-24</code>
availability-tap-to-remove = Apasă pe o zi ca s-o scoți.
availability-off-help = Asta nu e o dată. Exemple: <code>/off 2026-12-24</code>, <code>/off 24.12.</code>, <code>/off mâine</code>
availability-past-date = { $date } a trecut deja.
availability-book-help =
    Așa:
    <code>/book 17:00</code>
    <code>/book 17:00-18:30 Tom mâine</code>
    <code>/book 19:00 90 0171 2345678 2026-12-03</code>
availability-book-bad-time = Ora aceasta n-o pot citi.
availability-book-bad-length = Durata trebuie să fie între 5 minute și 12 ore.
availability-book-two-days = Te rog o singură zi.
availability-book-passed = { $time } a trecut deja azi. Pentru altă zi: <code>/book { $time } mâine</code>
availability-book-conflict = ⛔ Nu am programat: { $when } se suprapune (cu pauzele de { $before }/{ $after } min) cu:
availability-conflict-item = • Programare { $booking }
availability-book-conflict-hint = Ore libere: <code>/free{ $day }</code>
availability-booked = ✅ Programat: { $when }
availability-booked-instead = ✅ Programat: { $when } (în loc de { $date })
availability-hold-settled = Oferta pentru { $time } s-a rezolvat astfel.
availability-outside-hours = Atenție: în afara programului tău.
availability-unknown-alias = N-am găsit niciun contact cu aliasul acesta. Folosește numărul sau pune mai întâi aliasul.
availability-ambiguous-alias = Aliasul acesta îl au mai multe numere – folosește numărul.
availability-not-a-number = Numărul acesta nu-l pot citi.
availability-day-header = <b>{ $date }</b> — Program: { $hours }
availability-day-closed = nu e zi de lucru
availability-day-booking = • { $time } Programare
availability-day-hold = • { $time } oferit, rezervat până la { $until }
availability-no-appointments = Nicio programare.
availability-day-free = Liber: { $gaps }
availability-day-nothing-free = Liber: nimic
availability-release-hold = ✖ Eliberează { $time }
availability-book-hold = ✔ Programează { $time }
availability-hold-released = { $time } e din nou liber.
availability-hold-gone = Oferta aceasta nu mai există.
availability-hold-taken = Nu mai merge: { $time } s-a ocupat între timp.
availability-stale = Butonul acesta nu mai e actual.
availability-cancel-pick = Ce programare din { $date } anulezi?
availability-cancel-none = Pe { $date } nu ai nimic programat.
availability-cancelled = ✅ Anulat: { $when }
availability-cancel-gone = Programarea aceasta nu mai există.
availability-free-header =
    { $day ->
        [tonight] <b>Liber la noapte</b> ({ $date }): { $slots }
        [today] <b>Liber azi</b> ({ $date }): { $slots }
        [tomorrow] <b>Liber mâine</b> ({ $date }): { $slots }
       *[other] <b>Liber pe { $date }</b>: { $slots }
    }
availability-free-more =
    { $count ->
        [one] (un interval liber în total – vezi /day{ $arg })
        [few] ({ $count } intervale libere în total – toate la /day{ $arg })
       *[other] ({ $count } de intervale libere în total – toate la /day{ $arg })
    }
availability-free-none = { $date }: nimic liber.
availability-free-next = Prima zi cu ore libere: <b>{ $date }</b>: { $slots }
availability-free-nothing-at-all = În următoarele 30 de zile nu e nimic liber.
availability-draft-label = Răspuns de copiat:
availability-held-note =
    { $count ->
        [one] { $slots } rămâne rezervată pentru acest răspuns timp de { $hold }.
       *[other] { $slots } rămân rezervate pentru acest răspuns timp de { $hold }.
    }
availability-release-all = ✖ Anulează rezervarea
availability-released-all = Rezervarea a fost anulată.
availability-free-help = Ce zi? Exemple: <code>/free</code>, <code>/free mâine</code>, <code>/free vineri</code>, <code>/free 24.12.</code>
availability-day-arg-help = Asta nu e o zi. Exemple: <code>azi</code>, <code>mâine</code>, <code>vineri</code>, <code>24.12.</code>, <code>2026-12-24</code>
# A day word in a suggested command; the bot must read it as tomorrow.
availability-tomorrow-argument = mâine
# Late at night a day word counts from the day that has begun; this names the date taken.
availability-late-night =
    { $word ->
        [tonight] „la noapte” = noaptea de { $date } spre { $next }, pentru că e abia { $time }.
        [after] „poimâine” = { $date }, pentru că e abia { $time }.
       *[tomorrow] „mâine” = { $date }, pentru că e abia { $time }.
    }
# The button for the other reading of that day word.
availability-late-night-other = ↔ Mă refeream la { $date }


## lint
# /lint: findings, rewrites, her own word list.

lint-help =
    Trimite-mi textul pe care vrei să-l trimiți (clienților le scrii de obicei în germană):
    <code>/lint Hallo Tom, passt heute 17:00? LG Anna</code>
    Cuvintele tale: <code>/lint adaugă Studio</code>, <code>/lint șterge Studio</code>, <code>/lint cuvinte</code>
lint-clean = ✅ Neutru – n-am găsit nimic.
lint-found =
    { $count ->
        [one] ⚠️ Am găsit o problemă:
        [few] ⚠️ Am găsit { $count } probleme:
       *[other] ⚠️ Am găsit { $count } de probleme:
    }
lint-kind =
    { $kind ->
        [name] nume
        [signature] semnătură
        [explicit] cuvânt compromițător
        [price] preț/sumă
        [address] adresă
        [link] link
        [emoji] emoji
       *[phone] număr de telefon
    }
# $at is the position in her text, counted from 1.
lint-finding =
    { $fix ->
        [drop] • { $kind } „{ $match }” (caracterul { $at }) → de șters
        [replace] • { $kind } „{ $match }” (caracterul { $at }) → înlocuiește cu „{ $replacement }”
       *[rephrase] • { $kind } „{ $match }” (caracterul { $at }) → reformulează
    }
lint-rewrite = Variantă neutră:
lint-added = ✅ „{ $word }” va fi semnalat de acum încolo.
lint-removed = ✅ „{ $word }” nu mai e pe lista ta.
lint-not-listed = „{ $word }” nu era pe lista ta.
lint-bad-word = Un cuvânt sau o expresie scurtă, de cel mult 40 de caractere: <code>/lint adaugă Studio</code>
lint-words = <b>Cuvintele tale:</b> { $words }
lint-no-words = Încă n-ai cuvinte proprii. <code>/lint adaugă Studio</code>


## privacy
# /privacy, /keep, /export, /import, /wipe and self-cleaning.

privacy-title = 🔒 <b>Confidențialitate</b>
privacy-cleanup-on = <b>Ștergere automată:</b> după { $period } șterg mesajele tale și pe ale mele din acest chat. Ca să păstrezi un mesaj, răspunde-i cu /keep.
privacy-cleanup-off = <b>Ștergere automată:</b> oprită – chatul rămâne cum e.
# How long messages stay: on the buttons and in the sentence above.
privacy-period =
    { $unit ->
        [off] oprit
        [minutes] { $count } min
       *[hours] { $count } h
    }
privacy-retention =
    <b>Păstrarea datelor:</b> evenimente de apel { $events ->
        [one] { $events } zi
        [few] { $events } zile
       *[other] { $events } de zile
    } · jurnalul verdictelor { $verdicts ->
        [one] { $verdicts } zi
        [few] { $verdicts } zile
       *[other] { $verdicts } de zile
    } · programări trecute { $appointments ->
        [one] { $appointments } zi
        [few] { $appointments } zile
       *[other] { $appointments } de zile
    }. Aliasurile, marcajele și notițele rămân.
privacy-how-to = Schimbi cu butoanele de mai jos sau de ex. <code>/privacy evenimente 60</code>, <code>/privacy curățare 2h</code>.
# Short labels on the retention buttons, before the number of days.
privacy-row-events = Even.
privacy-row-verdicts = Jurnal
privacy-row-appointments = Progr.
privacy-saved = Salvat.
privacy-bad-args = Asta nu pot seta. Exemple: <code>/privacy curățare 30</code> (oprit, 5, 30, 2h, 24h), <code>/privacy evenimente 60</code>, <code>/privacy jurnal 30</code>, <code>/privacy programări 14</code> (1–365 de zile).
privacy-kept = 📌 Mesajul acesta rămâne.
privacy-kept-toast = 📌 Rămâne.
privacy-not-tracked = Mesajul acesta nu-l mai pot gestiona – e mai vechi de 48 de ore sau a fost deja șters.
privacy-nothing-to-keep = Răspunde cu /keep la mesajul care trebuie să rămână.
privacy-keep-button = 📌 Păstrează
privacy-wipe-ask =
    ⚠️ <b>Ștergi tot?</b> Se șterg toate numerele, aliasurile, notițele, istoricul, programările și setările – și orice mesaj din acest chat pe care îl mai pot șterge. Nu se mai poate anula.

    Ca să confirmi, scrie <b>{ $word }</b>. Orice altceva anulează.
# The word that confirms /wipe. It is accepted in every language, with or without accents.
privacy-wipe-word = ȘTERGE
privacy-wipe-cancelled = Anulat – nu s-a șters nimic.
privacy-wiped = 🧹 Am șters tot. Nu mai știu nimic. Scrie /start ca s-o iei de la capăt.
privacy-export-ask =
    Alege o parolă pentru copia de siguranță (cel puțin 8 caractere, mai bine o propoziție întreagă) și trimite-mi-o. Îți șterg mesajul imediat.
    Fără parolă fișierul nu poate fi deschis – nici măcar de mine. Anulare: /cancel
privacy-passphrase-short = Parola e prea scurtă – te rog cel puțin 8 caractere, de ex. <code>trei cuvinte și cifra 7</code>.
privacy-records =
    { $count ->
        [one] { $count } înregistrare
        [few] { $count } înregistrări
       *[other] { $count } de înregistrări
    }
privacy-export-caption = 🔐 Copie de siguranță criptată ({ $records }). Salvează fișierul într-un loc sigur; aici îl șterge ștergerea automată. Restaurare: /import
privacy-import-ask = Trimite-mi fișierul copiei de siguranță (.qlbackup). Anulare: /cancel
privacy-import-need-file = Aștept fișierul copiei de siguranță (.qlbackup), trimis ca fișier. Anulare: /cancel
privacy-import-too-large = Fișierul e prea mare pentru o copie de siguranță. Nu s-a schimbat nimic.
privacy-import-passphrase = Și parola? Îți șterg mesajul imediat.
privacy-import-wrong =
    { $left ->
        [0] Parolă greșită sau fișier deteriorat. Nu s-a schimbat nimic. Ia-o de la capăt: /import
        [one] Parolă greșită sau fișier deteriorat. Nu s-a schimbat nimic. Mai ai o încercare – trimite din nou parola.
       *[other] Parolă greșită sau fișier deteriorat. Nu s-a schimbat nimic. Mai ai { $left } încercări – trimite din nou parola.
    }
privacy-import-not-backup = Aceasta nu e o copie de siguranță quietline. Nu s-a schimbat nimic.
privacy-import-unsupported = Copia aceasta vine dintr-o versiune pe care n-o pot citi. Nu s-a schimbat nimic.
privacy-import-summary =
    Copia de siguranță din { $date }: { $records } ({ $parts }).
    <b>Combină</b> adaugă ce lipsește și păstrează tot ce ai acum. <b>Înlocuiește</b> șterge mai întâi tot ce ai acum.
# What a backup holds, by the store's names for its parts; an unknown part shows by its name.
privacy-namespace =
    { $name ->
        [contacts] numere
        [aliases] aliasuri
        [verdict_log] jurnalul verdictelor
        [bookings] programări
        [booking_months] programări
        [holds] rezervări
        [general] setări
        [privacy] setări
        [rules] reguli
        [availability] program
       *[other] { $name }
    }
privacy-merge = Combină
privacy-replace = Înlocuiește
privacy-cancel = Anulează
privacy-imported =
    { $kept ->
        [0] ✅ Restaurat: { $records }.
        [one] ✅ Restaurat: { $records }, una existentă păstrată.
        [few] ✅ Restaurat: { $records }, { $kept } existente păstrate.
       *[other] ✅ Restaurat: { $records }, { $kept } de existente păstrate.
    }
privacy-cancelled = Anulat – nu s-a schimbat nimic.
privacy-expired = Butonul acesta nu mai este valabil.

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

## safety
# Buddy, check-in, duress word and warning list (/buddy, /checkin, /safety, /warnlist), and what the buddy reads.

safety-day-time = { $weekday } { $day }.{ $month }. { $time }
safety-stale = Butonul acesta nu mai e valabil.
safety-cancel-button = Anulează
safety-cancelled = Anulat.
safety-buddy-no-name = (fără nume)
safety-buddy-none = 🛡 <b>Persoana de încredere</b>: încă nimeni.
safety-buddy-status = 🛡 <b>Persoana de încredere</b>: { $name }, din { $since }.
safety-buddy-what = Persoana de încredere e cineva pe care te poți baza. Dacă nu dai semn după o întâlnire cu check-in, primește o alertă: textul tău de alertă, ora și – dacă le dai – locul și numărul clientului. Altceva nu vede: nici contacte, nici notițe, programări sau mesaje.
safety-buddy-pending = ❓ <b>{ $name }</b> a deschis invitația ta. E persoana ta de încredere?
safety-buddy-invite-button = ✉️ Creează o invitație
safety-buddy-replace-button = ✉️ Invitație nouă (înlocuiește persoana actuală după ce confirmi)
safety-buddy-remove-button = 🗑 Elimină persoana de încredere
safety-buddy-invite-link =
    ✉️ <b>Invitație pentru persoana ta de încredere</b>
    Trimite-i acest link: { $link }
    Funcționează o singură dată, până la { $until }. Imediat ce e deschis, te întreb dacă e într-adevăr persoana ta de încredere – abia după ce spui „da” primește mesaje de la mine, și atunci doar alerte.
safety-buddy-invite-code =
    ✉️ <b>Invitație pentru persoana ta de încredere</b>
    Persoana ta de încredere îmi trimite pe Signal acest mesaj: <code>{ $code }</code>
    Funcționează o singură dată, până la { $until }. Apoi te întreb dacă e într-adevăr persoana ta de încredere – abia după ce spui „da” primește mesaje de la mine, și atunci doar alerte.
safety-buddy-confirm = 🛡 Cineva a deschis invitația ta: <b>{ $name }</b>. E persoana ta de încredere?
safety-buddy-confirm-yes = ✅ Da, confirm
safety-buddy-confirm-no = ✖ Nu
safety-buddy-confirmed = ✅ <b>{ $name }</b> e acum persoana ta de încredere și primește alertele check-in-urilor tale – nimic altceva.
safety-buddy-refused = ✖ Refuzat: cine a deschis invitația nu primește nimic de la mine. O invitație nouă faci cu /buddy.
safety-buddy-remove-ask = Sigur elimini persoana de încredere? După aceea nu mai primește nicio alertă.
safety-buddy-remove-yes = 🗑 Da, elimină
safety-buddy-removed = Eliminată: <b>{ $name }</b> nu mai primește alerte.
safety-buddy-kept = Bine, persoana de încredere rămâne.
safety-buddy-welcome = 🛡 Acum ești persoana ei de încredere în quietline. Aici primești un mesaj doar dacă ea nu dă semn după o întâlnire sau are nevoie de ajutor – cu textul ei de alertă, ora și, dacă le-a dat, locul și numărul. Altceva nu îți arăt.
safety-buddy-only-alerts = Aici ajung doar alerte. Altceva nu îți pot arăta.
safety-alert-title = 🚨 <b>Alertă</b>
safety-alert-cause =
    { $cause ->
        [duress] La { $at } a scris cuvântul ei de alarmă: are nevoie de ajutor.
       *[no-answer] Nu a dat semn după întâlnire (trebuia la { $at }).
    }
safety-alert-default-text = Nu am dat semn după o întâlnire. Te rog sună-mă – dacă nu răspund, sună la poliție (110).
safety-alert-appointment = 🕒 Întâlnire: { $when }
safety-alert-place = 📍 Loc: { $place }
safety-alert-number = 📞 Numărul clientului: { $number }
safety-alert-late = ⚠️ Cu întârziere: trebuia trimisă la { $due }, dar n-am fost disponibil până la { $now }.
safety-alert-seen-button = 👀 Văzut – mă ocup eu
safety-alert-seen = 👀 Notat: ai răspuns la { $time }.
safety-alert-all-clear = ✅ Totul e în regulă: a dat semn la { $time }.
safety-checkin-button = 🛡 Check-in { $time }
safety-checkin-usage =
    🛡 <b>Check-in</b>: la sfârșitul întâlnirii te întreb „E totul ok?”. Dacă nu răspunzi, mai întreb o dată – apoi persoana ta de încredere primește o alertă.
    Pornește-l: apasă „🛡 Check-in” sub o programare în /day, sau <code>/checkin 19:30</code> (începutul, durata obișnuită), <code>/checkin 19:30-21:00</code>, <code>/checkin 19:30 90 0171 2345678 mâine</code>.
safety-checkin-no-buddy = Pentru un check-in ai nevoie mai întâi de o persoană de încredere confirmată, care să primească alerta: /buddy
safety-checkin-over = Întâlnirea asta s-a terminat deja (la { $end }).
safety-checkin-bad-who = Nu cunosc numărul sau aliasul acesta. Așa: <code>/checkin 19:30 0171 2345678</code>
safety-checkin-booking-gone = Programarea asta nu mai există.
safety-checkin-status =
    🛡 <b>Check-in { $when }</b>
    La { $ask } te întreb: „E totul ok?” Dacă nu răspunzi, mai întreb o dată după { $grace } min.; după încă { $grace } min., { $buddy } primește o alertă.
safety-checkin-place-line = 📍 Loc: { $place }
safety-checkin-number-line = 📞 Număr: { $number }
safety-checkin-details-hint = Locul și numărul ajung la persoana ta de încredere doar într-o alertă și se șterg imediat ce se încheie check-in-ul.
safety-checkin-place-button = 📍 Adaugă locul
safety-checkin-number-button = 📞 Trimite și numărul
safety-checkin-extend-button = ⏱ +{ $minutes } min.
safety-checkin-end-button = ✅ Încheie
safety-checkin-ok-button = ✅ Totul e ok
safety-checkin-place-ask = Unde ești? Scrie-mi locul (hotel, cameră, adresă). E doar pentru acest check-in.
safety-checkin-place-saved = 📍 Salvat – doar pentru acest check-in.
safety-checkin-no-number = Nu știu niciun număr pentru această programare.
safety-checkin-ask = 🛡 E totul ok?
safety-checkin-nudge = 🛡 E totul ok? Te rog răspunde scurt.
safety-checkin-ended = ✅ Bine. Check-in încheiat.
safety-checkin-ended-alerted =
    ✅ Bine. Check-in încheiat. { $buddy } a primit o alertă la { $time } și află acum că totul e în regulă.{ $seen ->
        [none] {""}
       *[other] {" "}Văzută la { $seen }.
    }
safety-checkin-extended = ⏱ Prelungit: te întreb la { $ask }.
safety-checkin-gone = Acest check-in s-a încheiat deja.
safety-settings =
    🛡 <b>Siguranță</b>
    Persoana de încredere: { $buddy }
    Timp de așteptare: { $grace } min. – apoi mai întreb o dată, iar după încă { $grace } min. pleacă alerta.
    Cuvânt de alarmă: { $duress ->
        [set] setat
       *[unset] niciunul
    }
    Textul alertei: { $text }

    Schimbi așa: <code>/safety text …</code> · <code>/safety cuvânt …</code> · <code>/safety așteptare 20</code> · Persoana de încredere: /buddy
safety-settings-no-buddy = încă nimeni
safety-settings-usage = Așa: <code>/safety text Nu am dat semn – te rog sună-mă</code>, <code>/safety cuvânt ananas</code>, <code>/safety așteptare 20</code>. Cu <code>-</code> în loc de valoare revii la standard.
safety-grace-button = { $minutes } min.
safety-grace-saved = Timp de așteptare: { $minutes } min.
safety-grace-bad = Te rog între { $min } și { $max } de minute, de ex. <code>/safety așteptare 20</code>.
safety-text-saved = Textul alertei a fost salvat.
safety-text-reset = Textul alertei a fost resetat: se folosește textul standard.
safety-text-too-long = Textul alertei poate avea cel mult { $max } de caractere.
safety-duress-saved = 🤫 Cuvântul de alarmă e setat – am păstrat doar o sumă de control criptată și ți-am șters mesajul. Dacă îl scrii cât timp rulează un check-in (și ca răspuns la „E totul ok?”), aici arată ca un „ok” obișnuit – iar persoana ta de încredere primește imediat o alertă.
safety-duress-removed = Cuvântul de alarmă a fost șters.
safety-duress-refused =
    { $error ->
        [too-short] Cuvântul de alarmă are nevoie de cel puțin 4 litere.
        [too-long] Cel mult trei cuvinte, te rog.
       *[like-ok] Sună ca un „ok” obișnuit – alege un cuvânt pe care altfel nu-l scrii niciodată, de ex. <code>/safety cuvânt ananas</code>.
    }
safety-warnlist-none = ⚠️ <b>Lista de avertizare</b>: încă n-ai importat niciuna. O listă de la organizația ta de sprijin sau de la colege (număr și motiv pe fiecare rând) face ca fiecare număr de pe ea să primească ⛔ – în mesajele primite și la /check.
safety-warnlist-status =
    ⚠️ <b>Lista de avertizare</b>: { $count ->
        [one] un număr
        [few] { $count } numere
       *[other] { $count } de numere
    }, importată pe { $date }. Fiecare primește ⛔ cu motivul din listă – în mesajele primite și la /check.
safety-warnlist-commands = <code>/warnlist import</code> – importă o listă (o înlocuiește pe cea actuală) · <code>/warnlist export</code> – numerele tale blocate, ca fișier · <code>/warnlist clear</code> – șterge lista
safety-warnlist-send = Trimite-mi lista ca fișier (.txt sau .csv) sau lipește-o aici: pe fiecare rând un număr și un motiv scurt, de ex. <code>0171 2345678; violent</code>. Înlocuiește lista actuală. Păstrez doar sume de control criptate ale numerelor, împreună cu motivul. /cancel anulează.
safety-warnlist-imported =
    ⚠️ Lista de avertizare a fost importată: { $count ->
        [one] un număr
        [few] { $count } numere
       *[other] { $count } de numere
    }, la data de { $date }.
safety-warnlist-duplicates =
    { $count ->
        [one] Un rând a mai numit o dată un număr; rămâne primul motiv.
        [few] { $count } rânduri au mai numit o dată un număr; rămâne de fiecare dată primul motiv.
       *[other] { $count } de rânduri au mai numit o dată un număr; rămâne de fiecare dată primul motiv.
    }
safety-warnlist-problems =
    ✖ N-am importat nimic – { $count ->
        [one] un rând nu-l pot citi
        [few] { $count } rânduri nu le pot citi
       *[other] { $count } de rânduri nu le pot citi
    }. Te rog corectează-le și trimite din nou toată lista:
safety-warnlist-problem =
    Rândul { $line }: { $problem ->
        [no-number] niciun număr găsit
        [wrong-length] numărului îi lipsesc cifre sau are prea multe
        [reason-too-long] motiv mai lung de 200 de caractere
       *[unreadable] ghilimelele nu sunt închise
    }
safety-warnlist-more-problems = … și încă { $count }.
safety-warnlist-empty = Nu conține niciun număr.
safety-warnlist-too-large = Prea mare: cel mult 50.000 de rânduri și 2 MB.
safety-warnlist-not-text = Nu e un fișier text – te rog trimite-l ca .txt sau .csv.
safety-warnlist-not-read = Nu am putut încărca fișierul. Te rog trimite-l din nou.
safety-warnlist-cleared = Lista de avertizare a fost ștearsă.
safety-warnlist-export-none = Nu ai numere blocate (⛔). Blochezi un număr așa: <code>/flag 0171 2345678 blocked</code>
safety-warnlist-export-confirm =
    📤 <b>Export</b>: scriu { $count ->
        [one] numărul tău blocat
        [few] cele { $count } numere blocate ale tale
       *[other] cele { $count } de numere blocate ale tale
    } cu motivul blocării într-un fișier, aici în chat.
    <b>Ce iese din bot:</b> numerele complete, în clar, și motivul (sau de când sunt blocate) – fără nume, notițe, programări sau evenimente. Dă fișierul doar oamenilor în care ai încredere.
safety-warnlist-export-yes = 📤 Da, creează fișierul
safety-warnlist-export-cancelled = Anulat – nimic n-a ieșit din bot.
safety-warnlist-export-caption =
    { $count ->
        [one] ⚠️ Un număr blocat
        [few] ⚠️ { $count } numere blocate
       *[other] ⚠️ { $count } de numere blocate
    } – în forma pe care o citește /warnlist import.
safety-warnlist-export-header = quietline: numere blocate, exportate pe { $date } (număr,motiv)
safety-warnlist-export-reason = blocat din { $date }
