/** Every lookup table rule, in one list. */
import { TableRule } from './context';
import { TABLE_SYNTAX_RULES } from './syntax';
import { TABLE_ACCESS_RULES } from './access';

export type { TableRule, TableRuleContext } from './context';

export const TABLE_RULES: readonly TableRule[] = [...TABLE_SYNTAX_RULES, ...TABLE_ACCESS_RULES];
