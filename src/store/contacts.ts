import type { InboundEvent } from "../core/inbox/types.js";
import { findNumbers, parseNumberArgument } from "../core/phone/index.js";
import type { PhoneClass, WrongLength } from "../core/phone/types.js";
import type { FlagMark, FlagName, Outcome } from "../core/rules/types.js";
import { parseWeeklyHours, type WeeklyHoursError } from "../core/time/index.js";
import type { WeeklyHours } from "../core/time/types.js";
import type { AliasIndexRecord, ContactRecord, StoredEvent } from "./records/contact.js";
import type { Collection } from "./vault.js";

export type { ContactRecord, StoredEvent } from "./records/contact.js";

/** Events older than this are deleted unless her privacy settings say otherwise; flags and notes stay. */
export const DEFAULT_EVENT_RETENTION_DAYS = 30;
/** A card keeps at most this many events, newest first, so one chatty number cannot grow without bound. */
export const MAX_EVENTS_PER_CARD = 200;
export const MAX_NOTES_PER_CARD = 100;
export const MAX_OUTCOMES_PER_CARD = 50;
export const MAX_ALIAS_LENGTH = 40;
const DAY_MS = 86_400_000;

/** A number known to be callable, as found by `resolve`. */
export type NumberPhone = Extract<PhoneClass, { kind: "number" }>;

/** What a command argument names. */
export type Resolution =
  | { readonly kind: "number"; readonly phone: NumberPhone; readonly contact: ContactRecord | undefined }
  | { readonly kind: "alias"; readonly phone: NumberPhone; readonly contact: ContactRecord }
  | { readonly kind: "withheld" }
  /** Several cards carry this alias; the argument must be a number. */
  | { readonly kind: "ambiguous"; readonly contacts: readonly ContactRecord[] }
  /** Looks like a number but is none (too short, a date, a short code); `wrongLength` when it is
   *  a real range's number with digits missing or extra. */
  | { readonly kind: "invalid-number"; readonly wrongLength?: WrongLength }
  | { readonly kind: "unknown" };

/** A resolution plus whatever text followed the number or alias ("/note 0171 2345678 <rest>"). */
export interface LeadingResolution {
  readonly resolution: Resolution;
  readonly rest: string;
}

export interface AddEventsResult {
  readonly contact: ContactRecord;
  readonly added: number;
  readonly duplicates: number;
  /** Per input event: true when the card already had it. */
  readonly duplicate: readonly boolean[];
}

export interface PruneResult {
  readonly cardsChanged: number;
  readonly eventsRemoved: number;
}

export type HoursUpdate =
  | { readonly ok: true; readonly contact: ContactRecord; readonly hours: WeeklyHours }
  | { readonly ok: false; readonly error: WeeklyHoursError };

/** The collections the repository works on (a subset of Stores, so tests can pass their own). */
export interface ContactStores {
  readonly contacts: Collection<ContactRecord>;
  readonly aliases: Collection<AliasIndexRecord>;
}

export interface ContactRepositoryOptions {
  /** Current time, epoch ms. */
  readonly clock: () => number;
  /** Region for numbers written nationally ("DE"). */
  readonly region: string;
}

const aliasKey = (alias: string) => alias.trim().toLocaleLowerCase("de");

