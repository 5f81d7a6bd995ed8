/**
 * Reads a clock time as minutes after midnight: "17", "17:30", "17.30", "5pm", "5:30 pm",
 * "17 Uhr", "17h". "24" / "24:00" give 1440 so that a range can end at midnight.
 */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const suffix = m[3]?.toLowerCase().replaceAll(".", "");
  if (minute > 59) return undefined;
  if (suffix === "am" || suffix === "pm") {
    if (hour < 1 || hour > 12) return undefined;
    if (hour === 12) hour = 0;
    if (suffix === "pm") hour += 12;
  }
  if (hour > 24 || (hour === 24 && minute > 0)) return undefined;
  return hour * 60 + minute;
}

/** "17:00"; minutes past one day wrap around (1560 → "02:00"). */
export function formatClock(minuteOfDay: number): string {
  const m = ((Math.round(minuteOfDay) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Like formatClock, but a range that ends exactly at midnight shows "24:00". */
export function formatRangeEnd(end: number): string {
  return end === 1440 ? "24:00" : formatClock(end);
}
