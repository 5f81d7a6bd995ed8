import { afterEach, describe, expect, it } from "vitest";
import { translatorFor } from "../../../src/bot/i18n.js";
import { contactsOf } from "../../../src/store/contacts.js";
import { styledParts, type ShownMessage } from "../../support/signal-daemon.js";
import { createSignalHarness, HER, STRANGER, type SignalHarness } from "../../support/signal-harness.js";

const de = translatorFor("de");

/** Monday 23 November 2026, 14:00 in Berlin. */
const MONDAY_2PM = Date.UTC(2026, 10, 23, 13, 0);
const HOUR = 3_600_000;

let h: SignalHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The number of the choice whose label contains `label` ("[3] Mailbox" → 3). */
function choice(message: ShownMessage | undefined, label: string): number {
  const line = message?.text.split("\n").find((l) => /^\[\d+\] /.test(l) && l.includes(label));
  if (!line) throw new Error(`no choice "${label}" in: ${message?.text}`);
  return Number(/^\[(\d+)\]/.exec(line)![1]);
}

describe("Signal: her messages become updates for the same bot", () => {
  it("answers a pasted missed-call note with its verdict, the number in monospace over exactly its digits", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const [reply] = await h.say("Entgangener Anruf\n0171 2345678");
    expect(reply!.text).toContain("📥");
    expect(reply!.text).toMatch(/^(✅|💬|⏳|⛔) /m);
    expect(styledParts(reply!, "MONOSPACE")).toContain("0171 2345678");
    expect(reply!.expiresInSeconds).toBe(30 * 60);
  });

  it("presses a button by her typed number, or by a number in reply to the message that carried it", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const [check] = await h.say("hat mich grad jemand von 0171/2345678 angerufen? mailbox sagt \"bitte zurückrufen\"");
    expect(check!.text).toMatch(/^✅ /m);
    const [privacy] = await h.say("/privacy");
    // The latest message with choices is /privacy's; a reply to the verdict presses the verdict's button.
    const someoneElse = choice(check, "Jemand anderes");
    const [answer] = await h.say(String(someoneElse), { quote: check!.timestamp });
    expect(answer!.text).toContain("umgeleitet");
    const card = await contactsOf(h.services).get("+491712345678");
    expect(card?.flags.forwarded).toBeDefined();
    expect(card?.flags.nocall).toBeDefined();
    expect(card?.outcomes.map((o) => o.outcome)).toEqual(["someone-else"]);

    // A bare number answers the latest message with choices: /privacy's, edited in place.
    await h.say(String(choice(privacy, "🧹 2 Std.")));
    expect(h.chat().find((m) => m.timestamp === privacy!.timestamp)!.text).toContain("✓ 🧹 2 Std.");
    expect(h.daemon.callsOf("updateContact").at(-1)!.params).toMatchObject({ recipient: HER.number, expiration: 7_200 });
  });

  it("reads a number out of range, or with nothing to choose, as a plain message", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const [first] = await h.say("7");
    expect(first!.text).not.toMatch(/^\[\d+\]/m);
    await h.say("/privacy");
    const shownBefore = h.chat().length;
    const [reply] = await h.say("42");
    expect(h.chat().length).toBe(shownBefore + 1);
    expect(reply!.text).not.toContain("Privatsphäre");
  });

  it("opens the card for a shared contact (first name only), a vCard file, and reads a long text whole", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const shared = (await h.say(null, { contacts: [{ given: "Tom", family: "Kowalczyk", phone: "0171 2345678" }] })).map((m) => m.text).join("\n");
    expect(shared).toContain("+49 171 ••• 78");
    expect(shared).toContain("Tom"); // offered as alias
    expect(shared).not.toContain("Kowalczyk");

    const vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nN:;Anna;;;\r\nTEL;TYPE=CELL:+49 160 9876543\r\nEND:VCARD\r\n";
    const [fromFile] = await h.say(null, { attachments: [{ contentType: "text/vcard", filename: "anna.vcf", data: Buffer.from(vcard) }] });
    expect(fromFile!.text).toContain("+49 160 ••• 43");

    // Signal cuts a long text at 2000 bytes and sends the whole as a text/x-signal-plain attachment.
    const long = `Mailbox 8:05 – „Hallo, ${"ich wollte fragen ob es heute noch geht und ".repeat(50)}ruf mich an unter 0151 1234 5678“`;
    const cut = long.slice(0, 1_000);
    expect(cut).not.toContain("0151");
    const [reply] = await h.say(cut, { attachments: [{ contentType: "text/x-signal-plain", filename: "long.txt", data: Buffer.from(long) }] });
    expect(styledParts(reply!, "MONOSPACE").map((p) => p.replace(/\D/g, ""))).toContain("015112345678");
  });

  it("gives strangers, groups and the bot's own other devices nothing, and stores nothing for them", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const group = { id: "Z3JvdXAtaWQtYmFzZTY0LTMyLWJ5dGVzLXh4eHh4eHg=", name: "Team" };
    h.daemon.say(STRANGER, "Entgangener Anruf\n0171 9999999");
    h.daemon.say(STRANGER, null, { group: { ...group, type: "UPDATE" } }); // an invitation
    h.daemon.say(HER, "Entgangener Anruf\n0171 8888888", { group }); // even hers, in a group
    h.daemon.syncFromOwnDevice(HER, "Entgangener Anruf\n0171 7777777");
    h.daemon.typing(HER);
    await h.say("/help");

    const recipients = new Set(h.daemon.callsOf("send").flatMap((c) => c.params.recipient as string[]));
    expect([...recipients]).toEqual([HER.number]);
    expect(h.daemon.callsOf("sendReceipt").map((c) => c.params.recipient)).toEqual([HER.number]);
    expect(h.daemon.callsOf("quitGroup").map((c) => c.params)).toEqual([{ groupId: group.id, delete: true }]);
    expect(h.daemon.groupsLeft).toEqual([group.id]);
    expect(await h.services.stores.contacts.all()).toEqual([]);
    const chats = new Set((await h.services.stores.chatMessages.all()).map((r) => r.chatId));
    expect(chats.size).toBe(1);
    expect(h.logLines.join("\n")).not.toMatch(/9999999|8888888|7777777|0171/);
  });

  it("answers each message once when the stream drops, comes back and delivers some again", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    await h.say("/help");
    await h.say("/privacy");
    const before = h.daemon.connections;
    h.daemon.dropStreams(2); // the last two frames come again after the reconnect
    const missed = h.daemon.say(HER, "/start"); // sent while no stream is open
    await h.daemon.answered(missed);
    expect(h.daemon.connections).toBe(before + 1);
    const receipts = h.daemon.callsOf("sendReceipt").map((c) => (c.params.targetTimestamp as number[])[0]);
    expect(receipts).toHaveLength(3);
    expect(new Set(receipts).size).toBe(3);
    expect(h.daemon.callsOf("send").filter((c) => c.params.editTimestamp === undefined)).toHaveLength(3);
  });
});