/** Alias text as she may type it: one to three words of letters, no digits. */
const ALIAS_SHAPE = /^[\p{L}][\p{L}'’. -]{0,38}[\p{L}.]?$/u;

function sameEvent(a: StoredEvent, b: StoredEvent): boolean {
  return (
    a.kind === b.kind &&
    a.at === b.at &&
    a.attempts === b.attempts &&
    JSON.stringify(a.asked) === JSON.stringify(b.asked)
  );
}

function toStored(event: InboundEvent, recordedAt: number): StoredEvent {
  return {
    kind: event.kind,
    at: event.at,
    atSource: event.atSource,
    attempts: event.attempts,
    asked: event.asked,
    ...(event.lang && { lang: event.lang }),
    recordedAt,
  };
}

/** The later of when it happened and when she told the bot: retention counts from there. */
const eventAge = (e: StoredEvent) => Math.max(e.at, e.recordedAt);

/** When anything last happened on the card, for "recent contacts". */
export function lastActivity(contact: ContactRecord): number {
  return contact.events.reduce((latest, e) => Math.max(latest, e.at), contact.updatedAt);
}

/** The newest event on a card, if any. */
export function latestEvent(contact: ContactRecord): StoredEvent | undefined {
  return contact.events.reduce<StoredEvent | undefined>((latest, e) => (!latest || e.at > latest.at ? e : latest), undefined);
}

/**
 * Contact cards: one encrypted record per number (stored under a keyed hash of it) plus an
 * alias index (keyed by a hash of the lower-cased alias). Every feature that reads or writes a
 * card goes through here, so the alias index and the limits stay consistent.
 */
export class ContactRepository {
  constructor(
    private readonly stores: ContactStores,
    private readonly options: ContactRepositoryOptions,
  ) {}

  /** The card's storage key: safe for callback data. */
  keyOf(e164: string): string {
    return this.stores.contacts.keyOf(e164);
  }

  get(e164: string): Promise<ContactRecord | undefined> {
    return this.stores.contacts.get(e164);
  }

  /** Loads a card by its storage key (from callback data); undefined when forged, stale or forgotten. */
  async getByKey(key: string): Promise<ContactRecord | undefined> {
    try {
      return await this.stores.contacts.getByKey(key);
    } catch {
      return undefined;
    }
  }

  /** An empty card, not yet saved. */
  blank(e164: string, now = this.options.clock()): ContactRecord {
    return { e164, flags: {}, notes: [], events: [], outcomes: [], createdAt: now, updatedAt: now };
  }

  async getOrCreate(e164: string): Promise<{ contact: ContactRecord; created: boolean }> {
    const existing = await this.get(e164);
    if (existing) return { contact: existing, created: false };
    const contact = this.blank(e164);
    await this.stores.contacts.set(e164, contact);
    return { contact, created: true };
  }

  /** Saves a card, keeping the alias index in step with its alias. */
  async save(contact: ContactRecord): Promise<ContactRecord> {
    const previous = await this.get(contact.e164);
    const next: ContactRecord = {
      ...contact,
      events: contact.events.slice(-MAX_EVENTS_PER_CARD),
      notes: contact.notes.slice(-MAX_NOTES_PER_CARD),
      outcomes: contact.outcomes.slice(-MAX_OUTCOMES_PER_CARD),
      updatedAt: this.options.clock(),
    };
    await this.stores.contacts.set(contact.e164, next);
    if (previous?.alias !== next.alias) {
      if (previous?.alias) await this.unindexAlias(previous.alias, contact.e164);
      if (next.alias) await this.indexAlias(next.alias, contact.e164);
    }
    return next;
  }

  /** Changes one card (created if missing) and saves it. */
  async change(e164: string, edit: (contact: ContactRecord) => ContactRecord): Promise<ContactRecord> {
    const current = (await this.get(e164)) ?? this.blank(e164);
    return this.save(edit(current));
  }

  private async indexAlias(alias: string, e164: string): Promise<void> {
    const key = aliasKey(alias);
    await this.stores.aliases.update(key, (current) => ({
      alias: key,
      numbers: [...new Set([...(current?.numbers ?? []), e164])],
    }));
  }

  private async unindexAlias(alias: string, e164: string): Promise<void> {
    const key = aliasKey(alias);
    await this.stores.aliases.update(key, (current) => {
      const numbers = (current?.numbers ?? []).filter((n) => n !== e164);
      return numbers.length > 0 ? { alias: key, numbers } : undefined;
    });
  }

  /** Cards whose alias is `alias` (case-insensitive); stale index entries are ignored. */
  async findByAlias(alias: string): Promise<ContactRecord[]> {
    const key = aliasKey(alias);
    if (!key) return [];
    const index = await this.stores.aliases.get(key);
    if (!index) return [];
    const cards = await this.stores.contacts.getMany(index.numbers);
    return cards.filter((c): c is ContactRecord => c !== undefined && aliasKey(c.alias ?? "") === key);
  }

  /** A command argument: a number in any common notation, or an alias that names exactly one card. */
  async resolve(argument: string): Promise<Resolution> {
    const text = argument.trim();
    if (!text) return { kind: "unknown" };
    const phone = parseNumberArgument(text, this.options.region);
    if (phone.kind === "number") return { kind: "number", phone, contact: await this.get(phone.e164) };
    if (phone.kind === "withheld") return { kind: "withheld" };
    if (/\d{3}/.test(text)) {
      return phone.kind === "invalid" && phone.wrongLength ? { kind: "invalid-number", wrongLength: phone.wrongLength } : { kind: "invalid-number" };
    }
    const cards = await this.findByAlias(text);
    if (cards.length > 1) return { kind: "ambiguous", contacts: cards };
    const card = cards[0];
    if (!card) return { kind: "unknown" };
    const cardPhone = parseNumberArgument(card.e164, this.options.region);
    return cardPhone.kind === "number" ? { kind: "alias", phone: cardPhone, contact: card } : { kind: "unknown" };
  }

  /**
   * Reads a number or alias at the start of `text` and returns the rest
   * ("0171 2345678 mag es ruhig" → the number + "mag es ruhig"). Aliases of up to three words
   * are tried longest first.
   */
  async resolveLeading(text: string): Promise<LeadingResolution> {
    const source = text.trim();
    const first = findNumbers(source, this.options.region)[0];
    if (first && source.slice(0, first.index).trim() === "") {
      const rest = source.slice(first.end).trim();
      if (first.phone.kind === "number") {
        return { resolution: { kind: "number", phone: first.phone, contact: await this.get(first.phone.e164) }, rest };
      }
      const wrongLength = first.phone.kind === "invalid" ? first.phone.wrongLength : undefined;
      return { resolution: wrongLength ? { kind: "invalid-number", wrongLength } : { kind: "invalid-number" }, rest };
    }
    const words = source.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) return { resolution: { kind: "unknown" }, rest: "" };
    if (/^\+?[\d(]/.test(words[0]!)) {
      const resolution = await this.resolve(words[0]!);
      return { resolution, rest: words.slice(1).join(" ") };
    }
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const candidate = words.slice(0, n).join(" ");
      const resolution = await this.resolve(candidate);
      if (resolution.kind !== "unknown" || n === 1) return { resolution, rest: words.slice(n).join(" ") };
    }
    return { resolution: { kind: "unknown" }, rest: words.slice(1).join(" ") };
  }

  /** Cards by last activity, newest first. */
  async recent(limit = Number.POSITIVE_INFINITY, offset = 0): Promise<{ contacts: ContactRecord[]; total: number }> {
    const all = await this.stores.contacts.all();
    all.sort((a, b) => lastActivity(b) - lastActivity(a));
    return { contacts: all.slice(offset, offset + limit), total: all.length };
  }

  /** Deletes everything about a number: its card and its alias index entry. */
  async forget(e164: string): Promise<boolean> {
    const card = await this.get(e164);
    if (card?.alias) await this.unindexAlias(card.alias, e164);
    return this.stores.contacts.delete(e164);
  }

  /** Whether an alias is shaped like a name (the minimisation check comes on top). */
  static isAliasShaped(alias: string): boolean {
    return ALIAS_SHAPE.test(alias.trim()) && alias.trim().length <= MAX_ALIAS_LENGTH;
  }

  async setAlias(e164: string, alias: string | undefined): Promise<ContactRecord> {
    const clean = alias?.trim().replace(/\s+/g, " ");
    return this.change(e164, (c) => {
      const { alias: _old, ...rest } = c;
      return clean ? { ...rest, alias: clean } : rest;
    });
  }

  /**
   * Adds inbound events (only the extracted facts). The same event pasted twice is kept once;
   * events past retention are dropped on the way.
   */
  async addEvents(
    e164: string,
    events: readonly InboundEvent[],
    retentionDays: number = DEFAULT_EVENT_RETENTION_DAYS,
  ): Promise<AddEventsResult> {
    const now = this.options.clock();
    const cutoff = now - retentionDays * DAY_MS;
    let added = 0;
    let duplicates = 0;
    const duplicate: boolean[] = [];
    const contact = await this.change(e164, (c) => {
      const kept = c.events.filter((e) => eventAge(e) >= cutoff);
      for (const event of events) {
        const stored = toStored(event, now);
        const known = kept.some((e) => sameEvent(e, stored));
        duplicate.push(known);
        if (known) duplicates++;
        else {
          kept.push(stored);
          added++;
        }
      }
      kept.sort((a, b) => a.at - b.at);
      return { ...c, events: kept };
    });
    return { contact, added, duplicates, duplicate };
  }

  async setFlag(e164: string, flag: FlagName, mark: Partial<FlagMark> = {}): Promise<ContactRecord> {
    const full: FlagMark = { at: mark.at ?? this.options.clock(), by: mark.by ?? "owner", ...(mark.reason && { reason: mark.reason }) };
    return this.change(e164, (c) => ({ ...c, flags: { ...c.flags, [flag]: full } }));
  }

  async clearFlag(e164: string, flag: FlagName): Promise<ContactRecord> {
    return this.change(e164, (c) => {
      const flags = { ...c.flags };
      delete flags[flag];
      return { ...c, flags };
    });
  }

  async addNote(e164: string, text: string): Promise<ContactRecord> {
    const note = { at: this.options.clock(), text: text.trim().slice(0, 2000) };
    return this.change(e164, (c) => ({ ...c, notes: [...c.notes, note] }));
  }

  /** Removes the note at `index` (0 = oldest). */
  async removeNote(e164: string, index: number): Promise<ContactRecord> {
    return this.change(e164, (c) => ({ ...c, notes: c.notes.filter((_n, i) => i !== index) }));
  }

  async setAllowedHours(e164: string, hours: WeeklyHours | undefined): Promise<ContactRecord> {
    return this.change(e164, (c) => {
      const { allowedHours: _old, ...rest } = c;
      return hours ? { ...rest, allowedHours: hours.map((d) => d.map((r) => ({ ...r }))) as NonNullable<ContactRecord["allowedHours"]> } : rest;
    });
  }

  /** Reads hours as she writes them ("Mo-Fr 12-14") and saves them. */
  async setAllowedHoursText(e164: string, text: string): Promise<HoursUpdate> {
    const parsed = parseWeeklyHours(text);
    if (!parsed.ok) return parsed;
    return { ok: true, contact: await this.setAllowedHours(e164, parsed.hours), hours: parsed.hours };
  }

  /** What happened when she called back; the rule engine derives flags from it. */
  async recordOutcome(e164: string, outcome: Outcome, at = this.options.clock()): Promise<ContactRecord> {
    return this.change(e164, (c) => ({ ...c, outcomes: [...c.outcomes, { at, outcome }] }));
  }

  /** Deletes events past retention on every card. Flags, notes and outcomes stay. */
  async pruneEvents(now: number, retentionDays: number = DEFAULT_EVENT_RETENTION_DAYS): Promise<PruneResult> {
    const cutoff = now - retentionDays * DAY_MS;
    let cardsChanged = 0;
    let eventsRemoved = 0;
    for (const card of await this.stores.contacts.all()) {
      const kept = card.events.filter((e) => eventAge(e) >= cutoff);
      if (kept.length === card.events.length) continue;
      eventsRemoved += card.events.length - kept.length;
      cardsChanged++;
      // Not through save(): pruning is housekeeping and must not make a card look recently active.
      await this.stores.contacts.set(card.e164, { ...card, events: kept });
    }
    return { cardsChanged, eventsRemoved };
  }
}

const repositories = new WeakMap<ContactStores, ContactRepository>();

/** The repository over the app's stores (one per app). */
export function contactsOf(app: {
  readonly stores: ContactStores;
  readonly clock: () => number;
  readonly config: { readonly phoneRegion: string };
}): ContactRepository {
  let repository = repositories.get(app.stores);
  if (!repository) {
    repository = new ContactRepository(app.stores, { clock: app.clock, region: app.config.phoneRegion });
    repositories.set(app.stores, repository);
  }
  return repository;
}
