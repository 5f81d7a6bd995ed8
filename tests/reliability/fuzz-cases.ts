import fc from "fast-check";
import type { Update } from "grammy/types";
import { allFeatures } from "../../src/bot/features/index.js";
import { devicesOf } from "../../src/store/devices.js";
import { OWNER_ID, type Harness } from "../support/harness.js";
import { intakeFor, type IntakeDriver } from "../support/intake.js";

/**
 * Fuzz inputs for every entry point of the bot, shared by the test suite (a few thousand
 * cases) and the benchmark (the rest of the 100,000). Commands come from allFeatures(), so a
 * command added later is fuzzed without touching this file.
 */
export type FuzzCase =
  /** Something she types: a command with arguments, a paste, a question, noise. Must be answered. */
  | { readonly kind: "text"; readonly text: string }
  /** A button press with whatever data. Must be answered with answerCallbackQuery. */
  | { readonly kind: "callback"; readonly data: string }
  /** Any other update: unknown types, edits, strangers. Must not fail. */
  | { readonly kind: "update"; readonly update: Record<string, unknown> }
  /** A request to POST /intake with any headers and body. Must get one of the fixed answers. */
  | { readonly kind: "intake"; readonly request: IntakeFuzzRequest };

export interface IntakeFuzzRequest {
  readonly method: string;
  readonly path: string;
  /** "valid" and "revoked" stand for the lane's device tokens; anything else is sent as it is. */
  readonly authorization: "valid" | "revoked" | "none" | { readonly raw: string };
  readonly contentType?: string;
  readonly body: Buffer;
}

export function registeredCommands(): string[] {
  return [...new Set(allFeatures().flatMap((f) => f.commands.map((c) => c.command)))].sort();
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

/** Numbers in the notations she meets, valid or not. */
const phoneLike = fc.oneof(
  fc.tuple(fc.constantFrom("0171", "0160", "0152", "0176", "030", "089", "0221", "0800", "0900", "0180"), digits(3, 9)).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.constantFrom("+49", "0049", "49", "+43", "+41", "+1", "+44", "+"), digits(4, 13)).map(([a, b]) => `${a}${b}`),
  fc.tuple(digits(3, 4), digits(3, 8)).map(([a, b]) => `${a}/${b}`),
  fc.tuple(digits(2, 4), digits(2, 4), digits(2, 4)).map(([a, b, c]) => `+49 (0) ${a} ${b} ${c}`),
  digits(1, 20),
  fc.constantFrom("Unbekannt", "Anonym", "Privat", "Rufnummer unterdrückt", "No caller ID", "3311", "5500", "null eins sieben eins"),
);

const timeLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, m]) => `${h}:${String(m).padStart(2, "0")}`),
  fc.constantFrom("17 Uhr", "halb sechs", "gegen 18:00", "5pm", "heute 08:05", "vor 7 Minuten", "mittags", "24:00", "23:59-00:30"),
);

const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
  fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 })).map(([d, m]) => `${d}.${m}.`),
  fc.constantFrom("heute", "morgen", "übermorgen", "today", "tomorrow", "mo", "montag", "sun", "weekend", "2026-03-29", "2026-10-25"),
);

const words = fc.constantFrom(
  "nocall", "landline", "forwarded", "smsonly", "nosms", "blocked", "trusted", "mo-fr", "11:00-21:00", "sa", "so frei", "off",
  "on", "add", "ja", "nein", "yes", "no", "Tom", "Anna", "Müller GmbH", "arbeitet bei", "Sekretärin", "Hauptstr. 5", "DE89370400440532013000",
  "info@example.com", "www.example.de", "50 €", "mailbox", "zurückrufen", "Termin", "frei", "{", "}", '{"when":', "null", "\u0000", "\u202e",
  "<b>", "</code>", "&amp;", "@quietline_local_bot", "😀", "🇩🇪", "ﷺ", "𝕏", "\n", "\t", "  ",
);

