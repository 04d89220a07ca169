/** The smtpd restriction catalog, read from the generated data. */
import { RESTRICTION_ROWS } from './generated/restrictions';

export type Stage = 'generic' | 'client' | 'helo' | 'sender' | 'recipient' | 'etrn';

export interface RestrictionInfo {
  name: string;
  /** Whose information it tests; it can act at that stage and later ones. */
  stage: Stage;
  status: 'current' | 'legacy' | 'removed';
  replacement: string;
  note: string;
  /** What follows the name in a list: 'table' (type:name), 'domain' (an RBL domain), 'service', 'seconds' or ''. */
  argument: string;
}

let catalog: ReadonlyMap<string, RestrictionInfo> | undefined;

/** The catalog by name, built on first use (not while the server starts). */
function byName(): ReadonlyMap<string, RestrictionInfo> {
  return (catalog ??= new Map(
    RESTRICTION_ROWS.map(([name, stage, status, replacement, note, argument]) => [
      name,
      { name, stage: stage as Stage, status: status as RestrictionInfo['status'], replacement, note, argument },
    ]),
  ));
}

export function getRestriction(name: string): RestrictionInfo | undefined {
  return byName().get(name);
}

export function allRestrictions(): Iterable<RestrictionInfo> {
  return byName().values();
}
