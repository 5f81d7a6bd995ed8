import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * The functional core keeps no module-level mutable state: no top-level `let` or `var`, and no
 * shared global or sticky pattern whose position (lastIndex) a scan moves. matchAll, replace and
 * split leave a shared pattern as it was; exec, test and lastIndex do not.
 */

const CORE = join(import.meta.dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The flags of a pattern a declaration makes (`/…/gu`, `new RegExp(…, "gu")`), or undefined. */
function patternFlags(init: ts.Expression | undefined): string | undefined {
  if (!init) return undefined;
  if (ts.isRegularExpressionLiteral(init)) return init.text.slice(init.text.lastIndexOf("/") + 1);
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "RegExp") {
    const flags = init.arguments?.[1];
    return flags && ts.isStringLiteralLike(flags) ? flags.text : "";
  }
  return undefined;
}

/** Where a file keeps state between calls, as "file:line what". */
function moduleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const scanning = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const flags = statement.declarationList.flags;
    if (!(flags & ts.NodeFlags.Const)) found.push(`${at(statement)} top-level ${flags & ts.NodeFlags.Let ? "let" : "var"}`);
    for (const declaration of statement.declarationList.declarations) {
      const patternFlagsOf = patternFlags(declaration.initializer);
      if (ts.isIdentifier(declaration.name) && patternFlagsOf !== undefined && /[gy]/.test(patternFlagsOf)) {
        scanning.add(declaration.name.text);
      }
    }
  }
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      scanning.has(node.expression.text) &&
      ["exec", "test", "lastIndex"].includes(node.name.text)
    ) {
      found.push(`${at(node)} ${node.expression.text}.${node.name.text} on a shared pattern`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("src/core keeps no module-level mutable state", () => {
  it("finds such state where it is (so the check below can fail)", () => {
    const text = [
      "let calls = 0;",
      "const WORD = /\\w+/gu;",
      "const ONCE = /\\w+/u;",
      "export function f(s: string) { WORD.lastIndex = 0; ONCE.test(s); return [...s.matchAll(WORD)]; }",
      "export function g(s: string) { return WORD.exec(s); }",
    ].join("\n");
    expect(moduleState("x.ts", text)).toEqual(["x.ts:1 top-level let", "x.ts:4 WORD.lastIndex on a shared pattern", "x.ts:5 WORD.exec on a shared pattern"]);
  });

  it("has none in any file", () => {
    const found = sourceFiles(CORE).flatMap((file) => moduleState(relative(CORE, file), readFileSync(file, "utf8")));
    expect(found).toEqual([]);
  });
});
