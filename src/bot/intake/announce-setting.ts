import { ANNOUNCE_MODES, type AnnounceMode } from "../../store/records/devices.js";
import { devicesOf } from "../../store/devices.js";
import type { AppServices } from "../context.js";
import type { Translate } from "../i18n.js";

/**
 * How her phone's reports reach the chat, as /settings offers it. It sits in /settings, beside
 * her other choices about what the bot sends her, rather than in /privacy: it decides whether
 * and how loudly a report arrives, not what is kept (the events are stored either way).
 * Button values are short codes (callback data allows six characters).
 */
const CODES: Readonly<Record<AnnounceMode, string>> = { always: "alw", quiet: "qui", collect: "col" };

export function announceModeOfCode(code: string): AnnounceMode | undefined {
  return ANNOUNCE_MODES.find((mode) => CODES[mode] === code);
}

/** The choices for the menu, each with her words for it. */
export function announceChoices(t: Translate): Array<{ readonly label: string; readonly code: string }> {
  return ANNOUNCE_MODES.map((mode) => ({ label: t("intake-announce-mode", { mode }), code: CODES[mode] }));
}

/** "Meldungen vom Handy: immer", for the settings overview. */
export async function announceSummary(app: AppServices, t: Translate): Promise<string> {
  const { announce } = await devicesOf(app).settings();
  return `${t("intake-setting-label")}: ${t("intake-announce-mode", { mode: announce })}`;
}

export async function setAnnounceMode(app: AppServices, mode: AnnounceMode): Promise<void> {
  await devicesOf(app).setAnnounce(mode);
}
