import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { findLocalesDir } from "../../src/bot/i18n.js";
import { REFERENCE_LANGUAGE, type InterfaceLanguage } from "../../src/interface-language.js";

/** The message-id prefix of a section: the section's name, except the commands' `cmd`. */
export function prefixOf(section: string): string {
  return section === "commands" ? "cmd" : section;
}

export interface LocaleFile {
  readonly lang: InterfaceLanguage;
  /** `## name` group comments, in file order. */
  readonly sections: readonly string[];
  /** Message id → the section it stands in. */
  readonly sectionOf: ReadonlyMap<string, string>;
  /** Message id → the variables it uses, sorted. */
  readonly variables: ReadonlyMap<string, readonly string[]>;
  /** Terms, message references and functions the runtime parser reports (none are used yet). */
  readonly references: readonly string[];
  /** Entries the runtime parser skipped as junk (a syntax error). */
  readonly junk: number;
  readonly source: string;
}

type Node = unknown;

/** Every variable a pattern uses, in its text, selectors and variants. */
function collectVariables(node: Node, into: Set<string>, references: string[]): void {
  if (typeof node === "string" || node === null || node === undefined) return;
  if (Array.isArray(node)) {
    for (const element of node) collectVariables(element, into, references);
    return;
  }
  const n = node as { type?: string; name?: string; selector?: Node; variants?: Array<{ value: Node }>; args?: Node[] };
  switch (n.type) {
    case "var":
      into.add(n.name ?? "");
      return;
    case "select":
      collectVariables(n.selector, into, references);
      for (const variant of n.variants ?? []) collectVariables(variant.value, into, references);
      return;
    case "term":
    case "mesg":
    case "func":
      references.push(`${n.type}:${n.name ?? ""}`);
      for (const arg of n.args ?? []) collectVariables((arg as { value?: Node }).value ?? arg, into, references);
      return;
    default:
      return;
  }
}

export function readLocale(lang: InterfaceLanguage): LocaleFile {
  return parseLocale(lang, readFileSync(join(findLocalesDir(), `${lang}.ftl`), "utf8"));
}

export function parseLocale(lang: InterfaceLanguage, source: string): LocaleFile {
  const sections: string[] = [];
  const sectionOf = new Map<string, string>();
  let section = "";
  for (const line of source.split("\n")) {
    const group = /^## (\S+)\s*$/.exec(line);
    if (group) sections.push((section = group[1] ?? ""));
    const message = /^([a-zA-Z][\w-]*)\s*=/.exec(line);
    if (message) sectionOf.set(message[1] ?? "", section);
  }
  const resource = new FluentResource(source);
  const variables = new Map<string, readonly string[]>();
  const references: string[] = [];
  for (const entry of resource.body) {
    const used = new Set<string>();
    collectVariables(entry.value, used, references);
    for (const attribute of Object.values(entry.attributes)) collectVariables(attribute, used, references);
    variables.set(entry.id, [...used].sort());
  }
  // The runtime parser drops what it cannot read; every message line the file has must have come through.
  const junk = [...sectionOf.keys()].filter((id) => !variables.has(id)).length;
  return { lang, sections, sectionOf, variables, references, junk, source };
}

export const reference = (): LocaleFile => readLocale(REFERENCE_LANGUAGE);
