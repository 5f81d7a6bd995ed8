import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allFeatures } from "../../src/bot/features/index.js";
import { startJobs, type Jobs } from "../../src/runtime/jobs.js";
import { confirmedBuddy } from "../../src/store/safety.js";
import { collect, clientFor, EMULATOR_OWNER, press, say, startEmulatorBot, type EmulatedReply, type EmulatorBot } from "../support/emulator.js";

const BUDDY_ID = 7_001;
const LATE_STRANGER_ID = 7_002;
const FIXED_LINE = "Hier kommen nur Alarme an. Mehr kann ich dir nicht zeigen.";
const MINUTE = 60_000;
/** Monday 23 November 2026, 12:00 in Berlin. */
let now = Date.UTC(2026, 10, 23, 11, 0);

type Client = ReturnType<typeof clientFor>;

function inviteOf(replies: readonly EmulatedReply[]): string {
  const link = replies.map((r) => r.text).join("\n").match(/https:\/\/t\.me\/TestNameBot\?start=(buddy-[0-9A-Z-]+)/);
  if (!link) throw new Error(`no invite link in ${JSON.stringify(replies.map((r) => r.text))}`);
  return link[1]!;
}

/** She taps "create an invite" under /buddy and gets a t.me link. */
async function newInvite(owner: Client): Promise<string> {
  const [buddy] = await say(owner, "/buddy");
  return inviteOf(await press(owner, buddy!, "Einladung"));
}

