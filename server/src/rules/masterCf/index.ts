/** Every master.cf rule, in one list. */
import { MasterCfRule } from './context';
import { SYNTAX_RULES } from './syntax';
import { PARAMETER_RULES } from './parameters';

export type { MasterCfContext, MasterCfRule } from './context';

export const MASTER_CF_RULES: readonly MasterCfRule[] = [...SYNTAX_RULES, ...PARAMETER_RULES];