/** Command arguments: structured pieces glued together, plus raw noise. */
const argument = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(phoneLike, timeLike, dateLike, words, fc.string({ maxLength: 12 })), { maxLength: 6 }).map((p) => p.join(" ")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
);

/** What a phone shows and she pastes, with random numbers and times in the gaps. */
const paste = fc
  .tuple(
    fc.constantFrom(
      "Entgangener Anruf\n{n}",
      "Entgangener Anruf von {n}",
      "Sie haben einen Anruf verpasst: {n} am {d} um {t} Uhr.",
      "Neue Nachricht auf Ihrer Mailbox von {n} am {d} um {t}. Abhören: 3311",
      "Anruf in Abwesenheit {d} {t}  {n}",
      'Mailbox {t} – "Hallo, hier ist Tom, hast du {d} noch einen Termin frei? Ruf mich an unter {n}"',
      'hat mich grad jemand von {n} angerufen? mailbox sagt "bitte zurückrufen"',
      "Missed call from {n}",
      "3 verpasste Anrufe\n{n}\n{t}",
      "Verpasster Anruf {n}\n{n}\n{n}",
      "darf ich {n} zurückrufen?",
      "can I call back {n}?",
      "{n}",
      "hab ich {d} noch was frei?",
      "free {d}?",
      "{n} hat um {t} angerufen, will {d} um {t}",
    ),
    phoneLike,
    dateLike,
    timeLike,
  )
  .map(([template, n, d, t]) => template.replaceAll("{n}", n).replaceAll("{d}", d).replaceAll("{t}", t));

export function textCase(commands: readonly string[]): fc.Arbitrary<FuzzCase> {
  const command = fc
    .tuple(fc.constantFrom(...commands), fc.constantFrom(" ", "  ", "\n", "@quietline_local_bot "), argument)
    .map(([c, gap, arg]) => (arg.length > 0 ? `/${c}${gap}${arg}` : `/${c}`));
  const text = fc.oneof(
    { weight: 5, arbitrary: command },
    { weight: 3, arbitrary: paste },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 100 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 100 }) },
    { weight: 1, arbitrary: fc.tuple(paste, fc.integer({ min: 2, max: 60 })).map(([p, n]) => Array(n).fill(p).join("\n")) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map((s) => `/${s}`) },
  );
  // Telegram never delivers empty or whitespace-only text.
  return text.filter((t) => t.trim().length > 0).map((t) => ({ kind: "text" as const, text: t }));
}

/** Random data, or real callback data seen earlier in the run, cut or with characters changed. */
export function callbackCase(seen: () => readonly string[]): fc.Arbitrary<FuzzCase> {
  const mutated = fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 })).map(([pick, at, insert]) => {
    const all = seen();
    const base = all.length > 0 ? all[pick % all.length]! : "x:1";
    const cut = at % (base.length + 1);
    return pick % 3 === 0 ? base : pick % 3 === 1 ? base.slice(0, cut) : `${base.slice(0, cut)}${insert}${base.slice(cut + 1)}`;
  });
  return fc
    .oneof(mutated, fc.string({ maxLength: 64 }), fc.string({ unit: "binary", maxLength: 64 }), fc.constant(""))
    .map((data) => ({ kind: "callback" as const, data }));
}

const owner = { id: OWNER_ID, is_bot: false, first_name: "Owner" };
const ownerChat = { id: OWNER_ID, type: "private", first_name: "Owner" };
const stranger = { id: 99_999, is_bot: false, first_name: "X" };