describe("the buddy through the Bot API emulator", () => {
  let e2e: EmulatorBot;
  let buddy: Client;
  let lateStranger: Client;
  let jobs: Jobs;
  /** Every button the bot showed her during the run: the buddy later tries each one. */
  const herButtons = new Set<string>();
  const seen = (replies: readonly EmulatedReply[]) => {
    for (const r of replies) for (const b of r.buttons) if (b.callback_data) herButtons.add(b.callback_data);
    return replies;
  };

  beforeAll(async () => {
    e2e = await startEmulatorBot({ clock: () => now });
    buddy = clientFor(e2e.server, BUDDY_ID, BUDDY_ID, "private");
    lateStranger = clientFor(e2e.server, LATE_STRANGER_ID, LATE_STRANGER_ID, "private");
    jobs = startJobs({ services: e2e.services, api: e2e.bot.api, autoStart: false });
  });
  afterAll(async () => {
    await jobs?.stop();
    await e2e?.stop();
  });

  it("invite, accept, confirm: the buddy hears nothing before her yes, then one greeting", async () => {
    const code = await newInvite(e2e.owner);
    // The buddy opens the link: Telegram sends /start with the code.
    const toBuddy = say(buddy, `/start ${code}`, { expect: 0, timeoutMs: 1_200 });
    const [question] = seen(await collect(e2e.owner, 1));
    expect(question!.text).toContain("Jemand hat deine Buddy-Einladung geöffnet: <b>Test @u7001</b>. Ist das dein Buddy?");
    expect(await toBuddy).toEqual([]);
    seen(await press(e2e.owner, question!, "Ja, das ist mein Buddy"));
    const [welcome] = await collect(buddy, 1);
    expect(welcome!.text).toContain("Du bist jetzt ihr Buddy");
    expect((await confirmedBuddy(e2e.services.stores))?.chatId).toBe(BUDDY_ID);
  });

  it("a stranger with a used invite gets nothing, and she is not asked", async () => {
    const code = await newInvite(e2e.owner);
    const other = clientFor(e2e.server, 7_003, 7_003, "private");
    const asked = collect(e2e.owner, 1, 3_000);
    await say(other, `/start ${code}`, { expect: 0, timeoutMs: 300 });
    await asked;
    // Used now: the stranger tries the same link.
    const ignored = await say(e2e.stranger, `/start ${code}`, { expect: 0, timeoutMs: 1_200 });
    expect(ignored).toEqual([]);
    expect(await collect(e2e.owner, 0, 600, 600)).toEqual([]);
    // Refuse the one who used it, so the buddy stays Anna's.
    const [pending] = await say(e2e.owner, "/buddy");
    await press(e2e.owner, pending!, "Nein");
    expect((await confirmedBuddy(e2e.services.stores))?.chatId).toBe(BUDDY_ID);
  });

  it("a stranger with an expired invite gets nothing, and she is not asked", async () => {
    const code = await newInvite(e2e.owner);
    now += 24 * 60 * MINUTE + MINUTE;
    expect(await say(lateStranger, `/start ${code}`, { expect: 0, timeoutMs: 1_200 })).toEqual([]);
    expect(await say(lateStranger, code, { expect: 0, timeoutMs: 600 })).toEqual([]);
    expect(await collect(e2e.owner, 0, 400, 400)).toEqual([]);
  });

  it("the buddy can't reach any other feature: every command, free text and every button data", async () => {
    // Buttons of the features she uses: a check-in, the safety settings, the warning list, contacts, rules.
    seen(await say(e2e.owner, "/safety"));
    seen(await say(e2e.owner, "/checkin 19:00"));
    seen(await say(e2e.owner, "/rules"));
    seen(await say(e2e.owner, "/privacy"));
    seen(await say(e2e.owner, "/contact 0171 2345678"));
    seen(await say(e2e.owner, "/warnlist export"));
    seen(await say(e2e.owner, "/settings"));
    seen(await say(e2e.owner, "/book 21:00 0171 2345678"));
    seen(await say(e2e.owner, "/day"));
    seen(await say(e2e.owner, "/free"));
    seen(await say(e2e.owner, "/buddy"));
    expect(herButtons.size).toBeGreaterThan(15);
    const shownToHer = e2e.server.storage.botMessages.filter((m) => String(m.message.chat_id) === String(EMULATOR_OWNER)).length;

    const commands = allFeatures().flatMap((f) => f.commands.map((c) => c.command));
    expect(commands).toEqual(expect.arrayContaining(["start", "help", "checkin", "buddy", "warnlist", "wipe", "export"]));
    const texts = ["Entgangener Anruf 0171 2345678", "darf ich 0171 2345678 zurückrufen?", "hallo", "ok"];
    for (const command of commands) await buddy.sendCommand(buddy.makeCommand(`/${command}`));
    for (const text of texts) await buddy.sendMessage(buddy.makeMessage(text));
    const replies = await collect(buddy, commands.length + texts.length, 15_000, 800);
    expect(replies.map((r) => r.text)).toEqual(Array(commands.length + texts.length).fill(FIXED_LINE));
    // Every button she was shown, pressed by the buddy: each is answered with the fixed line as a toast, nothing else.
    for (const data of herButtons) {
      await buddy.sendCallback(buddy.makeCallbackQuery(data, { message: { message_id: 1 } as never }));
    }
    expect(await collect(buddy, 0, 1_500, 1_500)).toEqual([]);
    const afterwards = e2e.server.storage.botMessages.filter((m) => String(m.message.chat_id) === String(EMULATOR_OWNER)).length;
    expect(afterwards).toBe(shownToHer);
    // Nothing changed on her side: the buddy, the check-in, the settings are as they were.
    expect((await confirmedBuddy(e2e.services.stores))?.chatId).toBe(BUDDY_ID);
    expect(await e2e.services.stores.checkIns.all()).toHaveLength(1);
    expect(await e2e.services.stores.warnList.all()).toEqual([]);
  });

  it("an alert reaches the buddy; after she removes the buddy, none does", async () => {
    // The check-in from the step before ends at 20:00 the next day (the clock moved a day): due then.
    const [running] = await e2e.services.stores.checkIns.all();
    now = running!.end + 31 * MINUTE;
    await jobs.tick();
    const [alert] = await collect(buddy, 1);
    expect(alert!.text).toContain("🚨 <b>Alarm</b>");
    expect(alert!.buttons.map((b) => b.text)).toEqual(["👀 Gesehen – ich kümmere mich"]);
    await collect(e2e.owner, 1); // "Alles ok?" in her chat
    await press(buddy, alert!, "Gesehen", { expect: 1 });

    seen(await say(e2e.owner, "/checkin 23:00-23:30"));
    const [panel] = await say(e2e.owner, "/buddy");
    const [ask] = await press(e2e.owner, panel!, "Buddy entfernen");
    await press(e2e.owner, ask!, "Ja, entfernen");
    const [second] = await e2e.services.stores.checkIns.all().then((all) => all.filter((c) => c.id !== running!.id));
    now = second!.end + 31 * MINUTE;
    await jobs.tick();
    expect(await collect(buddy, 0, 1_000, 1_000)).toEqual([]);
  });
});
