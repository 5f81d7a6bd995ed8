import { afterEach, describe, expect, it } from "vitest";
import { confirmedBuddy, pendingBuddy } from "../../../src/store/safety.js";
import { OtherChat } from "../../support/buddy-chat.js";
import { BUDDY, createSafetyHarness, inviteCodeIn, makeBuddy, MINUTE, type SafetyHarness } from "./support.js";

let s: SafetyHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

async function invite(s: SafetyHarness): Promise<string> {
  await s.h.send("/buddy");
  const shown = await s.h.tapLabel("Einladung");
  const html = shown.map((m) => m.html).join("\n");
  expect(html).toContain("https://t.me/quietline_local_bot?start=buddy-");
  expect(html).toContain("Er gilt einmal und bis Di 24.11. 12:00");
  return inviteCodeIn(html);
}

describe("the buddy", () => {
  it("is invited once, waits silently for her yes, then gets one greeting", async () => {
    s = await createSafetyHarness();
    const code = await invite(s);
    // The code itself is nowhere in the store: only its keyed hash names the invite.
    expect(JSON.stringify(await s.h.services.stores.invites.all())).not.toContain(code.replace(/-/g, "").slice(5));
    const asked = await s.h.update(s.buddy.text(`/start ${code}`));
    expect(asked.map((m) => m.html)).toEqual(["🛡 Jemand hat deine Buddy-Einladung geöffnet: <b>Anna @anna_b</b>. Ist das dein Buddy?"]);
    expect(s.buddy.messages).toEqual([]);
    // While waiting, Anna gets nothing whatever she sends.
    await s.h.update(s.buddy.text("hallo?"));
    await s.h.update(s.buddy.text(`/start ${code}`));
    expect(s.buddy.messages).toEqual([]);
    const [confirmed] = (await s.h.tapLabel("Ja, das ist mein Buddy")).filter((m) => !m.edited);
    expect(confirmed!.html).toContain("<b>Anna @anna_b</b> ist jetzt dein Buddy");
    expect(s.buddy.messages.map((m) => m.text)).toEqual([expect.stringContaining("Du bist jetzt ihr Buddy")]);
    expect((await confirmedBuddy(s.h.services.stores))?.chatId).toBe(BUDDY);
    const [status] = await s.h.send("/buddy");
    expect(status!.html).toContain("<b>Buddy</b>: Anna @anna_b, seit 12:00.");
    expect(status!.choices).toEqual(["✉️ Neue Einladung (ersetzt den Buddy, sobald du bestätigst)", "🗑 Buddy entfernen"]);
  });

  it("an invite works once: the next person with the same link gets nothing, and she is not asked", async () => {
    s = await createSafetyHarness();
    const code = await invite(s);
    await s.h.update(s.buddy.text(`/start ${code}`));
    const shown = await s.h.update(s.stranger.text(`/start ${code}`));
    expect(shown).toEqual([]);
    expect(s.stranger.messages).toEqual([]);
    expect((await pendingBuddy(s.h.services.stores))?.chatId).toBe(BUDDY);
  });

  it("an invite expires after a day", async () => {
    s = await createSafetyHarness();
    const code = await invite(s);
    s.h.advance(24 * 60 * MINUTE + 1);
    expect(await s.h.update(s.buddy.text(`/start ${code}`))).toEqual([]);
    expect(await pendingBuddy(s.h.services.stores)).toBeUndefined();
    expect(s.buddy.messages).toEqual([]);
  });

  it("a code typed as a message works as well as the link (on Signal there is no link)", async () => {
    s = await createSafetyHarness();
    const code = await invite(s);
    const asked = await s.h.update(s.buddy.text(code.toLowerCase().replace(/-/g, " ")));
    expect(asked[0]!.html).toContain("Ist das dein Buddy?");
  });

  it("refused: the one who opened it gets nothing, and nothing about her", async () => {
    s = await createSafetyHarness();
    const code = await invite(s);
    await s.h.update(s.stranger.text(`/start ${code}`));
    const [refused] = (await s.h.tapLabel("Nein")).filter((m) => !m.edited);
    expect(refused!.html).toContain("Abgelehnt");
    expect(await pendingBuddy(s.h.services.stores)).toBeUndefined();
    await s.h.update(s.stranger.text("/start"));
    await s.h.update(s.stranger.text("hallo"));
    expect(s.stranger.messages).toEqual([]);
  });

  it("a buddy reaches nothing but the one fixed line; a forged button gets it as a toast", async () => {
    s = await createSafetyHarness();
    await makeBuddy(s);
    const shownToHer = s.h.surface.shown.length;
    for (const text of ["/start", "/help", "/contacts", "/check 0171 2345678", "Entgangener Anruf 0171 2345678", "hallo"]) {
      await s.h.update(s.buddy.text(text));
      expect(s.buddy.last()!.text, text).toBe("Hier kommen nur Alarme an. Mehr kann ich dir nicht zeigen.");
    }
    await s.h.update(s.buddy.tap("bd:rmy"));
    expect(s.buddy.toasts).toEqual(["Hier kommen nur Alarme an. Mehr kann ich dir nicht zeigen."]);
    expect((await confirmedBuddy(s.h.services.stores))?.chatId).toBe(BUDDY);
    expect(s.h.surface.shown.length).toBe(shownToHer);
  });

  it("a new invite keeps the buddy until she confirms the next one", async () => {
    s = await createSafetyHarness();
    await makeBuddy(s);
    const next = new OtherChat(9_999, { firstName: "Bea" });
    const code = await invite(s);
    await s.h.update(next.text(`/start ${code}`));
    expect((await confirmedBuddy(s.h.services.stores))?.chatId).toBe(BUDDY);
    await s.h.tapLabel("Ja, das ist mein Buddy");
    expect((await confirmedBuddy(s.h.services.stores))?.chatId).toBe(9_999);
    const heard = s.buddy.messages.length;
    await s.h.update(s.buddy.text("hallo"));
    expect(s.buddy.messages.length).toBe(heard);
  });

  it("removed: the buddy is a stranger again and hears nothing", async () => {
    s = await createSafetyHarness();
    await makeBuddy(s);
    await s.h.send("/buddy");
    const [ask] = (await s.h.tapLabel("Buddy entfernen")).filter((m) => !m.edited);
    expect(ask!.choices).toEqual(["🗑 Ja, entfernen", "Abbrechen"]);
    const [removed] = (await s.h.tapLabel("Ja, entfernen")).filter((m) => !m.edited);
    expect(removed!.html).toContain("Entfernt: <b>Anna @anna_b</b> bekommt ab jetzt keine Alarme mehr.");
    const before = s.buddy.messages.length;
    await s.h.update(s.buddy.text("/start"));
    expect(s.buddy.messages.length).toBe(before);
  });

  it("her own invite link opened by herself is just /start", async () => {
    s = await createSafetyHarness();
    const code = await invite(s);
    const [reply] = await s.h.send(`/start ${code}`);
    expect(reply!.html).toContain("quietline");
    expect(await pendingBuddy(s.h.services.stores)).toBeUndefined();
  });
});
