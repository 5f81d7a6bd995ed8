const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };

/** Telegram HTML → terminal text: bold and code get ANSI styles when the terminal has colours. */
export function renderHtmlForTerminal(html: string, colors: boolean): string {
  const style = (open: string, close: string): [string, string] => (colors ? [open, close] : ["", ""]);
  const [b0, b1] = style("\x1b[1m", "\x1b[22m");
  const [c0, c1] = style("\x1b[36m", "\x1b[39m");
  const [i0, i1] = style("\x1b[3m", "\x1b[23m");
  return html
    .replace(/<\/?(b|strong)>/g, (tag) => (tag.startsWith("</") ? b1 : b0))
    .replace(/<\/?(code|pre)>/g, (tag) => (tag.startsWith("</") ? c1 : c0))
    .replace(/<\/?(i|em)>/g, (tag) => (tag.startsWith("</") ? i1 : i0))
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
