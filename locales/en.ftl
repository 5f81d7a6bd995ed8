# quietline — English. Every locale has the same sections in the same order, the same message ids
# and the same variables per message as de.ftl, the reference. Conventions: docs/i18n.md

## common
# Shared words: language names, weekdays, weekly hours and their errors.

common-language-name = English
common-weekday-short =
    { $day ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
common-hours-daily = daily
common-hours-none = no hours
common-hours-error-unreadable = I could not read that.
common-hours-error-unreadable-at = I could not read that (“{ $at }”).
common-hours-error-missing = A day is missing its time.
common-hours-error-time = There is no such time as { $at }.
common-hours-error-empty = { $at } is empty (start = end).
common-hours-error-long = A range is longer than 24 hours.

## commands
# Every command's menu and /help line: plain text, no HTML (Telegram's menu shows it as it is).

cmd-start-description = What I do, in four lines
cmd-start-example = /start
cmd-help-description = Every command with an example
cmd-help-example = /help
cmd-privacy-description = Self-cleaning and retention settings
cmd-privacy-example = /privacy clean 2h
cmd-keep-description = As a reply: don't auto-delete this message
cmd-keep-example = /keep
cmd-export-description = Encrypted backup as a file
cmd-export-example = /export
cmd-import-description = Restore a backup (merge or replace)
cmd-import-example = /import
cmd-wipe-description = Panic: delete everything, data and chat
cmd-wipe-example = /wipe
cmd-settings-description = See and change settings
cmd-settings-example = /settings
cmd-devices-description = Phones that report calls and texts by themselves: add, list, remove
cmd-devices-example = /devices add Work phone
cmd-contact-description = Contact card for a number or alias
cmd-contact-example = /contact 0171 2345678
cmd-contacts-description = Recent contacts with flags
cmd-contacts-example = /contacts
cmd-note-description = Save a note for a number
cmd-note-example = /note 0171 2345678 only at noon
cmd-alias-description = Set a first or working name for a number
cmd-alias-example = /alias 0171 2345678 Tom
cmd-hours-for-description = Allowed hours for a number
cmd-hours-for-example = /hours_for 0171 2345678 Mon-Fri 12-14
cmd-flag-description = Set flags: nocall, landline, forwarded, smsonly, nosms, blocked, trusted
cmd-flag-example = /flag 0171 2345678 nocall
cmd-unflag-description = Remove flags
cmd-unflag-example = /unflag 0171 2345678 nocall
cmd-forget-description = Delete everything about a number (asks first)
cmd-forget-example = /forget 0171 2345678
cmd-check-description = May I call back? ✅ 💬 ⏳ ⛔ with reasons
cmd-check-example = /check 0171 2345678
cmd-rules-description = All rules with ids, your own rules, on/off, settings as buttons
cmd-rules-example = /rules off quiet-hours
cmd-free-description = Free slots with a reply to copy
cmd-free-example = /free tomorrow
cmd-day-description = Day plan: bookings, offers, gaps
cmd-day-example = /day tomorrow
cmd-book-description = Record a booking (time, length, number/alias, day)
cmd-book-example = /book 17:00-18:30 Tom tomorrow
cmd-cancel-description = Cancel a booking of a day
cmd-cancel-example = /cancel tomorrow
cmd-hours-description = Show or set working hours
cmd-hours-example = /hours mon-fri 11:00-21:00; sat 12:00-18:00; sun off
cmd-off-description = Add a day off; without a date: list
cmd-off-example = /off 2026-12-24
cmd-lint-description = Check a text before sending (names, prices, addresses …)
cmd-lint-example = /lint Hi Tom, does 17:00 work today? Best
cmd-why-description = A number's last verdicts and callback outcomes, with reasons
cmd-why-example = /why 0171 2345678
cmd-checkin-description = Check-in for an appointment: "All OK?" at the end, else an alert to your buddy
cmd-checkin-example = /checkin 19:30
cmd-buddy-description = Emergency buddy: invite, confirm, remove
cmd-buddy-example = /buddy
cmd-safety-description = Alert text, duress word and grace period for check-ins
cmd-safety-example = /safety grace 20
cmd-warnlist-description = Import a warning list, see its state, export your blocked numbers
cmd-warnlist-example = /warnlist import

## start
# /start: the welcome and the invitation to the first-run setup.

start-welcome =
    <b>quietline</b> — your discreet callback assistant.
    • Send me missed calls, voicemail and SMS notices (forward or paste) — I pick out number, time and what was asked.
    • Ask “can I call back 0171 2345678?” — I answer ✅ 💬 ⏳ or ⛔ and say why.
    • I find free slots and write neutral replies that never carry a name.
    • For each number I keep an alias, notes and allowed hours.

    🔒 Everything is stored encrypted, only you have access, and I never contact anyone myself.

    Next: forward me a missed call, e.g. “Missed call from 0171 2345678” — or type /help.
start-setup-invite = ⚙️ A quick setup? Five questions: working hours, buffer, notice and two about language.
start-setup-go = Set up
start-setup-skip = Keep defaults
start-setup-skipped = Fine — the defaults apply (Mon–Fri 11–21, 30 min buffer, 2 h notice). Change them any time with /settings.

## help
# /help: the frame around the command list.

help-header = <b>Commands</b> (numbers work in any common notation, an alias too):
help-footer = No command needed: just forward missed-call, voicemail or SMS notices, or ask “can I call back 0171 2345678?”.

## errors
# What she reads when something fails: one fixed line, never details.

errors-something-went-wrong = Something went wrong. Nothing stored was lost — please try again in a moment.

## settings
# /settings and the first-run setup.

settings-title = <b>Settings</b>
settings-hours = Hours
settings-length = Appointment length
settings-buffer-before = Buffer before
settings-buffer-after = Buffer after
settings-notice = Notice
settings-step = Step
settings-max-count = Max appointments/day
settings-max-minutes = Max booked time/day
settings-proposals = Proposals
settings-hold = Hold time
settings-interface-language = Language
settings-draft-language = Draft language
settings-no-limit = no limit
# The drafts' language inside a sentence, after its label.
settings-draft-language-name =
    { $lang ->
        [en] English
       *[de] German
    }
# The drafts' language on its button.
settings-draft-language-choice =
    { $lang ->
        [en] English
       *[de] German
    }
settings-setup-again = 🔁 Run setup again
settings-back = ← Back
settings-pick = <b>{ $label }</b> — choose:
settings-saved = Saved.
settings-stale = This button is out of date.
settings-hours-hint = Hours: /hours · days off: /off
settings-setup-intro = Quick setup — five questions. Tap a button or type the answer. “Keep” leaves the value as it is.
settings-setup-hours =
    1/5 <b>When do you work?</b>
    Now: { $now }
    For example: <code>Mon-Fri 11-21; Sat 12-18</code> or <code>Fri 20:00-02:00</code>
settings-setup-buffer =
    2/5 <b>Buffer before and after each appointment</b> (travel, preparation), in minutes.
    Now: { $now }
settings-setup-notice =
    3/5 <b>Notice:</b> how soon may an appointment start at the earliest? E.g. <code>2h</code> or <code>90</code> (minutes).
    Now: { $now }
settings-setup-language = 4/5 <b>Language</b> of my replies?
settings-setup-draft-language = 5/5 <b>Language of drafts</b> to clients? (A client who writes in English still gets English.)
settings-setup-keep = Keep
settings-setup-bad-minutes = Please a number of minutes (0–480), e.g. <code>30</code>, or tap “Keep”.
settings-setup-bad-language = Please tap a button — or type the code: { $codes }.
settings-setup-done = ✅ Done. You can change everything any time with /settings, /hours and /off.

## console
# The terminal chat's own lines (npm start without BOT_TOKEN).

console-banner =
    quietline — local chat. Type as you would in Telegram; for buttons type their number. Quit: /exit or Ctrl+D.
    Pasted text stays one message (Enter sends it). To type several lines, end a line with \.
console-file-saved = 📎 File saved: { $path }
console-demo-key =
    { $state ->
        [created] Local demo key created: { $path } (set ENCRYPTION_KEY for real use).
       *[reused] Local demo key in use: { $path } (set ENCRYPTION_KEY for real use).
    }

## transport
# What a chat without Telegram's buttons adds: buttons become numbered choices.

transport-no-such-choice = There is no button with that number right now.
transport-keep-by-timer = In this chat the disappearing-messages timer (/privacy) applies to every message — single ones cannot be kept here. Save what should stay (e.g. the backup file) on your device.
transport-delete-it-yourself = ⚠️ I can’t delete your message here — please delete it yourself: press and hold → Delete → Delete for everyone.

## fallback
# Whatever no feature handled.

fallback-not-understood = I didn't understand that. Send me e.g. a missed call (“Missed call from 0171 2345678”), ask “can I call back 0171 2345678?” or type /help.
fallback-unknown-command = I don't know that command. /help lists them all.
fallback-button-expired = This button is no longer valid.

## contacts
# Contact cards, /contacts, /note, /alias, /hours_for, /flag, /unflag, /forget, shared contacts and vCards.

contacts-usage-contact = Which number? For example: <code>/contact 0171 2345678</code> or <code>/contact Tom</code>
contacts-usage-note = Like this: <code>/note 0171 2345678 only reachable at noon</code>
contacts-usage-alias = Like this: <code>/alias 0171 2345678 Tom</code> (one first or working name only; <code>-</code> removes it)
contacts-usage-hours = Like this: <code>/hours_for 0171 2345678 Mon-Fri 12-14</code> (<code>-</code> lifts the restriction)
contacts-usage-flag = Like this: <code>/flag 0171 2345678 nocall landline</code>
contacts-usage-unflag = Like this: <code>/unflag 0171 2345678 nocall</code>
contacts-usage-forget = Like this: <code>/forget 0171 2345678</code>
contacts-flags-help = Flags: nocall, landline, forwarded, smsonly, nosms, blocked, trusted.
contacts-withheld = A withheld number has no card — there is nothing to keep.
contacts-invalid-number = That is not a number I can read (too short, a date or a short code). Example: <code>0171 2345678</code> or <code>+49 171 2345678</code>.
# A number with digits missing or extra, shown as she typed it; $expected is the nearest count numbers with its prefix have.
contacts-number-wrong-length =
    <code>{ $typed }</code> { $problem ->
        [too-long] looks too long
       *[too-short] looks incomplete
    }: { $line ->
        [mobile] mobile numbers
        [landline] landline numbers
       *[other] numbers
    } with this prefix have { $bound ->
        [at-least] at least { $expected }
        [at-most] at most { $expected }
       *[exactly] { $expected }
    } { $expected ->
        [one] digit
       *[other] digits
    }, this one has { $digits }.
contacts-wrong-length-no-card = I make no card for it — check the number and send it again.
contacts-unknown-alias = I know no card with that name. Use the number, e.g. <code>0171 2345678</code>, or look in /contacts.
contacts-ambiguous = Several cards carry that name — please use the number:
contacts-no-card = I have nothing stored for this number.
contacts-flag-name =
    { $flag ->
        [nocall] do not call back
        [landline] landline
        [forwarded] forwarded
        [smsonly] text only
        [nosms] no texts
        [blocked] blocked
       *[trusted] trusted
    }
contacts-unknown-flags = I don't know these flags: { $words }
contacts-flags-changed =
    { $who } — { $change ->
        [set] Set:
       *[cleared] Removed:
    } { $flags }
contacts-note-saved = 📝 Note saved for { $who }.
contacts-alias-saved = 👤 Alias saved: <b>{ $alias }</b> · { $number }
contacts-alias-removed = 👤 Alias removed for { $number }.
contacts-alias-shape = An alias is one first or working name: letters only, at most 40 characters. Example: <code>/alias 0171 2345678 Tom</code>
contacts-hours-saved = 🕑 Allowed hours for { $who }: { $hours }
contacts-hours-any-time = no restriction
contacts-hours-bad = { $error } Examples of hours: <code>Mon-Fri 12-14</code>, <code>weekdays 9-17</code>, <code>Sat, Sun 14:00-18:00</code>.
contacts-forget-ask = Delete everything about { $who } — alias, flags, notes, hours and events? This cannot be undone.
contacts-forget-yes = 🗑 Yes, delete everything
contacts-forget-no = Cancel
contacts-forgotten = 🗑 Deleted. Nothing is stored about this number any more.
contacts-kept = Nothing deleted.
contacts-minimise-intro = ⚠️ This looks like data you don't need:
contacts-minimise-finding =
    • { $kind ->
        [company] employer/company
        [surname] surname
        [email] email address
        [web] web address
        [address] address
       *[bank] bank details
    }: “{ $text }”
contacts-minimise-without = Without: <i>{ $text }</i>
contacts-minimise-keep = Save anyway
contacts-minimise-strip = Save without it
contacts-minimise-cancel = Cancel
contacts-minimise-empty = Without those parts nothing is left — nothing saved.
contacts-cancelled = Cancelled, nothing saved.
contacts-expired = That has expired — please send it again.
contacts-stale-card = This card no longer exists.
contacts-ask-note = 📝 Send me the note for { $who } now (or /cancel).
contacts-ask-hours = 🕑 Send me the allowed hours for { $who }, e.g. <code>Mon-Fri 12-14</code> — or <code>-</code> for no restriction (/cancel stops).
# The hint in her input field while she types the hours: plain text.
contacts-hours-placeholder = Mon-Fri 12-14
contacts-cancel-input = Cancelled.
contacts-none-yet = No contacts yet. Forward me a missed call or type <code>/contact 0171 2345678</code>.
contacts-list-title = <b>Recent contacts</b>
contacts-list-title-page = <b>Recent contacts</b> (page { $page }/{ $pages })
contacts-no-event-yet = no event yet
contacts-previous-page = ‹ Back
contacts-next-page = Next ›
contacts-use-alias = Use “{ $name }” as alias
contacts-skip-alias = No alias
contacts-shared-intro = Contact taken over — the number only, nothing else.
contacts-vcard-none = I find no phone number in that file. Send me a .vcf file with one contact.
contacts-vcard-too-large = That file is too large for a contact card (64 KB at most).
contacts-vcard-failed = I couldn't load the file — please try again.
contacts-vcard-more =
    The file holds { $count ->
        [one] one contact
       *[other] { $count } contacts
    }; I took the first one. Send the others one by one if you need them.
contacts-card-flags =
    { $count ->
        [0] <b>Flags:</b> none
       *[other] <b>Flags:</b>
    }
contacts-card-hours = <b>Allowed hours:</b> { $hours }
contacts-card-notes =
    { $count ->
        [0] <b>Notes:</b> none
       *[other] <b>Notes:</b>
    }
contacts-card-more-notes = … { $count } more
contacts-card-events =
    { $count ->
        [0] <b>Recent events:</b> none
       *[other] <b>Recent events:</b>
    }
# When and by whom a flag was set; $day is a short date.
contacts-flag-why =
    { $by ->
        [outcome] after the callback on { $day }
        [import] from a backup, { $day }
       *[owner] by you, { $day }
    }
contacts-button-note = 📝 Note
contacts-button-hours = 🕑 Hours
contacts-button-show-number = 🔢 Show number
contacts-button-forget = 🗑 Forget
# A short date: $day and $month with two digits, $year with four.
contacts-date = { $day }/{ $month }
contacts-date-year = { $day }/{ $month }/{ $year }


## inbox
# Forwarded or pasted notes: the events read from them.

inbox-understood =
    { $count ->
        [one] 📥 <b>Understood</b>
       *[other] 📥 <b>Understood</b> – { $count } events
    }
inbox-nothing =
    I didn't understand that: I find no missed call, voicemail or text message in it. This is what I understand:
    <code>Missed call from +49 171 2345678</code>
    <code>Voicemail 8:05 – “call me back on 0151 1234 5678”</code>
    Or type /help.
inbox-kind =
    { $kind ->
        [missed-call] missed call
        [voicemail] voicemail
        [sms] text message
       *[callback-request] callback request
    }
inbox-when =
    { $day ->
        [today] today { $time }
        [yesterday] yesterday { $time }
        [tomorrow] tomorrow { $time }
       *[other] { $weekday } { $date } { $time }
    }
inbox-time-from-message = time of the message
inbox-duplicate = already stored
inbox-line =
    { $line ->
        [mobile] mobile
        [landline] landline
        [mobile-or-landline] mobile or landline
        [shared-cost] shared-cost number
        [premium] premium-rate number
        [toll-free] toll-free number
        [personal] personal number
        [pager] pager
        [voicemail] voicemail access
        [uan] company-wide number
        [voip] VoIP number
        [special] special number
       *[unknown] type unknown
    }
inbox-foreign = abroad ({ $country }), { $line }
inbox-withheld = Number withheld — not stored, no callback possible.
inbox-invalid = Number not readable — not stored.
inbox-wrong-length =
    <code>{ $typed }</code> { $problem ->
        [too-long] has too many digits
       *[too-short] looks incomplete
    }: { $line ->
        [mobile] mobile numbers that start like this have
        [landline] landline numbers that start like this have
       *[other] numbers that start like this have
    } { $expected } digits, this one has { $digits } — not stored.
inbox-digits-either = { $first } or { $second }
inbox-digits-range = { $first } to { $second }
inbox-asked = Asked: { $what }
inbox-asked-callback = asked for a callback
inbox-asked-appointment = asks for an appointment
inbox-asked-appointment-when = asks for an appointment { $when }
inbox-asked-both = { $callback } and { $appointment }
inbox-asked-nothing = nothing asked
inbox-asked-today = today
inbox-asked-tomorrow = tomorrow
inbox-asked-weekday = on { $weekday }
inbox-asked-date = on { $date }
inbox-weekday =
    { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }
inbox-asked-time =
    { $approx ->
        [yes] around { $time }
       *[no] { $time }
    }
inbox-late-night = 🌙 Written after midnight: I took <b>{ $taken }</b>, the day that has just begun. Was { $other } meant? One tap switches.
inbox-late-night-button = 📅 { $other } instead
inbox-offer-for = 📅 Proposal for <b>{ $date }</b>:
inbox-more-events =
    { $count ->
        [one] … one more event stored.
       *[other] … { $count } more events stored.
    }
inbox-more-numbers = For the other numbers: /contacts.
inbox-card = 👤 Card { $who }


## outcomes
# Callback outcomes (reached, someone else answered, voicemail, no answer) and /why.

outcomes-invalid-button = This button is not valid (any more). Ask again with /check.
outcomes-number-gone = Nothing is stored about this number any more.
outcomes-already = Already noted.
outcomes-how-did-it-go = How did the call go?
outcomes-noted =
    { $outcome ->
        [reached] Noted: reached.
        [someone-else] Noted: someone else answered.
        [voicemail] Noted: voicemail.
       *[no-answer] Noted: no answer.
    }
outcomes-someone-else =
    The number is now flagged <b>forwarded</b> and <b>do not call back</b> — never ✅ again.

    On the phone, neutral, no name:
outcomes-voicemail-reminder = Leave no voicemail message — someone else may listen to it. Just hang up.
# The verdict for the number after the outcome; $verdict is its headline.
outcomes-from-now-on = From now on: { $verdict }
outcomes-why-usage = Which number? Write e.g. <code>/why 0171 2345678</code> or <code>/why Tom</code>.
outcomes-why-no-number = I keep no history for withheld or unusable numbers — they are always ⛔.
outcomes-why-empty = I haven't shown a verdict for this number yet. Ask first: <code>/check 0171 2345678</code>.
outcomes-why-header = <b>History</b> (newest first)
outcomes-history-outcome =
    { $outcome ->
        [reached] Callback: reached
        [someone-else] Callback: someone else answered
        [voicemail] Callback: voicemail
       *[no-answer] Callback: no answer
    }
outcomes-older = … older entries: { $count }


## check
# /check and plain questions ("darf ich … zurückrufen?"): what is asked about which number.

check-usage = Which number? Write e.g. <code>/check 0171 2345678</code> or <code>/check Tom</code> — or just ask “can I call back 0171 2345678?”.
check-which-number = Which number do you mean? Ask e.g. “can I call back 0171 2345678?” or use a saved alias.
check-invalid-hint = This works: <code>/check 0171 2345678</code> or <code>/check +49 171 2345678</code>.
check-ambiguous = Several numbers carry this alias ({ $numbers }). Use the number, e.g. <code>/check 0171 2345678</code>.
check-unknown = That is neither a number nor an alias I know. Write the number in any common notation, e.g. <code>/{ $command } 0171 2345678</code>, or an alias, e.g. <code>/{ $command } Tom</code>.


## verdict
# The verdict view: headline, reasons, facts, what would change it, hints; the rule explanations.

# The first line of every answer, after the verdict's emoji.
verdict-headline =
    { $verdict ->
        [call] Call back OK
        [text] Text instead
       *[none] Don't get in touch
    }
verdict-headline-later =
    Not now – from { $when }{ $then ->
        [call] , then call back
        [text] , then text
       *[none] {""}
    }
# ⏳ without a moment within two weeks.
verdict-headline-later-open =
    Not now{ $then ->
        [call] , then call back
        [text] , then text
       *[none] {""}
    }
verdict-heading-why = Why
# Rules that also apply and argue for getting in touch, but weigh less than those that decided.
verdict-heading-for = Speaks for it, but counts less
# Rules that also apply and point the same way as the answer, without deciding it.
verdict-heading-against = Also speaks against it
verdict-heading-facts = Facts
verdict-heading-change = What would change it
verdict-called-anyway = 📞 Called anyway? Record the outcome
verdict-outcome-button =
    { $outcome ->
        [reached] Reached
        [someone-else] Someone else answered
        [voicemail] Voicemail
       *[no-answer] No answer
    }
# A moment in her time zone: $relative is today, tomorrow, week (within six days) or other;
# $weekday is the short weekday, $date comes from verdict-date.
verdict-when =
    { $relative ->
        [today] { $clock }
        [tomorrow] tomorrow { $clock }
        [week] { $weekday } { $clock }
       *[other] { $weekday } { $date } { $clock }
    }
verdict-date =
    { $day } { $month ->
        [jan] Jan
        [feb] Feb
        [mar] Mar
        [apr] Apr
        [may] May
        [jun] Jun
        [jul] Jul
        [aug] Aug
        [sep] Sep
        [oct] Oct
        [nov] Nov
       *[dec] Dec
    }
verdict-age-minutes = { $count } min ago
verdict-age-hours = { $count } h ago
verdict-age-days = { $count } days ago
verdict-event-kind =
    { $kind ->
        [missed-call] missed call
        [voicemail] voicemail
        [sms] SMS
       *[callback-request] callback request
    }
# The same, at the start of a sentence.
verdict-event-kind-start =
    { $kind ->
        [missed-call] Missed call
        [voicemail] Voicemail
        [sms] SMS
       *[callback-request] Callback request
    }
# "voicemail 08:05", "3× missed call 11:53"; $kind from verdict-event-kind, $when from verdict-when.
verdict-event =
    { $count ->
        [1] { $kind }
       *[other] { $count }× { $kind }
    } { $when }
# An inbound request in the facts: "voicemail 08:05 (3 h ago), asks for an appointment today".
verdict-request = { $event } ({ $age }), { $asked }
# What a request asked for; $appointment from verdict-asked-appointment.
verdict-asked =
    { $what ->
        [callback] asks for a callback
        [appointment] { $appointment }
        [both] asks for a callback and { $appointment }
        [missed-call] no message
       *[nothing] no callback asked for
    }
# $has: which of day ($day from verdict-asked-day) and time ($time from verdict-asked-time) the client named.
verdict-asked-appointment =
    { $has ->
        [day] asks for an appointment { $day }
        [time] asks for an appointment { $time }
        [both] asks for an appointment { $day } { $time }
       *[none] asks for an appointment
    }
verdict-asked-day =
    { $relative ->
        [today] today
        [tomorrow] tomorrow
        [weekday] on { $weekday ->
            [mon] Monday
            [tue] Tuesday
            [wed] Wednesday
            [thu] Thursday
            [fri] Friday
            [sat] Saturday
           *[sun] Sunday
        }
       *[date] on { $date }
    }
verdict-asked-time =
    { $approx ->
        [yes] around { $clock }
       *[no] at { $clock }
    }
verdict-line =
    { $line ->
        [mobile] mobile
        [landline] landline
        [mobile-or-landline] mobile or landline
        [special] special number
       *[unknown] unknown
    }
verdict-outcome =
    { $outcome ->
        [reached] reached
        [someone-else] someone else answered
        [voicemail] voicemail
       *[no-answer] no answer
    }
# How many digits a number needs: one count, two, or a span ($min = $max for one).
verdict-digits =
    { $shape ->
        [one] { $min }
        [two] { $min } or { $max }
       *[span] { $min } to { $max }
    }
verdict-rule-title =
    { $rule ->
        [warnlist] Warning list
        [withheld] Number withheld or unusable
        [blocked] Blocked
        [landline] Landline
        [someone-else-answered] Someone else answered / forwarded
        [nocall] Do not call back (flag)
        [smsonly] Text only (flag)
        [nosms] No texts (flag)
        [no-fresh-request] No recent request
        [not-asked-to-call] No callback asked for
        [outside-allowed-hours] Outside allowed hours
        [call-days] Not a call day
        [quiet-hours] Quiet hours
        [trusted] Trusted (lifts nothing)
        [asked-to-call] Callback asked for
        [nothing-allows] Nothing allows it
       *[unknown-clock] Clock unreadable
    }
verdict-rule-title-custom = Your rule “{ $id }”
# Her imported warning list; $reason is the list's own words (plain text: the view escapes), $hasReason yes or no.
verdict-reason-warning-list =
    { $hasReason ->
        [yes] ⚠️ On the warning list: { $reason }
       *[no] ⚠️ On the warning list
    }
verdict-reason-withheld = Number withheld – nothing to call back; wait until they call again.
verdict-reason-invalid = No usable number – nothing to call back.
# A number with digits missing or extra; $expected from verdict-digits. Never the number itself.
verdict-reason-wrong-length =
    { $problem ->
        [too-long] Number too long: { $digits } digits, numbers with this prefix have { $expected } ({ $by ->
            [one] one too many
           *[other] { $by } too many
        }) – nothing to call back.
       *[too-short] Number incomplete: { $digits } digits, numbers with this prefix have { $expected } ({ $by ->
            [one] one missing
           *[other] { $by } missing
        }) – nothing to call back.
    }
verdict-reason-flag =
    { $flag ->
        [blocked] On your blocklist
        [landline] Marked as landline – never called or texted
        [forwarded] Marked as forwarded – calls reach someone else
        [nocall] Marked: do not call back
        [smsonly] Marked: text only, never call
       *[nosms] Marked: no texts – don't text either
    } (since { $since }){ $by ->
        [outcome] , set after a callback
       *[other] {""}
    }.
verdict-reason-trusted = Marked trusted – lifts no safety rule: one safe callback proves nothing about the next.
verdict-reason-landline = Number type: landline – landlines are never called back, and texts are often read aloud there.
verdict-reason-maybe-landline = Number type: { $line } – counts as landline to be safe.
verdict-reason-someone-else-answered = Someone else answered the callback { $when } – never call this number again.
verdict-reason-no-fresh-request = No request in the last { $hours } h – you never get in touch first.
verdict-reason-no-fresh-request-since = No request in the last { $hours } h (last contact: { $event }) – you never get in touch first.
verdict-reason-request-answered = The last request is settled: callback { $when }, { $outcome }.
verdict-reason-not-asked-missed-call = { $event } with no message – that is not a request to call back.
verdict-reason-not-asked = { $event }: { $asked } – no callback asked for.
verdict-reason-asked = Asked for a callback: { $event } ({ $age }).
verdict-reason-outside-allowed-hours = Outside this contact's allowed hours – next window { $when }.
verdict-reason-outside-allowed-hours-no-window = Outside this contact's allowed hours – no window in the next two weeks.
verdict-reason-not-a-call-day =
    { $weekday ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    } is not a call day – from { $when }.
verdict-reason-no-call-days = Today is not a call day, and none is set.
verdict-reason-quiet-hours = Quiet hours { $range }, now { $now } – until { $when }, texts too.
verdict-reason-quiet-hours-all-day = Quiet hours { $range } – all day.
verdict-reason-custom = Your rule “{ $id }”: { $text }
verdict-reason-nothing-allows = No rule that is switched on allows it – when in doubt, don't get in touch.
verdict-reason-unknown-clock = Clock or time zone unreadable – no time rule can be checked, so don't get in touch.
verdict-text-fits = A short, neutral text fits.
verdict-text-does-not-fit =
    A text does not fit either: { $because ->
        [not-mobile] not a mobile number
        [no-request] no open request
        [missed-call-only] only missed calls, no message
       *[nosms] flagged “no texts”
    }.
# An outweighed rule's reason, and what decided instead ($rules: rule titles).
verdict-outweighed-by = { $reason } But: { $rules }.
verdict-outweighed-by-until = { $reason } But: { $rules } until { $when }.
verdict-fact-number =
    Number type: { $line }{ $special ->
        [shared-cost] {" "}(shared-cost number)
        [premium] {" "}(premium-rate number)
        [toll-free] {" "}(toll-free number)
        [personal] {" "}(personal number)
        [pager] {" "}(pager)
        [voicemail] {" "}(voicemail number)
        [uan] {" "}(company number)
        [voip] {" "}(internet telephony)
       *[none] {""}
    }{ $foreign ->
        [yes] , foreign ({ $country })
       *[no] {""}
    }{ $countsAsLandline ->
        [yes] {" "}→ counts as landline
       *[no] {""}
    }
verdict-fact-no-number =
    Number: { $kind ->
        [withheld] withheld
       *[invalid] unusable
    }
verdict-fact-wrong-length =
    Number: { $problem ->
        [too-long] too long
       *[too-short] incomplete
    } – { $digits } digits instead of { $expected }
verdict-fact-now = Now: { $weekday } { $clock }
verdict-fact-last-contact = Last contact: { $request }
verdict-fact-last-request = Last request: { $request }
verdict-fact-no-request = No open request in the last { $hours } h
verdict-fact-flags = Flags: { $flags }
verdict-fact-someone-else = Someone else answered before: { $count }×
verdict-fact-last-callback = Last callback: { $when }, { $outcome }
verdict-fact-disabled = Rules switched off: { $rules }
verdict-change =
    { $change ->
        [asks-callback] if they ask for a callback
        [new-request] if they get in touch again
        [leaves-message] if they leave a message (voicemail or SMS)
       *[number-shown] if they call with their number shown
    }
verdict-change-after = after { $when }
verdict-change-remove-flag = remove the flag { $flag }
verdict-change-setting =
    { $setting ->
       *[mobileOrLandlineIsLandline] setting: count “mobile or landline” as mobile
    }
verdict-change-custom-rule = switch off your rule “{ $id }”
verdict-change-permanent = nothing – this stays ({ $rule })
verdict-hint-repeated-calls = { $count } calls within { $minutes } minutes.
verdict-hint-caution =
    { $cause ->
        [foreign] Caution: foreign number ({ $country }).
        [premium] Caution: premium-rate number – expensive.
        [shared-cost] Caution: shared-cost service number.
       *[personal] Caution: personal number – may be forwarded anywhere.
    }
verdict-hint-no-voicemail = If nobody answers: leave no voicemail.
verdict-hint-stale-before = The request turns older than { $hours } h at { $when } and no longer counts then.
verdict-hint-until-unknown = There is no suitable time within the next two weeks.


## rules
# /rules: the rule list, her own rules, the rule settings buttons.

# One line per default rule in the /rules listing: when it applies and what it says.
rules-summary =
    { $rule ->
        [warnlist] ⛔ On the imported warning list (/warnlist): never get in touch, whatever else applies.
        [withheld] ⛔ Withheld or unusable number: nothing to call back.
        [blocked] ⛔ Blocked contacts: never get in touch.
        [landline] ⛔ Landline (by number or flag): never call, never text.
        [someone-else-answered] 💬/⛔ Someone else answered before, or forwarded: never call again; text where it fits.
        [nocall] 💬/⛔ Flagged “do not call back”: text where it fits.
        [smsonly] 💬/⛔ Flagged “text only”: never call.
        [nosms] Flagged “no texts”: never text.
        [no-fresh-request] ⛔ No request within the freshness window: you never get in touch first.
        [not-asked-to-call] 💬/⛔ A request that did not ask for a call (missed call, appointment question): text instead.
        [outside-allowed-hours] ⏳ Outside the contact's allowed hours: wait for the next window.
        [call-days] ⏳ Not a call day: wait for the next one.
        [quiet-hours] ⏳ In your quiet hours: wait until they end (texts too).
        [trusted] Trusted: lifts no safety rule.
       *[asked-to-call] ✅ Explicitly asked for a callback, fresh, mobile, no warning: call back.
    }
rules-title = <b>Rules</b>
rules-defaults = Defaults (version { $version }) — 🟢 on · ⚪️ off · 🔒 always on
rules-mine = <b>Your rules</b>
rules-mine-none = <b>Your rules</b>: none yet.
# One of her stored rules that no longer parses; $problems from rules-problem-*, joined.
rules-broken = ⚠️ <code>{ $id }</code> no longer fits the rule format, not applied: { $problems }
rules-more = … and { $count } more
rules-settings = <b>Settings</b> (tap a button to change):
# Every subcommand, with examples the bot reads in this language.
rules-commands = <code>/rules add {"{"}json{"}"}</code> · <code>/rules off id</code> · <code>/rules on id</code> · <code>/rules remove id</code> · <code>/rules quiet 22:00-08:00</code> · <code>/rules days Mon-Fri</code> · <code>/rules calls 3/10</code>
rules-unknown-sub = I don't know that for /rules. Possible:
rules-add-usage = Put the rule as JSON after it, e.g.:
rules-example = <code>/rules add { $rule }</code>
# The example rule's reason: her words for "never on Sundays".
rules-example-reason = Never on Sundays
# $problem: the JSON parser's own words (English).
rules-bad-json =
    Not valid JSON — { $problem }
    Your rules stay as they were. A rule looks like this:
rules-rejected = Rule not saved; your rules stay as they were. What is wrong:
# $verdict is the verdict's emoji, $reason her words.
rules-added = Rule <code>{ $id }</code> saved and switched on: { $verdict } { $reason }
rules-switched =
    { $state ->
        [on] Rule <code>{ $id }</code> is on.
       *[off] Rule <code>{ $id }</code> is off.
    }
rules-already =
    { $state ->
        [on] Rule <code>{ $id }</code> is already on.
       *[off] Rule <code>{ $id }</code> is already off.
    }
rules-loosened = Careful: without this rule answers may be more permissive. <code>/rules on { $id }</code> switches it back on.
rules-safety =
    <code>{ $id }</code> is a safety rule and stays on: { $id ->
        [warnlist] whoever is on your warning list never gets an answer
        [withheld] without a number there is nothing to call back
        [blocked] your blocklist always applies
        [landline] anyone in the household or office may pick up a landline, and texts are often read aloud there
       *[someone-else-answered] where someone else answered once, it can happen again
    }.
rules-unknown-id = No rule with the id “{ $id }”. <code>/rules</code> lists every id.
rules-id-usage = Which rule? E.g. <code>/rules { $sub } quiet-hours</code> — <code>/rules</code> lists every id.
rules-removed = Rule <code>{ $id }</code> removed.
rules-remove-default = <code>{ $id }</code> is a default rule — it can only be switched off: <code>/rules off { $id }</code>.
rules-quiet-set =
    Quiet hours: { $range ->
        [none] none
       *[other] { $range }
    }.
rules-quiet-usage = Give quiet hours like this: <code>/rules quiet 22:00-08:00</code> (or <code>/rules quiet off</code>).
rules-days-set =
    Call days: { $days ->
        [none] none
       *[other] { $days }
    }.
rules-days-usage = Give call days like this: <code>/rules days Mon-Fri</code>, <code>/rules days Mon, Wed, Fri</code> or <code>/rules days daily</code>.
rules-calls-set = Repeated calls: hint from { $count } calls within { $minutes } min.
rules-calls-usage = Like this: <code>/rules calls 3/10</code> (3 calls within 10 minutes; at least 2 calls).
rules-invalid-button = This button is no longer valid. /rules shows the current settings.
# The settings buttons: a setting's name and its current value.
rules-setting-quiet =
    Quiet hours: { $range ->
        [none] none
       *[other] { $range }
    }
rules-setting-freshness = Request counts for: { $hours } h
rules-setting-missed-call =
    Missed call → text: { $when ->
        [never] never
        [after-request] after a request
       *[always] always
    }
rules-setting-landline =
    “Mobile or landline” = landline: { $value ->
        [on] yes
       *[off] no
    }
rules-setting-caution-foreign =
    Caution foreign: { $value ->
        [on] on
       *[off] off
    }
rules-setting-caution-special =
    Caution premium/shared-cost: { $value ->
        [on] on
       *[off] off
    }
rules-setting-call-days =
    Call days: { $days ->
        [none] none
       *[other] { $days }
    }
rules-setting-repeated-calls = Repeated calls: { $count } in { $minutes } min
rules-setting-voicemail =
    Voicemail reminder: { $value ->
        [on] on
       *[off] off
    }
# Why a rule of hers was refused: where in her JSON ($path, e.g. when.all[0].op), and what.
rules-problem-at = { $path }: { $problem }
rules-problem-whole = Rule: { $problem }
rules-problem =
    { $code ->
        [missing] missing
        [clock] expected a clock time HH:MM, e.g. 09:00
        [weekday] expected a weekday: 0 (Sunday) to 6 (Saturday) or "sun" … "sat"
        [country] expected a country code like DE
        [slug] expected a slug: lower-case letters, digits and dashes, e.g. no-calls-friday
        [reserved-id] this id belongs to a built-in rule
        [phone-number] must not contain a phone number
        [same-times] from and to must differ
        [until-required] required when verdict is "later"
        [until-only-later] only allowed when verdict is "later"
        [no-condition] no condition: expected one of the keys all, any, not, fact, time, weekday
       *[invalid] invalid
    }
rules-problem-type =
    expected { $expected ->
        [object] an object {"{"} … {"}"}
        [array] a list
        [string] a text in quotes
        [number] a number
        [int] a whole number
        [boolean] true or false
       *[other] { $expected }
    }
rules-problem-one-of = expected one of: { $values }
rules-problem-too-small =
    { $origin ->
        [string] { $minimum ->
            [one] must not be empty
           *[other] at least { $minimum } characters
        }
        [array] { $minimum ->
            [one] needs at least one entry
           *[other] needs at least { $minimum } entries
        }
       *[number] at least { $minimum }
    }
rules-problem-too-big =
    { $origin ->
        [string] at most { $maximum } characters
        [array] at most { $maximum } entries
       *[number] at most { $maximum }
    }
rules-problem-unknown-key = unknown key: { $keys }
rules-problem-unknown-fact = unknown fact; possible: { $facts }
rules-problem-fact-value = no suitable value for { $fact } (a list of them for in and notIn)
rules-problem-needs-list = op { $op } needs a list of values
rules-problem-needs-single = op { $op } needs a single value, not a list
rules-problem-too-deep = nested deeper than { $max } levels
rules-problem-id-taken = a rule “{ $id }” exists already — remove it first or choose another id
rules-problem-too-many = at most { $max } rules of your own


## availability
# /free, /day, /book, /cancel, /hours, /off and the offer section with its held slots.

availability-date =
    { $weekday } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
availability-hours-now = <b>Your hours:</b> { $hours }
availability-hours-saved = ✅ Hours saved: { $hours }
availability-hours-help =
    Like this:
    <code>/hours mon-fri 11:00-21:00; sat 12:00-18:00; sun off</code>
    <code>/hours fri 20:00-02:00</code> (past midnight)
    <code>/hours 2026-12-23 14:00-18:00</code> (that day only)
availability-override-saved = ✅ { $date }: { $hours } (instead of the weekly hours)
availability-override-off = ✅ { $date } is a day off.
availability-override-removed = ✅ { $date } follows the weekly hours again.
availability-override-restored = { $date } is back as it was.
availability-special-days = <b>Special days:</b>
availability-special-day = { $date }: { $hours }
availability-day-off = off
availability-no-special-days = No days off yet. Example: <code>/off 2026-12-24</code>
availability-tap-to-remove = Tap a day to remove it.
availability-off-help = That is not a date. Examples: <code>/off 2026-12-24</code>, <code>/off 24.12.</code>, <code>/off tomorrow</code>
availability-past-date = { $date } is in the past.
availability-book-help =
    Like this:
    <code>/book 17:00</code>
    <code>/book 17:00-18:30 Tom tomorrow</code>
    <code>/book 19:00 90 0171 2345678 2026-12-03</code>
availability-book-bad-time = I can’t read that time.
availability-book-bad-length = The length must be between 5 minutes and 12 hours.
availability-book-two-days = Please name one day only.
availability-book-passed = { $time } has passed today. For another day: <code>/book { $time } tomorrow</code>
availability-book-conflict = ⛔ Not booked: { $when } overlaps (with buffers { $before }/{ $after } min) with:
availability-conflict-item = • Appointment { $booking }
availability-book-conflict-hint = Free times: <code>/free{ $day }</code>
availability-booked = ✅ Booked: { $when }
availability-booked-instead = ✅ Booked: { $when } (instead of { $date })
availability-hold-settled = The offer for { $time } is settled with this.
availability-outside-hours = Note: outside your hours.
availability-unknown-alias = No contact with that alias. Use the number, or set the alias first.
availability-ambiguous-alias = Several numbers carry that alias — use the number.
availability-not-a-number = I can’t read that number.
availability-day-header = <b>{ $date }</b> — Hours: { $hours }
availability-day-closed = not a working day
availability-day-booking = • { $time } Appointment
availability-day-hold = • { $time } offered, held until { $until }
availability-no-appointments = No appointments.
availability-day-free = Free: { $gaps }
availability-day-nothing-free = Free: nothing
availability-release-hold = ✖ Release { $time }
availability-book-hold = ✔ Book { $time }
availability-hold-released = { $time } is free again.
availability-hold-gone = That offer no longer exists.
availability-hold-taken = Not possible any more: { $time } is taken now.
availability-stale = This button is out of date.
availability-cancel-pick = Which appointment on { $date } to cancel?
availability-cancel-none = Nothing booked on { $date }.
availability-cancelled = ✅ Cancelled: { $when }
availability-cancel-gone = That appointment is already gone.
availability-free-header =
    { $day ->
        [tonight] <b>Free tonight</b> ({ $date }): { $slots }
        [today] <b>Free today</b> ({ $date }): { $slots }
        [tomorrow] <b>Free tomorrow</b> ({ $date }): { $slots }
       *[other] <b>Free on { $date }</b>: { $slots }
    }
availability-free-more =
    { $count ->
        [one] (one free time in all — see /day{ $arg })
       *[other] ({ $count } free times in all — all on /day{ $arg })
    }
availability-free-none = { $date }: nothing free.
availability-free-next = Next free day: <b>{ $date }</b>: { $slots }
availability-free-nothing-at-all = Nothing is free in the next 30 days.
availability-draft-label = Reply to copy:
availability-held-note =
    { $count ->
        [one] { $slots } stays reserved for this reply for { $hold }.
       *[other] { $slots } stay reserved for this reply for { $hold }.
    }
availability-release-all = ✖ Release the reservation
availability-released-all = Reservation released.
availability-free-help = Which day? Examples: <code>/free</code>, <code>/free tomorrow</code>, <code>/free fri</code>, <code>/free 2026-12-24</code>
availability-day-arg-help = That is not a day. Examples: <code>today</code>, <code>tomorrow</code>, <code>fri</code>, <code>2026-12-24</code>
# A day word in a suggested command; the bot must read it as tomorrow.
availability-tomorrow-argument = tomorrow
# Late at night a day word counts from the day that has begun; this names the date taken.
availability-late-night =
    { $word ->
        [tonight] “tonight” = the night from { $date } to { $next }, as it is only { $time }.
        [after] “the day after tomorrow” = { $date }, as it is only { $time }.
       *[tomorrow] “tomorrow” = { $date }, as it is only { $time }.
    }
# The button for the other reading of that day word.
availability-late-night-other = ↔ I meant { $date }


## lint
# /lint: findings, rewrites, her own word list.

lint-help =
    Send me the text you mean to send:
    <code>/lint Hi Tom, does 17:00 work today? Best, Anna</code>
    Your own words: <code>/lint add studio</code>, <code>/lint remove studio</code>, <code>/lint words</code>
lint-clean = ✅ Neutral — nothing found.
lint-found =
    { $count ->
        [one] ⚠️ One finding:
       *[other] ⚠️ { $count } findings:
    }
lint-kind =
    { $kind ->
        [name] name
        [signature] signature
        [explicit] telling word
        [price] price/amount
        [address] address
        [link] link
        [emoji] emoji
       *[phone] phone number
    }
# $at is the position in her text, counted from 1.
lint-finding =
    { $fix ->
        [drop] • { $kind } “{ $match }” (char { $at }) → drop it
        [replace] • { $kind } “{ $match }” (char { $at }) → replace with “{ $replacement }”
       *[rephrase] • { $kind } “{ $match }” (char { $at }) → rephrase
    }
lint-rewrite = Neutral version:
lint-added = ✅ “{ $word }” will be flagged from now on.
lint-removed = ✅ “{ $word }” is off your list.
lint-not-listed = “{ $word }” was not on your list.
lint-bad-word = One word or a short phrase, up to 40 characters: <code>/lint add studio</code>
lint-words = <b>Your words:</b> { $words }
lint-no-words = No words of your own yet. <code>/lint add studio</code>


## privacy
# /privacy, /keep, /export, /import, /wipe and self-cleaning.

privacy-title = 🔒 <b>Privacy</b>
privacy-cleanup-on = <b>Self-cleaning:</b> after { $period } I delete your messages and mine in this chat. To keep one, reply to it with /keep.
privacy-cleanup-off = <b>Self-cleaning:</b> off — the chat stays as it is.
# How long messages stay: on the buttons and in the sentence above.
privacy-period =
    { $unit ->
        [off] off
        [minutes] { $count } min
       *[hours] { $count } h
    }
privacy-retention =
    <b>Retention:</b> call events { $events ->
        [one] { $events } day
       *[other] { $events } days
    } · verdict log { $verdicts ->
        [one] { $verdicts } day
       *[other] { $verdicts } days
    } · past appointments { $appointments ->
        [one] { $appointments } day
       *[other] { $appointments } days
    }. Aliases, flags and notes stay.
privacy-how-to = Change: buttons below or e.g. <code>/privacy events 60</code>, <code>/privacy clean 2h</code>.
# Short labels on the retention buttons, before the number of days.
privacy-row-events = Events
privacy-row-verdicts = Log
privacy-row-appointments = Appts
privacy-saved = Saved.
privacy-bad-args = I can't set that. Examples: <code>/privacy clean 30</code> (off, 5, 30, 2h, 24h), <code>/privacy events 60</code>, <code>/privacy log 30</code>, <code>/privacy appointments 14</code> (1–365 days).
privacy-kept = 📌 This message stays.
privacy-kept-toast = 📌 It stays.
privacy-not-tracked = I can no longer manage that message — it is older than 48 hours or already deleted.
privacy-nothing-to-keep = Reply with /keep to the message that should stay.
privacy-keep-button = 📌 Keep
privacy-wipe-ask =
    ⚠️ <b>Delete everything?</b> This deletes every number, alias, note, history, appointment and setting — and every message in this chat I can still delete. It cannot be undone.

    To confirm, type <b>{ $word }</b>. Anything else cancels.
# The word that confirms /wipe. It is accepted in every language, with or without accents.
privacy-wipe-word = DELETE
privacy-wipe-cancelled = Cancelled — nothing was deleted.
privacy-wiped = 🧹 Everything deleted. I know nothing any more. Type /start to begin again.
privacy-export-ask =
    Choose a passphrase for the backup (at least 8 characters, a whole sentence is better) and send it to me. I delete your message right away.
    Without the passphrase nobody can open the file — not even me. Cancel: /cancel
privacy-passphrase-short = That passphrase is too short — at least 8 characters, e.g. <code>three words and 7</code>.
privacy-records =
    { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
privacy-export-caption = 🔐 Encrypted backup ({ $records }). Save the file somewhere safe; self-cleaning deletes it here. Restore: /import
privacy-import-ask = Send me the backup file (.qlbackup). Cancel: /cancel
privacy-import-need-file = I'm waiting for the backup file (.qlbackup), sent as a file. Cancel: /cancel
privacy-import-too-large = That file is too large for a backup. Nothing was changed.
privacy-import-passphrase = And the passphrase? I delete your message right away.
privacy-import-wrong =
    { $left ->
        [0] Wrong passphrase or damaged file. Nothing was changed. Start again: /import
        [one] Wrong passphrase or damaged file. Nothing was changed. One more attempt — send the passphrase again.
       *[other] Wrong passphrase or damaged file. Nothing was changed. { $left } more attempts — send the passphrase again.
    }
privacy-import-not-backup = That is not a quietline backup. Nothing was changed.
privacy-import-unsupported = This backup comes from a version I can't read. Nothing was changed.
privacy-import-summary =
    Backup of { $date }: { $records } ({ $parts }).
    <b>Merge</b> adds what is missing and keeps everything you have now. <b>Replace</b> first deletes everything current.
# What a backup holds, by the store's names for its parts; an unknown part shows by its name.
privacy-namespace =
    { $name ->
        [contacts] numbers
        [aliases] aliases
        [verdict_log] verdict log
        [bookings] appointments
        [booking_months] appointments
        [holds] holds
        [general] settings
        [privacy] settings
        [rules] rules
        [availability] hours
       *[other] { $name }
    }
privacy-merge = Merge
privacy-replace = Replace
privacy-cancel = Cancel
privacy-imported =
    { $kept ->
        [0] ✅ Restored: { $records }.
        [one] ✅ Restored: { $records }, one existing kept.
       *[other] ✅ Restored: { $records }, { $kept } existing ones kept.
    }
privacy-cancelled = Cancelled — nothing was changed.
privacy-expired = This button is no longer valid.

## intake
# What her work phone reports by itself (POST /intake): the announcements, /devices, the setting in /settings.

intake-heading =
    { $count ->
        [one] 📲 <b>{ $device }</b>
       *[other] 📲 <b>{ $device }</b> – { $count } events
    }
intake-withheld-today =
    { $count ->
        [one] One call with a withheld number today (counted only, nothing stored).
       *[other] { $count } calls with a withheld number today (counted only, nothing stored).
    }
intake-devices-title = 📲 <b>Devices</b> – phones that report calls and texts by themselves
intake-devices-none = None yet. Add one: <code>/devices add Work phone</code>
intake-device-line = • <b>{ $device }</b>: { $use }
intake-device-never = has not reported anything yet
intake-device-last =
    { $count ->
        [one] last { $when }, once
       *[other] last { $when }, { $count } times
    }
intake-devices-revoke-hint = One tap on 🗑 takes a device's access away at once.
intake-devices-announce = Announcements: { $mode } – change in /settings.
intake-devices-off = ⚠️ The endpoint is off: neither INTAKE_PORT nor webhook mode is set up (README, “Missed calls arrive by themselves”).
intake-revoke-button = 🗑 { $device }
intake-revoked = { $device } has no access any more.
intake-add-usage = Give the device a name of at most 40 characters: <code>/devices add Work phone</code>
intake-add-too-many = There are { $max } devices already. Remove one first (/devices).
intake-device-added =
    ✅ <b>{ $device }</b> is added. Its key – shown only now; enter it in the app, then delete this message:
    <code>{ $token }</code>

    <b>The request</b> (HTTP request, POST) to <code>{ $url }</code>
    with the header <code>Authorization: Bearer { $token }</code>
    Missed call, JSON body (<code>application/json</code>):
    MacroDroid <code>{ $macrodroidCall }</code>
    Tasker <code>{ $taskerCall }</code>
    Text message, plain-text body (<code>text/plain</code>):
    MacroDroid <code>{ $macrodroidSms }</code>
    Tasker <code>{ $taskerSms }</code>

    Step by step: README, “Missed calls arrive by themselves”.
intake-url-placeholder = https://your-server.example/intake
intake-delete-button = 🗑 Delete this message
intake-announce-mode =
    { $mode ->
        [quiet] silently during quiet hours
        [collect] collect only
       *[always] always
    }
intake-setting-label = Reports from the phone
intake-setting-explain =
    <b>Reports from the phone</b>: how should calls and texts your work phone reports by itself (/devices) show up here?
    • <b>always</b>: one message per number, with the verdict and, where one fits, a draft; more calls from the same number update it
    • <b>silently during quiet hours</b>: the same, but without a notification sound during your quiet hours (/rules)
    • <b>collect only</b>: no message; the events are on the card and in /contacts

## safety
# Buddy, check-in, duress word and warning list (/buddy, /checkin, /safety, /warnlist), and what the buddy reads.

safety-day-time = { $weekday } { $day }/{ $month } { $time }
safety-stale = This button is no longer valid.
safety-cancel-button = Cancel
safety-cancelled = Cancelled.
safety-buddy-no-name = (no name)
safety-buddy-none = 🛡 <b>Buddy</b>: nobody yet.
safety-buddy-status = 🛡 <b>Buddy</b>: { $name }, since { $since }.
safety-buddy-what = A buddy is someone you trust. If you don't check in after an appointment with a check-in, they get an alert: your alert text, the time and – if you give them – the place and the client's number. Nothing else: no contacts, notes, appointments or messages.
safety-buddy-pending = ❓ <b>{ $name }</b> opened your invite. Is this your buddy?
safety-buddy-invite-button = ✉️ Create an invite
safety-buddy-replace-button = ✉️ New invite (replaces your buddy once you confirm)
safety-buddy-remove-button = 🗑 Remove buddy
safety-buddy-invite-link =
    ✉️ <b>Invite for your buddy</b>
    Send your buddy this link: { $link }
    It works once, until { $until }. As soon as it is opened I'll ask you whether that really is your buddy – only after your yes do they hear from me, and then only alerts.
safety-buddy-invite-code =
    ✉️ <b>Invite for your buddy</b>
    Your buddy sends me this message on Signal: <code>{ $code }</code>
    It works once, until { $until }. Then I'll ask you whether that really is your buddy – only after your yes do they hear from me, and then only alerts.
safety-buddy-confirm = 🛡 Someone opened your buddy invite: <b>{ $name }</b>. Is this your buddy?
safety-buddy-confirm-yes = ✅ Yes, that's my buddy
safety-buddy-confirm-no = ✖ No
safety-buddy-confirmed = ✅ <b>{ $name }</b> is now your buddy and gets the alerts of your check-ins – nothing else.
safety-buddy-refused = ✖ Refused: whoever opened the invite gets nothing from me. /buddy makes a new invite.
safety-buddy-remove-ask = Really remove your buddy? No alert will reach them after that.
safety-buddy-remove-yes = 🗑 Yes, remove
safety-buddy-removed = Removed: <b>{ $name }</b> gets no more alerts.
safety-buddy-kept = Fine, your buddy stays.
safety-buddy-welcome = 🛡 You are now her buddy on quietline. You'll only hear from me here if she doesn't check in after an appointment or needs help – with her alert text, the time and, if she gave them, the place and number. I show you nothing else.
safety-buddy-only-alerts = Only alerts arrive here. There is nothing else I can show you.
safety-alert-title = 🚨 <b>Alert</b>
safety-alert-cause =
    { $cause ->
        [duress] At { $at } she wrote her duress word: she needs help.
       *[no-answer] She hasn't checked in after her appointment (due at { $at }).
    }
safety-alert-default-text = I haven't checked in after an appointment. Please call me – if I don't answer, call the police (110).
safety-alert-appointment = 🕒 Appointment: { $when }
safety-alert-place = 📍 Place: { $place }
safety-alert-number = 📞 Client's number: { $number }
safety-alert-late = ⚠️ Late: it was due at { $due }; I could not be reached until { $now }.
safety-alert-seen-button = 👀 Seen – I'm on it
safety-alert-seen = 👀 Noted: you answered at { $time }.
safety-alert-all-clear = ✅ All clear: she checked in at { $time }, everything is fine.
safety-checkin-button = 🛡 Check-in { $time }
safety-checkin-usage =
    🛡 <b>Check-in</b>: when the appointment ends I ask "All OK?". If you don't answer, I ask once more – then your buddy gets an alert.
    Start it: tap "🛡 Check-in" under an appointment in /day, or <code>/checkin 19:30</code> (start, usual length), <code>/checkin 19:30-21:00</code>, <code>/checkin 19:30 90 0171 2345678 tomorrow</code>.
safety-checkin-no-buddy = A check-in needs a confirmed buddy to alert first: /buddy
safety-checkin-over = That appointment is already over (ended { $end }).
safety-checkin-bad-who = I don't know that number or alias. Like this: <code>/checkin 19:30 0171 2345678</code>
safety-checkin-booking-gone = That appointment no longer exists.
safety-checkin-status =
    🛡 <b>Check-in { $when }</b>
    At { $ask } I'll ask: "All OK?" Without an answer I ask again after { $grace } min; after another { $grace } min { $buddy } gets an alert.
safety-checkin-place-line = 📍 Place: { $place }
safety-checkin-number-line = 📞 Number: { $number }
safety-checkin-details-hint = Place and number go to your buddy only in an alert, and are deleted as soon as the check-in ends.
safety-checkin-place-button = 📍 Add the place
safety-checkin-number-button = 📞 Include the number
safety-checkin-extend-button = ⏱ +{ $minutes } min
safety-checkin-end-button = ✅ End
safety-checkin-ok-button = ✅ All OK
safety-checkin-place-ask = Where are you? Write me the place (hotel, room, address). It is for this check-in only.
safety-checkin-place-saved = 📍 Saved – for this check-in only.
safety-checkin-no-number = I don't know a number for this appointment.
safety-checkin-ask = 🛡 All OK?
safety-checkin-nudge = 🛡 All OK? Please answer briefly.
safety-checkin-ended = ✅ Good. Check-in ended.
safety-checkin-ended-alerted =
    ✅ Good. Check-in ended. { $buddy } got an alert at { $time } and now gets the all-clear.{ $seen ->
        [none] {""}
       *[other] {" "}Seen at { $seen }.
    }
safety-checkin-extended = ⏱ Extended: I'll ask at { $ask }.
safety-checkin-gone = This check-in has already ended.
safety-settings =
    🛡 <b>Safety</b>
    Buddy: { $buddy }
    Grace period: { $grace } min – then I ask again, and after another { $grace } min the alert goes out.
    Duress word: { $duress ->
        [set] set
       *[unset] none
    }
    Alert text: { $text }

    Change: <code>/safety text …</code> · <code>/safety word …</code> · <code>/safety grace 20</code> · Buddy: /buddy
safety-settings-no-buddy = none yet
safety-settings-usage = Like this: <code>/safety text I haven't checked in – please call me</code>, <code>/safety word pineapple</code>, <code>/safety grace 20</code>. <code>-</code> instead of a value resets it.
safety-grace-button = { $minutes } min
safety-grace-saved = Grace period: { $minutes } min.
safety-grace-bad = Please { $min } to { $max } minutes, e.g. <code>/safety grace 20</code>.
safety-text-saved = Alert text saved.
safety-text-reset = Alert text reset: the standard text applies.
safety-text-too-long = The alert text may be at most { $max } characters long.
safety-duress-saved = 🤫 Duress word set – I stored only an encrypted checksum of it and deleted your message. If you write it while a check-in runs (also in answer to "All OK?"), it looks like an ordinary "ok" here – and your buddy gets an alert at once.
safety-duress-removed = Duress word removed.
safety-duress-refused =
    { $error ->
        [too-short] The duress word needs at least 4 letters.
        [too-long] Three words at most, please.
       *[like-ok] That sounds like an ordinary "ok" – pick a word you never write otherwise, e.g. <code>/safety word pineapple</code>.
    }
safety-warnlist-none = ⚠️ <b>Warning list</b>: none imported yet. A list from your support organisation or colleagues (number and reason per line) makes every number on it ⛔ – in the inbox and with /check.
safety-warnlist-status =
    ⚠️ <b>Warning list</b>: { $count ->
        [one] one number
       *[other] { $count } numbers
    }, imported on { $date }. Each gets ⛔ with the reason from the list – in the inbox and with /check.
safety-warnlist-commands = <code>/warnlist import</code> – import a list (replaces the current one) · <code>/warnlist export</code> – your blocked numbers as a file · <code>/warnlist clear</code> – delete the list
safety-warnlist-send = Send me the list as a file (.txt or .csv) or paste it here: one number and a short reason per line, e.g. <code>0171 2345678; violent</code>. It replaces the current list. Only encrypted checksums of the numbers are stored, with the reason. /cancel stops.
safety-warnlist-imported =
    ⚠️ Warning list imported: { $count ->
        [one] one number
       *[other] { $count } numbers
    }, as of { $date }.
safety-warnlist-duplicates =
    { $count ->
        [one] One line named a number a second time; the first reason counts.
       *[other] { $count } lines named a number again; the first reason counts each time.
    }
safety-warnlist-problems =
    ✖ Nothing imported – { $count ->
        [one] I can't read one line
       *[other] I can't read { $count } lines
    }. Please fix them and send the whole list again:
safety-warnlist-problem =
    Line { $line }: { $problem ->
        [no-number] no number found
        [wrong-length] the number has digits missing or too many
        [reason-too-long] reason longer than 200 characters
       *[unreadable] a quotation mark is not closed
    }
safety-warnlist-more-problems = … and { $count } more.
safety-warnlist-empty = There is no number in it.
safety-warnlist-too-large = Too large: at most 50,000 lines and 2 MB.
safety-warnlist-not-text = That is not a text file – please send it as .txt or .csv.
safety-warnlist-not-read = I could not load the file. Please send it again.
safety-warnlist-cleared = Warning list deleted.
safety-warnlist-export-none = You have no blocked numbers (⛔). To block one: <code>/flag 0171 2345678 blocked</code>
safety-warnlist-export-confirm =
    📤 <b>Export</b>: I'll write { $count ->
        [one] your blocked number
       *[other] your { $count } blocked numbers
    } with the reason for blocking into a file, here in the chat.
    <b>What leaves the bot:</b> the full numbers in plain text and the reason (or since when blocked) – no names, notes, appointments or events. Pass the file only to people you trust.
safety-warnlist-export-yes = 📤 Yes, create the file
safety-warnlist-export-cancelled = Cancelled – nothing left the bot.
safety-warnlist-export-caption =
    { $count ->
        [one] ⚠️ One blocked number
       *[other] ⚠️ { $count } blocked numbers
    } – in the form /warnlist import reads.
safety-warnlist-export-header = quietline: blocked numbers, exported on { $date } (number,reason)
safety-warnlist-export-reason = blocked since { $date }