describe("Signal: the bot's Bot API calls become signal-cli calls", () => {
  it("edits in place within a day, always naming the original; later sends anew and takes the old one back", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const [privacy] = await h.say("/privacy");
    await h.say(String(choice(privacy, "Ereign. 90")));
    await h.say(String(choice(privacy, "Ereign. 7")));
    const edits = h.daemon.callsOf("send").filter((c) => c.params.editTimestamp !== undefined);
    expect(edits.map((c) => c.params.editTimestamp)).toEqual([privacy!.timestamp, privacy!.timestamp]);
    expect(h.chat().find((m) => m.timestamp === privacy!.timestamp)).toMatchObject({ edits: 2 });

    h.advance(25 * HOUR);
    const sends = h.daemon.shown.length;
    await h.say(String(choice(privacy, "Ereign. 30")));
    const renewed = h.daemon.shown.slice(sends);
    expect(renewed).toHaveLength(1);
    expect(renewed[0]!.text).toContain("✓ Ereign. 30");
    expect(h.daemon.callsOf("remoteDelete").map((c) => c.params.targetTimestamp)).toEqual([privacy!.timestamp]);
    expect(h.chat().some((m) => m.timestamp === privacy!.timestamp)).toBe(false);
  });

  it("shows a button's short answer only when nothing else answered, and takes a pop-up back", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM, alertVisibleMs: 200 });
    await contactsOf(h.services).getOrCreate("+491712345678");
    const [card] = await h.say("/contact 0171 2345678");
    const shown = h.daemon.shown.length;
    // The full number is a pop-up in Telegram: here a message of its own, deleted soon after.
    await h.say(String(choice(card, "Nummer")), { quote: card!.timestamp });
    const popup = h.daemon.shown.slice(shown).find((m) => m.text.includes("0171 2345678"));
    expect(popup).toBeDefined();
    await h.daemon.waitFor(() => popup!.deleted, 3_000, "the pop-up to be taken back");

    // Flagging edits the card: that answers her, so the short "📵 …: ✓" is not shown as well.
    expect(await h.say(String(choice(card, "📵")), { quote: card!.timestamp })).toEqual([]);
    expect(h.chat().find((m) => m.timestamp === card!.timestamp)!.edits).toBe(1);

    // A button of a card that is gone: the short answer is all there is, so it is shown.
    const [ask] = await h.say("/forget 0171 2345678");
    await h.say(String(choice(ask, "Ja")));
    const [stale] = await h.say(String(choice(card, "📝")), { quote: card!.timestamp });
    expect(stale!.text).toBe("Diese Karte gibt es nicht mehr.");
  });

  it("sets the chat's disappearing timer from /privacy and keeps nothing back for scheduled deletion", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    expect(h.daemon.callsOf("listContacts")).toHaveLength(1);
    expect(h.daemon.timers.get(HER.number)).toBe(1_800);
    await h.say("/privacy reinigung 5");
    expect(h.daemon.timers.get(HER.number)).toBe(300);
    const [after] = await h.say("/help");
    expect(after!.expiresInSeconds).toBe(300);
    await h.say("/privacy reinigung aus");
    expect(h.daemon.timers.get(HER.number)).toBe(0);
    const records = await h.services.stores.chatMessages.all();
    expect(records.length).toBeGreaterThan(4);
    expect(records.every((r) => r.deleteAt === undefined)).toBe(true);
    const [keep] = await h.say("/keep");
    expect(keep!.text).toBe(de("transport-keep-by-timer"));
    // A reconnect finds the timer as /privacy says: no needless notice in her chat.
    const updates = h.daemon.callsOf("updateContact").length;
    h.daemon.dropStreams();
    await h.say("/help");
    expect(h.daemon.callsOf("updateContact")).toHaveLength(updates);
  });

  it("sends the backup as an attachment, asks her to delete her passphrase, and reads the file back", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    await contactsOf(h.services).setAlias("+491712345678", "Tom");
    await h.say("/export");
    const passphrase = "drei Wörter mit Zahl 7";
    const replies = await h.say(passphrase);
    const notice = replies.find((m) => m.text === de("transport-delete-it-yourself"));
    expect(notice?.quote).toEqual({ timestamp: h.lastSaid(), author: HER.number });
    const backup = replies.find((m) => m.attachments.length > 0)!;
    expect(backup.attachments[0]!.filename).toMatch(/^quietline-2026-11-23\.qlbackup$/);
    expect(backup.text).toContain("Verschlüsselte Sicherung");
    expect(backup.attachments[0]!.data.toString("latin1")).not.toContain("Tom");

    await h.say("/import");
    await h.say(null, { attachments: [{ contentType: "application/octet-stream", filename: "backup.qlbackup", data: backup.attachments[0]!.data }] });
    const [summary] = await h.say(passphrase).then((r) => r.filter((m) => m.text !== de("transport-delete-it-yourself")));
    expect(summary!.text).toContain("Sicherung vom");
    await h.say(String(choice(summary, "Ersetzen")));
    expect(h.chat().find((m) => m.timestamp === summary!.timestamp)!.text).toMatch(/Wiederhergestellt/);
    expect((await contactsOf(h.services).get("+491712345678"))?.alias).toBe("Tom");
  });

  it("takes the bot's messages back on /wipe", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    const [help] = await h.say("/help");
    await h.say("/wipe");
    await h.say("LÖSCHEN");
    expect(h.daemon.callsOf("remoteDelete").map((c) => c.params.targetTimestamp)).toContain(help!.timestamp);
    expect(h.chat().map((m) => m.text)).toEqual([expect.stringContaining("Alles gelöscht")]);
  });

  it("retries a send the daemon dropped, and delivers it once", async () => {
    h = await createSignalHarness({ now: MONDAY_2PM });
    h.daemon.failNextCalls = 1;
    const replies = await h.say("/help");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("Befehle");
  }, 20_000);
});