/** Update types the bot does not handle, edits, and input from the wrong place. */
export function otherUpdateCase(): fc.Arbitrary<FuzzCase> {
  const message = (text: string, from = owner, chat: Record<string, unknown> = ownerChat) => ({ message_id: 1, date: 1_700_000_000, chat, from, text });
  const update = fc.oneof(
    fc.string({ maxLength: 200 }).map((t) => ({ edited_message: { ...message(t || "x"), edit_date: 1_700_000_100 } })),
    fc.constant({ message_reaction: { chat: ownerChat, message_id: 1, user: owner, date: 1, old_reaction: [], new_reaction: [{ type: "emoji", emoji: "👍" }] } }),
    fc.constant({ message_reaction_count: { chat: ownerChat, message_id: 1, date: 1, reactions: [] } }),
    fc.constant({ poll: { id: "p", question: "?", options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: "regular", allows_multiple_answers: false } }),
    fc.constant({ poll_answer: { poll_id: "p", user: owner, option_ids: [0] } }),
    fc.constant({ chat_boost: { chat: ownerChat, boost: { boost_id: "b", add_date: 1, expiration_date: 2, source: { source: "premium", user: owner } } } }),
    fc.constant({ removed_chat_boost: { chat: ownerChat, boost_id: "b", remove_date: 1, source: { source: "premium", user: owner } } }),
    fc.string({ maxLength: 100 }).map((t) => ({ business_message: { ...message(t || "x"), business_connection_id: "bc" } })),
    fc.constant({ business_connection: { id: "bc", user: owner, user_chat_id: OWNER_ID, date: 1, can_reply: true, is_enabled: true } }),
    fc.constant({ my_chat_member: { chat: ownerChat, from: owner, date: 1, old_chat_member: { status: "member", user: owner }, new_chat_member: { status: "kicked", user: owner, until_date: 0 } } }),
    fc.constant({ inline_query: { id: "q", from: owner, query: "0171 2345678", offset: "" } }),
    fc.constant({ pre_checkout_query: { id: "q", from: owner, currency: "EUR", total_amount: 1, invoice_payload: "" } }),
    fc.constant({ channel_post: { message_id: 1, date: 1, chat: { id: -1001, type: "channel", title: "c" }, text: "x" } }),
    fc.string({ maxLength: 100 }).map((t) => ({ message: message(t || "x", stranger, { id: stranger.id, type: "private", first_name: "X" }) })),
    fc.string({ maxLength: 100 }).map((t) => ({ message: message(t || "x", owner, { id: -100_777, type: "group", title: "g" }) })),
    fc.constant({ message: { message_id: 1, date: 1, chat: ownerChat, from: owner, sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } } }),
    fc.constant({ message: { message_id: 1, date: 1, chat: ownerChat, from: owner, contact: { phone_number: "+491712345678", first_name: "Tom", last_name: "Meier" } } }),
    fc.constant({ message: { message_id: 1, date: 1, chat: ownerChat, from: owner, location: { latitude: 52.5, longitude: 13.4 } } }),
    fc.constant({ message: { message_id: 1, date: 1, chat: ownerChat, from: owner, photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] } }),
    fc.constant({ message: { message_id: 1, date: 1, chat: ownerChat, from: owner, voice: { file_id: "v", file_unique_id: "v", duration: 3 } } }),
    fc.constant({ unknown_future_update: { anything: true } }),
  );
  return update.map((u) => ({ kind: "update" as const, update: u }));
}

