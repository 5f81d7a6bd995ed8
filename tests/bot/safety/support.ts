import { startJobs, type Jobs } from "../../../src/runtime/jobs.js";
import { OtherChat } from "../../support/buddy-chat.js";
import { createHarness, type Harness, type HarnessOptions } from "../../support/harness.js";

export const BUDDY = 7_777;
export const STRANGER = 8_888;
/** Monday 23 November 2026, 12:00 in Berlin. */
export const MONDAY_NOON = Date.UTC(2026, 10, 23, 11, 0);
export const MINUTE = 60_000;
/** 19:00 and 20:30 that Monday in Berlin (UTC+1). */
export const AT_19 = Date.UTC(2026, 10, 23, 18, 0);
export const AT_2030 = Date.UTC(2026, 10, 23, 19, 30);

export interface SafetyHarness {
  readonly h: Harness;
  readonly buddy: OtherChat;
  readonly stranger: OtherChat;
  readonly jobs: Jobs;
  /** Moves the clock to `at` and lets the scheduler tick there. */
  tickAt(at: number): Promise<void>;
  close(): Promise<void>;
}

export async function createSafetyHarness(options: HarnessOptions = {}): Promise<SafetyHarness> {
  const buddy = new OtherChat(BUDDY, { firstName: "Anna", username: "anna_b" });
  const stranger = new OtherChat(STRANGER, { firstName: "Mallory" });
  const h = await createHarness({ now: MONDAY_NOON, ...options, otherChats: (call) => buddy.handle(call) ?? stranger.handle(call) });
  const jobs = startJobs({ services: h.services, api: h.bot.api, autoStart: false });
  return {
    h,
    buddy,
    stranger,
    jobs,
    tickAt: async (at) => {
      h.setNow(at);
      await jobs.tick();
    },
    close: async () => {
      await jobs.stop();
      await h.close();
    },
  };
}

/** The invite link's code, from /buddy's reply. */
export function inviteCodeIn(html: string): string {
  const match = /start=(buddy-[0-9A-Z-]+)/.exec(html) ?? /<code>(buddy-[0-9A-Z-]+)<\/code>/.exec(html);
  if (!match) throw new Error(`no invite in: ${html}`);
  return match[1]!;
}

/** She invites, Anna opens the link, she confirms: Anna is her buddy. */
export async function makeBuddy(s: SafetyHarness): Promise<void> {
  await s.h.send("/buddy");
  const shown = await s.h.tapLabel("Einladung erstellen");
  await s.h.update(s.buddy.text(`/start ${inviteCodeIn(shown.map((m) => m.html).join("\n"))}`));
  await s.h.tapLabel("Ja, das ist mein Buddy");
}
