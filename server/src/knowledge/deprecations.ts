/** Parameters Postfix deprecates, from the generated data. */
import { DEPRECATION_ROWS } from './generated/deprecations';
import { compareVersions } from './parameters';

export interface Deprecation {
  name: string;
  /** First version whose programs warn about it. */
  since: string;
  /** The parameter to use instead; empty when the setting should simply go. */
  replacement: string;
}

let table: ReadonlyMap<string, Deprecation> | undefined;

/** The deprecations by name, built on first use (not while the server starts). */
function byName(): ReadonlyMap<string, Deprecation> {
  return (table ??= new Map(DEPRECATION_ROWS.map(([name, since, replacement]) => [name, { name, since, replacement }])));
}

export function getDeprecation(name: string): Deprecation | undefined {
  return byName().get(name);
}

/** The deprecation when the given version already warns about it. */
export function deprecationIn(name: string, version: string): Deprecation | undefined {
  const d = byName().get(name);
  return d && compareVersions(version, d.since) >= 0 ? d : undefined;
}
