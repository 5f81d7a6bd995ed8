import ts from "typescript";
import { describe, expect, it } from "vitest";
import { prefixOf, reference } from "./ftl.js";
import { isTranslateCall, lineOf, literalText, sourceFiles, visit, type SourceFile } from "./source.js";

const de = reference();
const files = sourceFiles("src");
const KEY = new RegExp(`^(?:${de.sections.map(prefixOf).join("|")})-[a-z0-9]+(?:-[a-z0-9]+)*$`);

interface KeyUse {
  readonly where: string;
  readonly key: string;
  /** The variables passed, when they are written out as an object literal. */
  readonly variables?: readonly string[];
}

/** Problems with how a call names its message: a key built at run time defeats every check here. */
function dynamicKeyProblem(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return "no key";
  if (ts.isParenthesizedExpression(arg)) return dynamicKeyProblem(arg.expression);
  if (ts.isConditionalExpression(arg)) return dynamicKeyProblem(arg.whenTrue) ?? dynamicKeyProblem(arg.whenFalse);
  if (ts.isTemplateExpression(arg) || ts.isBinaryExpression(arg)) return "a key built at run time (use a Fluent select instead)";
  return undefined;
}

function scan(list: readonly SourceFile[]) {
  const literals: KeyUse[] = [];
  const calls: KeyUse[] = [];
  const dynamic: string[] = [];
  for (const file of list) {
    visit(file.ast, (node) => {
      const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? literalText(node) : undefined;
      if (text !== undefined && KEY.test(text)) literals.push({ where: `${file.path}:${lineOf(file, node)}`, key: text });
      if (!isTranslateCall(node)) return;
      const [keyArg, variablesArg] = node.arguments;
      const problem = dynamicKeyProblem(keyArg);
      if (problem) dynamic.push(`${file.path}:${lineOf(file, node)}: ${problem}`);
      if (keyArg && ts.isStringLiteral(keyArg)) {
        const names =
          variablesArg && ts.isObjectLiteralExpression(variablesArg) && variablesArg.properties.every((p) => !ts.isSpreadAssignment(p))
            ? variablesArg.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : "?")).sort()
            : variablesArg === undefined
              ? []
              : undefined;
        calls.push({ where: `${file.path}:${lineOf(file, node)}`, key: keyArg.text, ...(names && { variables: names }) });
      }
    });
  }
  return { literals, calls, dynamic };
}

const found = scan(files);

describe("message ids in the code", () => {
  it("finds the code's message ids (the scan itself works)", () => {
    expect(found.calls.length).toBeGreaterThan(40);
    expect(found.literals.map((l) => l.key)).toContain("cmd-contact-description");
  });

  it("every message id named in the code exists in de.ftl", () => {
    const missing = [...found.literals, ...found.calls].filter((u) => !de.variables.has(u.key)).map((u) => `${u.where}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it("every lookup names its message with a literal, never a key built at run time", () => {
    expect(found.dynamic).toEqual([]);
  });

  it("every lookup passes exactly the variables its message uses", () => {
    const wrong = found.calls
      .filter((c) => c.variables !== undefined && de.variables.has(c.key))
      .filter((c) => JSON.stringify(c.variables) !== JSON.stringify(de.variables.get(c.key)))
      .map((c) => `${c.where}: ${c.key} gets {${c.variables?.join(", ")}}, uses {${de.variables.get(c.key)?.join(", ")}}`);
    expect(wrong).toEqual([]);
  });

  it("every message in de.ftl is used somewhere in the code", () => {
    const used = new Set([...found.literals, ...found.calls].map((u) => u.key));
    expect([...de.variables.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("catches an unknown key, a dynamic key and a wrong variable", () => {
    const probe = (code: string) => scan([{ path: "probe.ts", ast: ts.createSourceFile("probe.ts", code, ts.ScriptTarget.Latest, true) }]);
    const unknown = probe(`ctx.t("settings-nonexistent");`);
    expect(unknown.calls.filter((c) => !de.variables.has(c.key))).toHaveLength(1);
    expect(probe("t(`settings-${field}`);").dynamic).toHaveLength(1);
    expect(probe(`translatorFor("de")("fallback-" + what);`).dynamic).toHaveLength(1);
    const [call] = probe(`ctx.t("settings-pick", { lable: "x" });`).calls;
    expect(call?.variables).toEqual(["lable"]);
    expect(call?.variables).not.toEqual(de.variables.get("settings-pick"));
  });
});
