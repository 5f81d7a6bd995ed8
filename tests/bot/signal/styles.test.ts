import { describe, expect, it } from "vitest";
import { entitiesToStyles, htmlToStyledText, textStyleParam, type StyledText } from "../../../src/bot/transport/signal/styles.js";

/** The text each range covers, counted as Signal counts: UTF-16 code units (String.prototype.slice). */
function covered(styled: StyledText, style: string): string[] {
  return styled.styles.filter((s) => s.style === style).map((s) => styled.text.slice(s.start, s.start + s.length));
}

describe("Telegram HTML as Signal text styles", () => {
  it("keeps the text and styles bold, italic, monospace, strikethrough and spoiler", () => {
    const styled = htmlToStyledText("<b>Warum</b> <i>so</i>: <code>Passt heute 17:00?</code> <s>alt</s> <tg-spoiler>geheim</tg-spoiler>");
    expect(styled.text).toBe("Warum so: Passt heute 17:00? alt geheim");
    expect(covered(styled, "BOLD")).toEqual(["Warum"]);
    expect(covered(styled, "ITALIC")).toEqual(["so"]);
    expect(covered(styled, "MONOSPACE")).toEqual(["Passt heute 17:00?"]);
    expect(covered(styled, "STRIKETHROUGH")).toEqual(["alt"]);
    expect(covered(styled, "SPOILER")).toEqual(["geheim"]);
  });

  it("counts emoji as two units and umlauts as one, so a range after them covers exactly its text", () => {
    // Precomposed ü (one unit), decomposed u + U+0308 (two units), an astral emoji, a ZWJ family.
    const html = "📞 ✅ M\u00fcller Stra\u00dfe 👩‍👩‍👧 u\u0308ber: <code>Passt heute 17:00?</code> 🗓️ <b>Gru\u0308\u00dfe</b>";
    const styled = htmlToStyledText(html);
    expect(covered(styled, "MONOSPACE")).toEqual(["Passt heute 17:00?"]);
    expect(covered(styled, "BOLD")).toEqual(["Gru\u0308\u00dfe"]);
    const mono = styled.styles.find((s) => s.style === "MONOSPACE")!;
    // Code points would place it earlier: 📞 and the family emoji take more units than code points.
    expect(mono.start).toBe(styled.text.indexOf("Passt"));
    expect([...styled.text.slice(0, mono.start)].length).toBeLessThan(mono.start);
    expect(textStyleParam(styled.styles)).toContain(`${mono.start}:18:MONOSPACE`);
  });

  it("decodes entities after counting, so escaped characters take one unit each", () => {
    const styled = htmlToStyledText("<code>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; &#x1F4DE;</code> &unknown; x");
    expect(styled.text).toBe(`a <b> & "c" 'd' 📞 &unknown; x`);
    expect(covered(styled, "MONOSPACE")).toEqual([`a <b> & "c" 'd' 📞`]);
  });

  it("nests, styles <pre><code> once, and closes what is left open", () => {
    const styled = htmlToStyledText("<b>fett <i>beides</i></b> <pre><code class=\"language-x\">block</code></pre> <b>offen");
    expect(covered(styled, "BOLD")).toEqual(["fett beides", "offen"]);
    expect(covered(styled, "ITALIC")).toEqual(["beides"]);
    expect(covered(styled, "MONOSPACE")).toEqual(["block"]);
  });

  it("shows a link's address after its text, drops tags Signal cannot draw (underline) and ignores stray closing tags", () => {
    const styled = htmlToStyledText('<a href="https://example.org/?a=1&amp;b=2">Seite</a> <u>unter</u></i> <span class="tg-spoiler">x</span>');
    expect(styled.text).toBe("Seite (https://example.org/?a=1&b=2) unter x");
    expect(covered(styled, "SPOILER")).toEqual(["x"]);
    expect(styled.styles.map((s) => s.style)).toEqual(["SPOILER"]);
  });

  it("takes Bot API entities as they are: their offsets are UTF-16 units too", () => {
    const text = "📞 0171 2345678";
    const styles = entitiesToStyles([
      { type: "code", offset: 3, length: 12 },
      { type: "bold", offset: 0, length: 2 },
      { type: "url", offset: 0, length: 2 },
    ]);
    expect(styles.map((s) => `${s.style}:${text.slice(s.start, s.start + s.length)}`)).toEqual(["BOLD:📞", "MONOSPACE:0171 2345678"]);
  });
});