/** What apps and strangers might send: well-formed fields with odd values, other shapes, noise, oversize. */
export function intakeCase(): fc.Arbitrary<FuzzCase> {
  const value = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(""));
  const fields = fc.record(
    {
      kind: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("missed-call", "sms", "voicemail") }, { weight: 1, arbitrary: value }),
      number: fc.oneof({ weight: 4, arbitrary: phoneLike }, { weight: 1, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom("0", "-1", "", "%CNUM", "{call_number}") }),
      at: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -3_000, max: 30 }).map((minutes) => new Date(Date.UTC(2026, 10, 23, 11, 0) + minutes * 60_000).toISOString()) },
        { weight: 1, arbitrary: dateLike },
        { weight: 1, arbitrary: timeLike },
        { weight: 1, arbitrary: fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }) },
        { weight: 1, arbitrary: fc.constantFrom("23.11.2026 11:05", "2026-11-23T10:05:00Z", "2026-11-23T11:05", "%TIMEMS", "31.02.2026 10:00") },
        { weight: 1, arbitrary: value },
      ),
      text: fc.oneof(paste, fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 }), value),
      extra: value,
    },
    { requiredKeys: [] },
  );
  const json = fc.oneof(
    { weight: 5, arbitrary: fields.map((f) => JSON.stringify(f)) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  );
  const form = fields.map((f) => new URLSearchParams(Object.entries(f).map(([k, v]) => [k, String(v)] as [string, string])).toString());
  /** A body with the type an app would declare for it; now and then another type, or none. */
  const typed = (arbitrary: fc.Arbitrary<string | Buffer>, type: string | undefined) =>
    fc.tuple(arbitrary, fc.nat(9), fc.string({ maxLength: 30 }), fc.constantFrom("application/xml", "multipart/form-data; boundary=x", "TEXT/PLAIN", "application/json; charset=utf-8")).map(
      ([content, roll, random, other]) => ({
        body: Buffer.isBuffer(content) ? content : Buffer.from(content),
        contentType: roll < 6 ? type : roll === 6 ? undefined : roll === 7 ? random : other,
      }),
    );
  const body = fc.oneof(
    { weight: 6, arbitrary: typed(json, "application/json") },
    { weight: 3, arbitrary: typed(paste, "text/plain") },
    { weight: 1, arbitrary: typed(form, "application/x-www-form-urlencoded") },
    { weight: 1, arbitrary: typed(fc.string({ maxLength: 300 }), "text/plain") },
    { weight: 1, arbitrary: typed(fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)), "text/plain") },
    { weight: 1, arbitrary: typed(fc.integer({ min: 30_000, max: 70_000 }).map((n) => Buffer.alloc(n, "x")), "text/plain") },
  );
  const authorization = fc.oneof(
    { weight: 8, arbitrary: fc.constant("valid" as const) },
    { weight: 1, arbitrary: fc.constant("revoked" as const) },
    { weight: 1, arbitrary: fc.constant("none" as const) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.string({ maxLength: 80 }), fc.string({ maxLength: 60 }).map((t) => `Bearer qlt_${t}`), fc.constantFrom("Bearer", "Basic dXNlcjpwYXNz", "Bearer qlt_"))
        .map((raw) => ({ raw })),
    },
  );
  const method = fc.oneof({ weight: 9, arbitrary: fc.constant("POST") }, { weight: 1, arbitrary: fc.constantFrom("GET", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH") });
  const path = fc.oneof({ weight: 9, arbitrary: fc.constant("/intake") }, { weight: 1, arbitrary: fc.constantFrom("/", "/Intake", "/intake/x", "/hook", "/intake?x=1") });
  return fc
    .record({ method, path, authorization, content: body })
    .map(({ content, ...request }) => ({
      kind: "intake" as const,
      request: { ...request, body: content.body, ...(content.contentType !== undefined && { contentType: content.contentType }) },
    }));
}

/** Per lane: the endpoint on its bot, a device whose token works and one that was revoked. */
const intakeLanes = new WeakMap<Harness, Promise<{ driver: IntakeDriver; valid: string; revoked: string }>>();
function intakeLane(h: Harness) {
  let lane = intakeLanes.get(h);
  if (!lane) {
    lane = (async () => {
      const devices = devicesOf(h.services);
      const valid = await devices.add("Fuzz");
      const revoked = await devices.add("Revoked");
      if (!valid.ok || !revoked.ok) throw new Error("no fuzz devices");
      await devices.revoke(revoked.device.id);
      // The rate limit has its own tests; here every body must reach the reading.
      return { driver: intakeFor(h, { limits: { perMinute: Number.MAX_SAFE_INTEGER } }), valid: valid.token, revoked: revoked.token };
    })();
    intakeLanes.set(h, lane);
  }
  return lane;
}

const INTAKE_STATUSES = new Set([200, 400, 401, 404, 405, 413, 415, 422]);
const INTAKE_ERRORS = new Set(["bad request", "unauthorized", "not found", "method not allowed", "payload too large", "unsupported media type", "no call or message found"]);

/** Sends one intake request; what it must get is one of the fixed answers, and nothing when the token is not valid. */
async function runIntakeCase(h: Harness, request: IntakeFuzzRequest): Promise<string[]> {
  const { driver, valid, revoked } = await intakeLane(h);
  const shownBefore = h.surface.shown.length;
  const authorization =
    request.authorization === "valid" ? `Bearer ${valid}` : request.authorization === "revoked" ? `Bearer ${revoked}` : request.authorization === "none" ? undefined : request.authorization.raw;
  const response = await driver.post(request.body, {
    method: request.method,
    path: request.path,
    headers: { ...(authorization !== undefined && { authorization }), ...(request.contentType !== undefined && { "content-type": request.contentType }) },
  });
  const problems: string[] = [];
  if (!INTAKE_STATUSES.has(response.status)) problems.push(`status ${response.status}`);
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    problems.push("body is no JSON");
  }
  if (response.status === 200 ? body.ok !== true : !INTAKE_ERRORS.has(String(body.error)) || Object.keys(body).length !== 1) problems.push("body not one of the fixed answers");
  if (request.authorization !== "valid" && response.status === 200) problems.push("accepted without a valid token");
  if (response.status !== 200 && h.surface.shown.length !== shownBefore) problems.push("a refused request was announced");
  return problems;
}

export interface CaseOutcome {
  /** Log lines of updates that failed (they carry the error's class and the update kind only). */
  readonly failures: readonly string[];
  /** Whether the input got what it must get (a reply, an answered button). */
  readonly answered: boolean;
}

let updateId = 1_000_000;

/** Feeds one case to the harness and reports whether it was handled as it must be. */
export async function runCase(h: Harness, c: FuzzCase): Promise<CaseOutcome> {
  const logsBefore = h.logLines.length;
  const callsBefore = h.apiCalls.length;
  let answered = true;
  if (c.kind === "text") {
    const filesBefore = h.surface.files.length;
    // A file (an export) is an answer too.
    answered = (await h.send(c.text)).length > 0 || h.surface.files.length > filesBefore;
  } else if (c.kind === "callback") {
    const lastShown = h.surface.shown.at(-1);
    await h.update({
      update_id: ++updateId,
      callback_query: {
        id: String(updateId),
        from: owner,
        chat_instance: "local",
        data: c.data,
        message: { message_id: lastShown?.messageId ?? 1, date: 1, chat: ownerChat, text: "…" },
      },
    } as unknown as Update);
    answered = h.apiCalls.slice(callsBefore).some((call) => call.method === "answerCallbackQuery");
  } else if (c.kind === "intake") {
    const problems = await runIntakeCase(h, c.request);
    answered = problems.length === 0;
  } else {
    await h.update({ update_id: ++updateId, ...c.update } as unknown as Update);
  }
  const failures = h.logLines
    .slice(logsBefore)
    .filter((line) => line.includes('"msg":"update failed"') || line.includes('"msg":"intake failed"') || line.includes('"msg":"intake announcement failed"'));
  return { failures, answered };
}

/** Callback data of every button the bot has shown so far (for mutation); reads only new calls each time. */
export function callbackDataCollector(h: Harness): () => readonly string[] {
  const data = new Set<string>();
  let scanned = 0;
  let list: string[] = [];
  return () => {
    // The benchmark empties the call list now and then to bound memory.
    if (h.apiCalls.length < scanned) scanned = 0;
    if (scanned === h.apiCalls.length) return list;
    for (const call of h.apiCalls.slice(scanned)) {
      const markup = call.params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
      for (const button of markup?.inline_keyboard?.flat() ?? []) if (button.callback_data) data.add(button.callback_data);
    }
    scanned = h.apiCalls.length;
    list = [...data];
    return list;
  };
}
