/** What a lookup table rule can read. */
import type { MainCfModel } from '../../languages/mainCf';
import type { TableDocument } from '../../parser/table';
import type { TableKind } from '../../features/table/kind';
import type { Rule } from '../rule';

export interface TableRuleContext {
  doc: TableDocument;
  /** Format and role of the table, and where main.cf / master.cf name it. */
  kind: TableKind;
  /** The main.cf next to the table, when there is one. */
  main?: MainCfModel;
  /** The Postfix version the configuration is written for, as a catalog version. */
  version: string;
}

export type TableRule = Rule<TableRuleContext>;
