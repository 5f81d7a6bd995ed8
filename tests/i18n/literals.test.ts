import ts from "typescript";
import { describe, expect, it } from "vitest";
import { prefixOf, reference } from "./ftl.js";
import { lineOf, literalText, sourceFiles, visit, type SourceFile } from "./source.js";

const de = reference();
const KEY = new RegExp(`^(?:${de.sections.map(prefixOf).join("|")})-[a-z0-9]+(?:-[a-z0-9]+)*$`);

/** What is left of a literal once markup and values are gone: a word of two letters or more is text for her. */
function wordsOf(text: string): string {
  return text.replace(/<[^>]*>/g, " ").replace(/&[a-z]+;/g, " ");
}
const HAS_WORD = /\p{L}{2,}/u;
/**
 * One token that is a code, not a word: lower case ("missed-call", "set", "message:text", "/file/bot",
 * "/api/v1/events?account=", "data:;filename=;base64,"),
 * capitals ("HTML"), an identifier ("maxAppointmentsPerDay", "FileTooLargeError") or a locale ("en-GB").
 */
const CODE = /^(?:[a-z0-9_.:/#@+?=&;,-]+|[A-Z0-9_]+|[a-z]+[A-Z][A-Za-z0-9]*|(?:[A-Z][a-z0-9]+){2,}|[a-z]{2}-[A-Z]{2})$/;
/** Each static part of a template on its own: `/file/bot${token}/${path}` is a path, not text. */
const staticParts = (node: ts.Node): string[] =>
  ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)] : [literalText(node) ?? ""];
const isCode = (node: ts.Node) => staticParts(node).every((part) => part.trim() === "" || CODE.test(part.trim()) || !HAS_WORD.test(part));

/**
 * Where a literal is not shown to her, whatever it says (the allow-list):
 * - module paths of imports and exports;
 * - message ids (`settings-title`): they name a text, they are not one;
 * - log lines (`logger.info(…, "setting changed")`): English for operators, never shown to her;
 * - errors constructed with `new …Error(…)` or `new ApiRefusal(…)`, and HTTP bodies of the
 *   in-process Bot API (`new Response(…)`, `Response.json(…)`): seen by code and operators only;
 *   a failing update shows her the fixed `errors-something-went-wrong`;
 * - literal types, comparisons, `case` labels and property names: codes the program compares;
 * - the made-up Telegram user of the local chat (`first_name`): no one reads it.
 */
function isAllowed(node: ts.Node, text: string): boolean {
  if (KEY.test(text) || isCode(node)) return true;
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isLiteralTypeNode(parent) || ts.isCaseClause(parent) || ts.isElementAccessExpression(parent)) return true;
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === "first_name") return true;
  for (let up: ts.Node | undefined = parent; up && !ts.isBlock(up) && !ts.isSourceFile(up); up = up.parent) {
    if (ts.isNewExpression(up) && ts.isIdentifier(up.expression) && /(?:Error|Refusal|^Response)$/.test(up.expression.text)) return true;
    if (ts.isCallExpression(up) && ts.isPropertyAccessExpression(up.expression)) {
      const { expression: target, name } = up.expression;
      if (ts.isIdentifier(target) && target.text === "Response") return true;
      const logger = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : "";
      if (logger === "logger" && /^(?:fatal|error|warn|info|debug|trace)$/.test(name.text)) return true;
    }
  }
  return false;
}

/** A `{ de: …, en: … }` table is text whatever its values look like ("frei", "off"). */
function isInTextTable(node: ts.Node): boolean {
  const assignment = node.parent;
  if (!assignment || !ts.isPropertyAssignment(assignment) || assignment.initializer !== node) return false;
  const names = new Set(assignment.parent.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : "")));
  return names.has("de") && names.has("en");
}

interface Finding {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

function findTexts(files: readonly SourceFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    visit(file.ast, (node) => {
      const text = literalText(node);
      if (text === undefined) return;
      // The static parts of a template count together; its pieces are not visited again.
      if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return;
      const shown = isInTextTable(node) || (HAS_WORD.test(wordsOf(text)) && !isAllowed(node, text));
      if (shown) findings.push({ path: file.path, line: lineOf(file, node), text: text.length > 60 ? `${text.slice(0, 57)}…` : text });
    });
  }
  return findings;
}

const files = sourceFiles("src/bot", "src/console");
const findings = findTexts(files);

describe("user-facing text in the code", () => {
  it("scans every file of src/bot and src/console", () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["src/bot/features/start.ts", "src/console/console-chat.ts"]));
  });

  it("finds none: every text is in the locale files", () => {
    expect(findings.map((f) => `${f.path}:${f.line}: ${f.text}`)).toEqual([]);
  });

  it("catches sentences, words in text tables, and text inside templates and markup; lets codes and logs through", () => {
    const probe = (code: string) => findTexts([{ path: "probe.ts", ast: ts.createSourceFile("probe.ts", code, ts.ScriptTarget.Latest, true) }]).map((f) => f.text);
    expect(probe(`ctx.reply("Gespeichert.");`)).toEqual(["Gespeichert."]);
    expect(probe(`const T = { off: { de: "frei", en: "off" } };`)).toEqual(["frei", "off"]);
    expect(probe("ctx.reply(`<b>${n}</b> Termine`);")).toHaveLength(1);
    expect(probe(`kb.text("Deutsch", data);`)).toEqual(["Deutsch"]);
    expect(probe(`ctx.reply(html, { parse_mode: "HTML" }); composer.on("message:text", h); if (kind === "missed-call") x();`)).toEqual([]);
    expect(probe(`ctx.app.logger.info({ step: "setup" }, "setup finished"); throw new Error("No locales folder found");`)).toEqual([]);
    expect(probe(`ctx.reply(ctx.t("settings-title")); const sep = " · ";`)).toEqual([]);
  });
});
