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

console-banner = quietline — local chat. Type as you would in Telegram; for buttons type their number. Quit: /exit or Ctrl+D.
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
