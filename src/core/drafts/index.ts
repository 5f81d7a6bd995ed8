export { DRAFT_INTENTS, SLOT_INTENTS, type DraftIntent, type DraftOptions } from "./types.js";
export { makeDraft, variantCount } from "./makeDraft.js";
export { lint, applySuggestions, type LintFinding, type LintKind, type LintOptions } from "./lint/lint.js";
