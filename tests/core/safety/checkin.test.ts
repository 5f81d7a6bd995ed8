import { describe, expect, it } from "vitest";
import {
  advanceCheckIn,
  ALERTED_KEPT_MS,
  checkInSchedule,
  LATE_AFTER_MS,
  nextDue,
  type CheckInAction,
  type CheckInState,
} from "../../../src/core/safety/checkin.js";

const MIN = 60_000;
const END = Date.UTC(2026, 10, 23, 20, 0);
const fresh: CheckInState = { phase: "running", end: END, graceMinutes: 15 };
const kinds = (actions: readonly CheckInAction[]) => actions.map((a) => a.kind);

/** Ticks every 30 s from `from` to `to`, as the scheduler does, collecting every action. */
function run(state: CheckInState, from: number, to: number): { state: CheckInState | undefined; actions: CheckInAction[] } {
  let current: CheckInState | undefined = state;
  const actions: CheckInAction[] = [];
  for (let now = from; now <= to && current; now += 30_000) {
    const next = advanceCheckIn(current, { kind: "tick", now });
    actions.push(...next.actions);
    current = next.state;
  }
  return { state: current, actions };
}

describe("the check-in schedule", () => {
  it("asks at the end, nudges one grace period later, alerts after another", () => {
    expect(checkInSchedule(fresh)).toEqual({ ask: END, nudge: END + 15 * MIN, alert: END + 30 * MIN });
    expect(nextDue(fresh)).toBe(END);
    expect(nextDue({ ...fresh, phase: "asked" })).toBe(END + 15 * MIN);
    expect(nextDue({ ...fresh, phase: "nudged" })).toBe(END + 30 * MIN);
    expect(nextDue({ ...fresh, phase: "alerted", alertedAt: END + 30 * MIN })).toBe(END + 30 * MIN + ALERTED_KEPT_MS);
  });

  it("does nothing before the end", () => {
    expect(run(fresh, END - 60 * MIN, END - 1)).toEqual({ state: fresh, actions: [] });
  });

  it("no answer: the question, one nudge, then exactly one alert, on time", () => {
    const { state, actions } = run(fresh, END - 5 * MIN, END + 3 * 60 * MIN);
    expect(kinds(actions)).toEqual(["ask", "nudge", "alert"]);
    expect(actions[2]).toEqual({ kind: "alert", cause: "no-answer", dueAt: END + 30 * MIN });
    expect(state).toMatchObject({ phase: "alerted", alertedAt: END + 30 * MIN });
  });

  it("an unanswered alert is closed after a while, its details with it, and nothing more is sent", () => {
    const alerted: CheckInState = { ...fresh, phase: "alerted", alertedAt: END + 30 * MIN };
    expect(advanceCheckIn(alerted, { kind: "tick", now: END + 30 * MIN + ALERTED_KEPT_MS - 1 }).actions).toEqual([]);
    expect(advanceCheckIn(alerted, { kind: "tick", now: END + 30 * MIN + ALERTED_KEPT_MS })).toEqual({ state: undefined, actions: [{ kind: "finish" }] });
  });

  it("answered in time: over, nothing for the buddy", () => {
    const asked = run(fresh, END, END + 5 * MIN).state!;
    expect(asked.phase).toBe("asked");
    expect(advanceCheckIn(asked, { kind: "ok", now: END + 6 * MIN })).toEqual({ state: undefined, actions: [{ kind: "finish" }] });
    const nudged = run(fresh, END, END + 20 * MIN).state!;
    expect(advanceCheckIn(nudged, { kind: "ok", now: END + 20 * MIN }).actions).toEqual([{ kind: "finish" }]);
  });

  it("ended before the appointment is over: nothing at all", () => {
    expect(advanceCheckIn(fresh, { kind: "ok", now: END - 30 * MIN })).toEqual({ state: undefined, actions: [{ kind: "finish" }] });
  });

  it("answered after the alert: the buddy gets the all-clear", () => {
    const alerted = run(fresh, END, END + 40 * MIN).state!;
    expect(kinds(advanceCheckIn(alerted, { kind: "ok", now: END + 45 * MIN }).actions)).toEqual(["all-clear", "finish"]);
  });

  it("the duress word: an alert at once, whatever the phase, and the check-in is over", () => {
    for (const phase of ["running", "asked", "nudged", "alerted"] as const) {
      const now = END + 3 * MIN;
      const { state, actions } = advanceCheckIn({ ...fresh, phase }, { kind: "duress", now });
      expect(state).toBeUndefined();
      expect(actions).toEqual([{ kind: "alert", cause: "duress", dueAt: now }, { kind: "finish" }]);
    }
  });

  it("extended: the question moves, from the end or from now, whichever is later", () => {
    const longer = advanceCheckIn(fresh, { kind: "extend", now: END - 10 * MIN, minutes: 30 });
    expect(longer).toEqual({ state: { ...fresh, end: END + 30 * MIN }, actions: [] });
    const asked = run(fresh, END, END + 20 * MIN).state!;
    const later = advanceCheckIn(asked, { kind: "extend", now: END + 20 * MIN, minutes: 30 }).state!;
    expect(later).toMatchObject({ phase: "running", end: END + 50 * MIN });
    expect(kinds(run(later, END + 20 * MIN, END + 49 * MIN).actions)).toEqual([]);
    expect(kinds(run(later, END + 20 * MIN, END + 3 * 60 * MIN).actions)).toEqual(["ask", "nudge", "alert"]);
  });

  it("extended after the alert: all-clear, then a new schedule", () => {
    const alerted = run(fresh, END, END + 40 * MIN).state!;
    const t = advanceCheckIn(alerted, { kind: "extend", now: END + 45 * MIN, minutes: 60 });
    expect(kinds(t.actions)).toEqual(["all-clear"]);
    expect(t.state).toEqual({ phase: "running", end: END + 105 * MIN, graceMinutes: 15 });
  });

  it("restart in the middle: the same state picks up where it was", () => {
    const before = run(fresh, END, END + 10 * MIN);
    expect(kinds(before.actions)).toEqual(["ask"]);
    // The stored state, read back after a restart, ticks on.
    const stored = JSON.parse(JSON.stringify(before.state)) as CheckInState;
    expect(kinds(run(stored, END + 12 * MIN, END + 60 * MIN).actions)).toEqual(["nudge", "alert"]);
  });

  it("an alert due while the bot was down goes out at the first tick, marked late, with the question she missed", () => {
    const now = END + 52 * MIN;
    const t = advanceCheckIn(fresh, { kind: "tick", now });
    expect(t.actions).toEqual([{ kind: "ask" }, { kind: "alert", cause: "no-answer", dueAt: END + 30 * MIN, lateBy: 22 * MIN }]);
    const nudged = advanceCheckIn({ ...fresh, phase: "nudged" }, { kind: "tick", now });
    expect(nudged.actions).toEqual([{ kind: "alert", cause: "no-answer", dueAt: END + 30 * MIN, lateBy: 22 * MIN }]);
    // Within a couple of ticks it is on time.
    const onTime = advanceCheckIn({ ...fresh, phase: "nudged" }, { kind: "tick", now: END + 30 * MIN + LATE_AFTER_MS });
    expect(onTime.actions).toEqual([{ kind: "alert", cause: "no-answer", dueAt: END + 30 * MIN }]);
  });

  it("a nudge missed during downtime is sent once, not the question before it", () => {
    expect(advanceCheckIn(fresh, { kind: "tick", now: END + 20 * MIN }).actions).toEqual([{ kind: "nudge" }]);
  });

  it("extending is bounded", () => {
    expect(advanceCheckIn(fresh, { kind: "extend", now: END, minutes: 100_000 }).state!.end).toBe(END + 12 * 60 * MIN);
    expect(advanceCheckIn(fresh, { kind: "extend", now: END, minutes: -5 }).state!.end).toBe(END + MIN);
  });
});
