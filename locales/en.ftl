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


## outcomes
# Callback outcomes (reached, someone else answered, voicemail, no answer) and /why.


## check
# /check and plain questions ("darf ich … zurückrufen?"): what is asked about which number.


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


## lint
# /lint: findings, rewrites, her own word list.


## privacy
# /privacy, /keep, /export, /import, /wipe and self-cleaning.

