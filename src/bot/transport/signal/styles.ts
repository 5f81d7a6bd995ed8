import type { MessageEntity } from "grammy/types";

/** The styles Signal draws (signal-cli's TextStyle.Style, without NONE). Signal has no underline. */
export type SignalStyle = "BOLD" | "ITALIC" | "SPOILER" | "STRIKETHROUGH" | "MONOSPACE";

/**
 * A styled range. start and length count UTF-16 code units — the units of signal-cli's
 * `--text-style start:length:STYLE` (signal-cli(1), SendCommand), which go unchanged into
 * Signal's BodyRange. JavaScript strings index in the same units, so an emoji before a range
 * (two units) or a precomposed umlaut (one unit) is counted exactly as Signal counts it.
 */
export interface StyleRange {
  readonly style: SignalStyle;
  readonly start: number;
  readonly length: number;
}

export interface StyledText {
  readonly text: string;
  readonly styles: readonly StyleRange[];
}

const TAG_STYLES: Readonly<Record<string, SignalStyle>> = {
  b: "BOLD",
  strong: "BOLD",
  i: "ITALIC",
  em: "ITALIC",
  code: "MONOSPACE",
  pre: "MONOSPACE",
  s: "STRIKETHROUGH",
  strike: "STRIKETHROUGH",
  del: "STRIKETHROUGH",
  "tg-spoiler": "SPOILER",
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntity(body: string): string | undefined {
  if (body.startsWith("#x") || body.startsWith("#X")) return safeCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return safeCodePoint(Number.parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body.toLowerCase()];
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

interface OpenTag {
  readonly name: string;
  readonly style?: SignalStyle;
  readonly start: number;
  readonly href?: string;
}

/** Keeps each range once: `<pre><code>` styles the same text twice. */
function distinct(ranges: StyleRange[]): StyleRange[] {
  const seen = new Set<string>();
  return ranges
    .filter((r) => r.length > 0)
    .filter((r) => {
      const key = `${r.start}:${r.length}:${r.style}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.start - b.start || b.length - a.length);
}

/**
 * Telegram's HTML parse mode (the subset the Bot API accepts) as Signal text with styles.
 * A link keeps its text and shows its address after it; unknown tags keep only their text.
 */
export function htmlToStyledText(html: string): StyledText {
  let text = "";
  const styles: StyleRange[] = [];
  const open: OpenTag[] = [];
  const token = /<(\/?)([a-zA-Z][\w-]*)((?:\s[^>]*)?)\/?>|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g;
  let last = 0;
  for (let match = token.exec(html); match !== null; match = token.exec(html)) {
    text += html.slice(last, match.index);
    last = token.lastIndex;
    const [whole, closing, rawName, attributes, entity] = match;
    if (entity !== undefined) {
      text += decodeEntity(entity) ?? whole;
      continue;
    }
    const name = rawName!.toLowerCase();
    if (!closing) {
      const spoilerSpan = name === "span" && /class\s*=\s*["']?tg-spoiler/.test(attributes ?? "");
      const href = name === "a" ? /href\s*=\s*"([^"]*)"|href\s*=\s*'([^']*)'/.exec(attributes ?? "") : null;
      const style = spoilerSpan ? "SPOILER" : TAG_STYLES[name];
      open.push({
        name,
        start: text.length,
        ...(style && { style }),
        ...(href && { href: (href[1] ?? href[2] ?? "").replace(/&amp;/g, "&") }),
      });
      continue;
    }
    const at = open.map((t) => t.name).lastIndexOf(name);
    if (at === -1) continue;
    // Closing a tag closes whatever was left open inside it.
    for (const tag of open.splice(at).reverse()) {
      if (tag.style) styles.push({ style: tag.style, start: tag.start, length: text.length - tag.start });
      const label = text.slice(tag.start);
      if (tag.href && tag.href !== label && !tag.href.startsWith("tg://")) text += ` (${tag.href})`;
    }
  }
  text += html.slice(last);
  for (const tag of open.reverse()) if (tag.style) styles.push({ style: tag.style, start: tag.start, length: text.length - tag.start });
  return { text, styles: distinct(styles) };
}

const ENTITY_STYLES: Partial<Readonly<Record<MessageEntity["type"], SignalStyle>>> = {
  bold: "BOLD",
  italic: "ITALIC",
  code: "MONOSPACE",
  pre: "MONOSPACE",
  strikethrough: "STRIKETHROUGH",
  spoiler: "SPOILER",
};

/** Bot API message entities count UTF-16 code units too, so their offsets carry over as they are. */
export function entitiesToStyles(entities: readonly MessageEntity[]): StyleRange[] {
  return distinct(
    entities.flatMap((e) => {
      const style = ENTITY_STYLES[e.type];
      return style ? [{ style, start: e.offset, length: e.length }] : [];
    }),
  );
}

/** The `textStyle` parameter of signal-cli's send: "start:length:STYLE" each. */
export function textStyleParam(styles: readonly StyleRange[]): string[] {
  return styles.map((s) => `${s.start}:${s.length}:${s.style}`);
}
