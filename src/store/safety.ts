import { createHmac, randomBytes, randomInt } from "node:crypto";
import { INVITE_CODE_LENGTH, INVITE_VALID_MS, inviteCodeOf } from "../core/safety/invite.js";
import { phrasesOf } from "../core/safety/answers.js";
import { constantTimeEqual } from "./crypto.js";
import {
  BUDDY_ID,
  PENDING_BUDDY_ID,
  SAFETY_SETTINGS_ID,
  safetySettingsSchema,
  type BuddyRecord,
  type InviteRecord,
  type SafetySettings,
} from "./records/safety.js";
import type { Stores } from "./stores.js";

type SafetyStores = Pick<Stores, "safety" | "buddy" | "invites">;

export async function loadSafetySettings(stores: Pick<Stores, "safety">): Promise<SafetySettings> {
  return (await stores.safety.get(SAFETY_SETTINGS_ID)) ?? safetySettingsSchema.parse({});
}

export async function updateSafetySettings(
  stores: Pick<Stores, "safety">,
  change: (current: SafetySettings) => SafetySettings,
): Promise<SafetySettings> {
  const next = change(await loadSafetySettings(stores));
  await stores.safety.set(SAFETY_SETTINGS_ID, next);
  return next;
}

const phraseHash = (key: string, phrase: string) => createHmac("sha256", Buffer.from(key, "base64url")).update(phrase).digest("base64url");

/** Her duress phrase (already normalised by parseDuressWord) as it is kept: a keyed hash only. */
export function duressSetting(phrase: string, words: number, now: number): NonNullable<SafetySettings["duress"]> {
  const key = randomBytes(32).toString("base64url");
  return { key, hash: phraseHash(key, phrase), words, setAt: now };
}

/** Whether a message holds her duress phrase anywhere, word for word. */
export function holdsDuress(duress: SafetySettings["duress"], text: string): boolean {
  if (!duress) return false;
  let found = false;
  // Every run is compared, so the time taken says nothing about where a match was.
  for (const phrase of phrasesOf(text, duress.words)) if (constantTimeEqual(phraseHash(duress.key, phrase), duress.hash)) found = true;
  return found;
}

/** The buddy who gets alerts: only one she confirmed. */
export async function confirmedBuddy(stores: Pick<Stores, "buddy">): Promise<BuddyRecord | undefined> {
  const buddy = await stores.buddy.get(BUDDY_ID);
  return buddy?.status === "confirmed" ? buddy : undefined;
}

/** Who used her invite and waits for her to say yes. */
export async function pendingBuddy(stores: Pick<Stores, "buddy">): Promise<BuddyRecord | undefined> {
  return stores.buddy.get(PENDING_BUDDY_ID);
}

export async function setPendingBuddy(stores: Pick<Stores, "buddy">, buddy: Omit<BuddyRecord, "status">): Promise<void> {
  await stores.buddy.set(PENDING_BUDDY_ID, { ...buddy, status: "pending" });
}

/** She said yes: the one waiting becomes her buddy, in place of any earlier one. */
export async function confirmPendingBuddy(stores: Pick<Stores, "buddy">, now: number): Promise<BuddyRecord | undefined> {
  const pending = await pendingBuddy(stores);
  if (!pending) return undefined;
  const buddy: BuddyRecord = { ...pending, status: "confirmed", since: now };
  await stores.buddy.set(BUDDY_ID, buddy);
  await stores.buddy.delete(PENDING_BUDDY_ID);
  return buddy;
}

export async function refusePendingBuddy(stores: Pick<Stores, "buddy">): Promise<boolean> {
  return stores.buddy.delete(PENDING_BUDDY_ID);
}

/** No more alerts to anyone. */
export async function removeBuddy(stores: Pick<Stores, "buddy">): Promise<BuddyRecord | undefined> {
  const buddy = await confirmedBuddy(stores);
  await stores.buddy.delete(BUDDY_ID);
  return buddy;
}

/**
 * A new one-time invite; any earlier open invite stops working. Returns the code, which is
 * stored only as a keyed hash: she sees it once, to pass it on.
 */
export async function createInvite(stores: SafetyStores, ownerChatId: number, now: number): Promise<{ code: string; expiresAt: number }> {
  await stores.invites.clear();
  await stores.buddy.delete(PENDING_BUDDY_ID);
  const code = inviteCodeOf(Array.from({ length: INVITE_CODE_LENGTH }, () => randomInt(32)));
  const expiresAt = now + INVITE_VALID_MS;
  await stores.invites.set(code, { createdAt: now, expiresAt, ownerChatId });
  return { code, expiresAt };
}

/** Uses an invite up: it works once, and only before it expires. Undefined if it does neither. */
export async function redeemInvite(stores: SafetyStores, code: string, now: number): Promise<InviteRecord | undefined> {
  const invite = await stores.invites.get(code);
  if (!invite) return undefined;
  await stores.invites.delete(code);
  return invite.expiresAt > now ? invite : undefined;
}

export async function hasOpenInvite(stores: SafetyStores, now: number): Promise<boolean> {
  for await (const invite of stores.invites.values()) if (invite.expiresAt > now) return true;
  return false;
}

/** Deletes the invites that expired unused (for the daily sweep). */
export async function pruneInvites(stores: SafetyStores, now: number): Promise<number> {
  const all = await stores.invites.all();
  if (all.length === 0 || all.some((i) => i.expiresAt > now)) return 0;
  await stores.invites.clear();
  return all.length;
}
