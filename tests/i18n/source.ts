import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const ROOT = join(import.meta.dirname, "../..");

export interface SourceFile {
  /** Relative to the repository, with forward slashes: "src/bot/features/start.ts". */
  readonly path: string;
  readonly ast: ts.SourceFile;
}

export function sourceFiles(...folders: string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const text = readFileSync(full, "utf8");
        files.push({ path: relative(ROOT, full).split("\\").join("/"), ast: ts.createSourceFile(full, text, ts.ScriptTarget.Latest, true) });
      }
    }
  };
  for (const folder of folders) walk(join(ROOT, folder));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export function visit(node: ts.Node, onNode: (node: ts.Node) => void): void {
  onNode(node);
  node.forEachChild((child) => visit(child, onNode));
}

export function lineOf(file: SourceFile, node: ts.Node): number {
  return file.ast.getLineAndCharacterOfPosition(node.getStart(file.ast)).line + 1;
}

/** A string literal's text, or a template's static parts joined with a space where values go. */
export function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return undefined;
}

/** `t(…)`, `ctx.t(…)`, `translate(…)`, `x.translate(…)` and `translatorFor(lang)(…)`: calls that look up a message. */
export function isTranslateCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === "t" || callee.text === "translate";
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text === "t" || callee.name.text === "translate";
  return ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "translatorFor";
}
