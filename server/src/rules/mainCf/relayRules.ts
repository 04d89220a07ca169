/** The restriction, relay, network, table and SASL rules of main.cf, in one list for the registry. */
import { MainCfRule } from '../rule';
import { RESTRICTION_RULES } from './restrictions';
import { RELAY_RULES } from './relay';
import { NETWORK_RULES } from './networks';
import { TABLE_RULES } from './tables';
import { SASL_RULES } from './sasl';

export const RELAY_AND_RESTRICTION_RULES: readonly MainCfRule[] = [
  ...RESTRICTION_RULES,
  ...RELAY_RULES,
  ...NETWORK_RULES,
  ...TABLE_RULES,
  ...SASL_RULES,
];
