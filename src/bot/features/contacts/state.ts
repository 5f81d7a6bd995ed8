import type { AppServices } from "../../context.js";
import { PendingStore } from "./pending.js";

/** A note or alias that waits for her choice after the minimisation check. */
export interface PendingText {
  readonly field: "note" | "alias";
  readonly e164: string;
  readonly text: string;
  readonly cleaned: string;
}

/** A first name from a shared contact or vCard, offered as alias. */
export interface PendingAlias {
  readonly e164: string;
  readonly firstName: string;
}

/** What her next plain message is for, after she tapped "add a note" or "set hours". */
export interface AwaitedInput {
  readonly field: "note" | "hours";
  readonly e164: string;
  readonly expires: number;
}

const TEN_MINUTES = 10 * 60_000;

export interface ContactsState {
  readonly texts: PendingStore<PendingText>;
  readonly aliases: PendingStore<PendingAlias>;
  awaiting: AwaitedInput | undefined;
}

const states = new WeakMap<AppServices, ContactsState>();

/** Per running app (tests run several in one process). */
export function contactsState(app: AppServices): ContactsState {
  let state = states.get(app);
  if (!state) {
    state = { texts: new PendingStore(TEN_MINUTES), aliases: new PendingStore(TEN_MINUTES), awaiting: undefined };
    states.set(app, state);
  }
  return state;
}

export const AWAIT_MS = TEN_MINUTES;
