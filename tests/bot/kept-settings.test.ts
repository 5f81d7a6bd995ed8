import { afterEach, describe, expect, it } from "vitest";
import { exportVault, importIntoVault } from "../../src/store/backup.js";
import { GENERAL_ID } from "../../src/store/records/general.js";
import { PRIVACY_SETTINGS_ID } from "../../src/store/records/privacy.js";
import { createHarness, type Harness } from "../support/harness.js";

/* Settings are kept decoded between updates (src/store/vault.ts); every path that changes them
 * must be seen by the very next update. */

let open: Harness[] = [];
async function harness() {
  const h = await createHarness();
  open.push(h);
  return h;
}
afterEach(async () => {
  for (const h of open) await h.close().catch(() => undefined);
  open = [];
});

const helpIn = async (h: Harness) => ((await h.send("/help"))[0]?.html.startsWith("<b>Commands</b>") ? "en" : "de");

describe("settings kept between updates", () => {
  it("the next reply speaks the language just chosen, and the language of a restored backup", async () => {
    const h = await harness();
    expect(await helpIn(h)).toBe("de");
    await h.services.stores.general.update(GENERAL_ID, (g) => ({ setupDone: true, ...g, interfaceLanguage: "en" }));
    expect(await helpIn(h)).toBe("en");

    const source = await harness();
    await source.services.stores.general.set(GENERAL_ID, { setupDone: true, interfaceLanguage: "de" });
    const payload = await exportVault(source.services.vault, source.now());
    await importIntoVault(h.services.vault, payload, "replace");
    expect(await helpIn(h)).toBe("de");
  });

  it("after the panic wipe the defaults apply again", async () => {
    const h = await harness();
    await h.services.stores.general.set(GENERAL_ID, { setupDone: true, interfaceLanguage: "en" });
    expect(await helpIn(h)).toBe("en");
    await h.send("/wipe");
    await h.send("DELETE");
    expect(await h.services.stores.general.get(GENERAL_ID)).toBeUndefined();
    expect(await helpIn(h)).toBe("de");
  });

  it("a changed self-cleaning time applies to the next message tracked", async () => {
    const h = await harness();
    await h.send("/privacy reinigung 5");
    expect((await h.services.stores.privacy.get(PRIVACY_SETTINGS_ID))?.cleanupMinutes).toBe(5);
    const sent = await h.send("hallo");
    const record = (await h.services.stores.chatMessages.all()).find((r) => r.messageId === sent[0]!.messageId);
    expect(record?.deleteAt).toBe(h.now() + 5 * 60_000);
    await h.send("/privacy reinigung aus");
    const kept = await h.send("hallo");
    const later = (await h.services.stores.chatMessages.all()).find((r) => r.messageId === kept[0]!.messageId);
    expect(later).toBeDefined();
    expect(later?.deleteAt).toBeUndefined();
  });
});
