/**
 * The check-in around one appointment, as a state machine: given its state and a moment or an
 * answer of hers, the next state and what to do. Pure: the clock comes in with every event.
 *
 * The schedule counts from the appointment's end, not from when a message actually went out:
 * "Alles ok?" at the end, one nudge a grace period later, the buddy's alert one more grace period
 * after that. A step missed while the bot was down is taken at the next tick, the alert marked late.
 */

export type CheckInPhase = "running" | "asked" | "nudged" | "alerted";

export interface CheckInState {
  readonly phase: CheckInPhase;
  /** When the appointment ends and "Alles ok?" is due; extending moves it. */
  readonly end: number;
  readonly graceMinutes: number;
  /** When the buddy was alerted for want of an answer. */
  readonly alertedAt?: number;
}

export type CheckInEvent =
  /** Time has passed (the scheduler's tick, or the start after a restart). */
  | { readonly kind: "tick"; readonly now: number }
  /** She is fine: the ✅ button, a typed "ok", or ending the check-in. */
  | { readonly kind: "ok"; readonly now: number }
  /** She typed her duress word. */
  | { readonly kind: "duress"; readonly now: number }
  /** She needs longer: the appointment now ends `minutes` after its end (or after now, if that is later). */
  | { readonly kind: "extend"; readonly now: number; readonly minutes: number };

export type CheckInAction =
  /** Ask her "Alles ok?" with a button. */
  | { readonly kind: "ask" }
  /** Ask her once more. */
  | { readonly kind: "nudge" }
  /** Alert the buddy. `lateBy`: how long after it was due, when the bot could not send it in time. */
  | { readonly kind: "alert"; readonly cause: "no-answer" | "duress"; readonly dueAt: number; readonly lateBy?: number }
  /** Tell the buddy she has answered after all (never after a duress alert). */
  | { readonly kind: "all-clear" }
  /** The check-in is over: its details go. */
  | { readonly kind: "finish" };

export interface CheckInTransition {
  /** undefined once the check-in is over. */
  readonly state: CheckInState | undefined;
  readonly actions: readonly CheckInAction[];
}

const MINUTE_MS = 60_000;
/** An alert sent this long after it was due counts as late: the scheduler ticks every 30 s. */
export const LATE_AFTER_MS = 2 * MINUTE_MS;
/** An alert nobody answered is closed after this long, and its details deleted. */
export const ALERTED_KEPT_MS = 12 * 60 * MINUTE_MS;
export const MIN_GRACE_MINUTES = 5;
export const MAX_GRACE_MINUTES = 120;
export const DEFAULT_GRACE_MINUTES = 15;
/** Extending by more than this at once is surely a typo. */
export const MAX_EXTEND_MINUTES = 12 * 60;

/** When "Alles ok?", the nudge and the alert are due. */
export function checkInSchedule(state: Pick<CheckInState, "end" | "graceMinutes">): { ask: number; nudge: number; alert: number } {
  const grace = state.graceMinutes * MINUTE_MS;
  return { ask: state.end, nudge: state.end + grace, alert: state.end + 2 * grace };
}

/** The next moment a tick changes something (for an unanswered alert: when it is closed). */
export function nextDue(state: CheckInState): number {
  const at = checkInSchedule(state);
  switch (state.phase) {
    case "running":
      return at.ask;
    case "asked":
      return at.nudge;
    case "nudged":
      return at.alert;
    case "alerted":
      return (state.alertedAt ?? at.alert) + ALERTED_KEPT_MS;
  }
}

const stay = (state: CheckInState): CheckInTransition => ({ state, actions: [] });
const over = (...actions: CheckInAction[]): CheckInTransition => ({ state: undefined, actions: [...actions, { kind: "finish" }] });

function tick(state: CheckInState, now: number): CheckInTransition {
  const at = checkInSchedule(state);
  if (state.phase === "alerted") return now >= nextDue(state) ? over() : stay(state);
  if (now >= at.alert) {
    const lateBy = now - at.alert;
    const alert: CheckInAction = { kind: "alert", cause: "no-answer", dueAt: at.alert, ...(lateBy > LATE_AFTER_MS && { lateBy }) };
    // Never asked (the bot was down all along): she still gets the question, to answer it late.
    const ask: CheckInAction[] = state.phase === "running" ? [{ kind: "ask" }] : [];
    return { state: { ...state, phase: "alerted", alertedAt: now }, actions: [...ask, alert] };
  }
  if (now >= at.nudge && (state.phase === "running" || state.phase === "asked")) {
    return { state: { ...state, phase: "nudged" }, actions: [{ kind: "nudge" }] };
  }
  if (now >= at.ask && state.phase === "running") return { state: { ...state, phase: "asked" }, actions: [{ kind: "ask" }] };
  return stay(state);
}

/** The next state of a check-in and what to do about it. */
export function advanceCheckIn(state: CheckInState, event: CheckInEvent): CheckInTransition {
  switch (event.kind) {
    case "tick":
      return tick(state, event.now);
    case "ok":
      return state.phase === "alerted" ? over({ kind: "all-clear" }) : over();
    case "duress":
      return over({ kind: "alert", cause: "duress", dueAt: event.now });
    case "extend": {
      const minutes = Math.min(Math.max(Math.round(event.minutes), 1), MAX_EXTEND_MINUTES);
      const end = Math.max(state.end, event.now) + minutes * MINUTE_MS;
      const { alertedAt: _answered, ...rest } = state;
      return {
        state: { ...rest, phase: "running", end },
        actions: state.phase === "alerted" ? [{ kind: "all-clear" }] : [],
      };
    }
  }
}
