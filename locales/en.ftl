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
