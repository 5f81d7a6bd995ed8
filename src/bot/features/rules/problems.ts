import { FACT_NAMES, type RuleProblem } from "../../../core/rules/index.js";
import { escapeHtml, type Translate } from "../../i18n.js";

/** What is wrong, without where. Values from her JSON (keys, ids, values) are escaped here. */
function what(p: RuleProblem, t: Translate): string {
  switch (p.code) {
    case "type":
      return t("rules-problem-type", { expected: escapeHtml(p.expected) });
    case "one-of":
      return t("rules-problem-one-of", { values: escapeHtml(p.values.join(", ")) });
    case "too-small":
      return t("rules-problem-too-small", { origin: p.origin, minimum: p.minimum });
    case "too-big":
      return t("rules-problem-too-big", { origin: p.origin, maximum: p.maximum });
    case "unknown-key":
      return t("rules-problem-unknown-key", { keys: escapeHtml(p.keys.join(", ")) });
    case "unknown-fact":
      return t("rules-problem-unknown-fact", { facts: FACT_NAMES.join(", ") });
    case "fact-value":
      return t("rules-problem-fact-value", { fact: escapeHtml(p.fact) });
    case "needs-list":
      return t("rules-problem-needs-list", { op: escapeHtml(p.op) });
    case "needs-single":
      return t("rules-problem-needs-single", { op: escapeHtml(p.op) });
    case "too-deep":
      return t("rules-problem-too-deep", { max: p.max });
    case "id-taken":
      return t("rules-problem-id-taken", { id: escapeHtml(p.id) });
    case "too-many":
      return t("rules-problem-too-many", { max: p.max });
    default:
      return t("rules-problem", { code: p.code });
  }
}

/** "when.all[1].time.from: erwartet eine Uhrzeit HH:MM, z. B. 09:00", as HTML. */
export function problemHtml(p: RuleProblem, t: Translate): string {
  const problem = what(p, t);
  return p.path === "" ? t("rules-problem-whole", { problem }) : t("rules-problem-at", { path: escapeHtml(p.path), problem });
}
