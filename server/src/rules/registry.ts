/** Every rule the server knows, in one list. Adding a rule means adding it here. */
import { MainCfRule, Rule, Severity } from './rule';
import { syntaxLeadingWhitespace, syntaxMissingEquals } from './mainCf/syntax';
import { PARAMETER_RULES } from './mainCf/parameters';
import { VALUE_RULES } from './mainCf/values';
import { RELAY_AND_RESTRICTION_RULES } from './mainCf/relayRules';
import { TABLE_RULES } from './table';
import { MASTER_CF_RULES } from './masterCf';

export const MAIN_CF_RULES: readonly MainCfRule[] = [
  syntaxMissingEquals,
  syntaxLeadingWhitespace,
  ...PARAMETER_RULES,
  ...VALUE_RULES,
  ...RELAY_AND_RESTRICTION_RULES,
];

const ALL_RULES: readonly Rule<never>[] = [
  ...MAIN_CF_RULES,
  ...TABLE_RULES,
  // master.cf rules that share an id with a main.cf rule (unknown-parameter, ...) are listed once.
  ...MASTER_CF_RULES.filter((r) => !MAIN_CF_RULES.some((m) => m.id === r.id)),
] as readonly Rule<never>[];

/** Rule ids with their default severity: the public contract behind `postfix.diagnostics.<id>`. */
export function ruleDefaults(): Array<{ id: string; severity: Severity }> {
  return ALL_RULES.map((r) => ({ id: r.id, severity: r.severity }));
}

export function findRule(id: string): Rule<never> | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
