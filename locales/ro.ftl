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
