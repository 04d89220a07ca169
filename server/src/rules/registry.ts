/** Every rule the server knows, in one list. Adding a rule means adding it here. */
import { MainCfRule, Rule, Severity } from './rule';
import { syntaxLeadingWhitespace, syntaxMissingEquals } from './mainCf/syntax';
import { PARAMETER_RULES } from './mainCf/parameters';
import { VALUE_RULES } from './mainCf/values';

export const MAIN_CF_RULES: readonly MainCfRule[] = [syntaxMissingEquals, syntaxLeadingWhitespace, ...PARAMETER_RULES, ...VALUE_RULES];

const ALL_RULES: readonly Rule<never>[] = [...MAIN_CF_RULES] as readonly Rule<never>[];

/** Rule ids with their default severity: the public contract behind `postfix.diagnostics.<id>`. */
export function ruleDefaults(): Array<{ id: string; severity: Severity }> {
  return ALL_RULES.map((r) => ({ id: r.id, severity: r.severity }));
}

export function findRule(id: string): Rule<never> | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
