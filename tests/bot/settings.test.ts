import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadAvailability } from "../../src/store/appointments.js";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { createHarness, type Harness } from "../support/harness.js";
import { keyboardsWithEmptyRows } from "../support/keyboards.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  const emptyRows = keyboardsWithEmptyRows(h.apiCalls);
  await h.close();
  expect(emptyRows).toEqual([]);
});

const html = (messages: { html: string }[]) => messages.map((m) => m.html).join("\n---\n");

describe("first-run setup", () => {
  it("invites to the setup on the first /start and walks through it with taps and typed answers", async () => {
    const welcome = await h.send("/start");
    expect(welcome[0]?.html).toContain("quietline");
    expect(welcome[0]?.choices).toEqual(["Einrichten", "Standard behalten"]);
    const q1 = html(await h.tapLabel("Einrichten"));
    expect(q1).toContain("Wann arbeitest du?");
    // A typo gets a helpful answer and the same question again.
    expect(html(await h.send("Mo-Fr 11-25"))).toContain("11-25");
    expect(html(await h.send("Mo-Fr 12-20; Fr 20:00-02:00"))).toContain("Puffer");
    expect(html(await h.tapLabel("15 min"))).toContain("Vorlauf");
    expect(html(await h.send("90"))).toContain("Sprache");
    // Her language first; the last question already speaks it.
    expect(html(await h.tapLabel("English"))).toContain("Language of drafts");
    const done = html(await h.tapLabel("German"));
    expect(done).toContain("Done");
    expect(done).toContain("Fri 20:00–02:00");
    expect(done).toContain("Language: English · Draft language: German");

    const settings = await loadAvailability(h.services.stores);
    expect(settings.weekly[5]).toEqual([{ start: 1200, end: 1560 }]);
    expect(settings.bufferBeforeMinutes).toBe(15);
    expect(settings.bufferAfterMinutes).toBe(15);
    expect(settings.noticeMinutes).toBe(90);
    const general = await h.services.stores.general.get(GENERAL_ID);
    expect(general).toMatchObject({ setupDone: true, interfaceLanguage: "en", draftLanguage: "de" });

    // Later /start only welcomes, now in English.
    const again = await h.send("/start");
    expect(again).toHaveLength(1);
    expect(again[0]?.html).toContain("your discreet callback assistant");
    expect(again[0]?.choices).toEqual([]);
  });

  it("keeps every default when each step is skipped", async () => {
    await h.send("/start");
    await h.tapLabel("Einrichten");
    await h.tapLabel("Behalten");
    await h.tapLabel("Behalten");
    await h.tapLabel("Behalten");
    await h.tapLabel("Behalten");
    expect(html(await h.tapLabel("Behalten"))).toContain("Fertig");
    const settings = await loadAvailability(h.services.stores);
    expect(settings.noticeMinutes).toBe(120);
    expect(settings.bufferBeforeMinutes).toBe(30);
    const general = await h.services.stores.general.get(GENERAL_ID);
    expect(general?.setupDone).toBe(true);
    // Kept languages stay unset, so BOT_LANGUAGE and DRAFT_LANGUAGE keep deciding.
    expect(general?.interfaceLanguage).toBeUndefined();
    expect(general?.draftLanguage).toBeUndefined();
  });

  it("can be declined at once, and a command leaves the setup", async () => {
    await h.send("/start");
    expect(html(await h.tapLabel("Standard behalten"))).toContain("Standardwerte");
    expect((await h.services.stores.general.get(GENERAL_ID))?.setupDone).toBe(true);

    await h.send("/settings");
    await h.tapLabel("Einrichtung neu");
    const free = html(await h.send("/hours"));
    expect(free).toContain("Deine Zeiten");
  });
});

describe("/settings", () => {
  it("shows the current values and changes them with buttons", async () => {
    const shown = await h.send("/settings");
    expect(shown[0]?.html).toContain("Termindauer: 1 h");
    await h.tapLabel("Termindauer");
    const edited = await h.tapLabel("1 h 30 min");
    expect(edited[0]?.html).toContain("Termindauer: 1 h 30 min");
    await h.tapLabel("Max. Termine/Tag");
    expect((await h.tapLabel("3"))[0]?.html).toContain("Max. Termine/Tag: 3");
    await h.tapLabel("Reservierung");
    await h.tapLabel("4 h");
    await h.tapLabel("Vorschläge");
    await h.tapLabel("2");
    const settings = await loadAvailability(h.services.stores);
    expect(settings).toMatchObject({ appointmentMinutes: 90, maxAppointmentsPerDay: 3, holdMinutes: 240, proposalCount: 2 });
    await h.tapLabel("Max. Termine/Tag");
    await h.tapLabel("keine Grenze");
    expect((await loadAvailability(h.services.stores)).maxAppointmentsPerDay).toBeUndefined();
    await h.tapLabel("Sprache");
    expect((await h.tapLabel("English"))[0]?.html).toContain("Appointment length");
  });
});
