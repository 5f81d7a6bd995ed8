export * from "./types.js";
export * from "./decision.js";
export { evaluate, type EvaluateOptions } from "./evaluate.js";
export {
  parseCustomRule,
  FACT_NAMES,
  OPS,
  type Condition,
  type CustomRule,
  type CustomRuleParse,
  type FactCondition,
  type FactName,
  type FactValue,
  type Op,
  type RuleProblem,
} from "./custom.js";
export { flagsAfterOutcome } from "./outcome.js";
