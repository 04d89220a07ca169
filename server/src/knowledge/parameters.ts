/** The parameter catalog: facts about every main.cf parameter, read from the generated data. */
import { KNOWN_VERSIONS, PARAMETER_ROWS } from './generated/parameters';

export type ParameterType = 'bool' | 'nbool' | 'int' | 'nint' | 'long' | 'time' | 'str' | 'raw' | 'str_fn' | '';

export interface ParameterInfo {
  name: string;
  type: ParameterType;
  /** The default exactly as `postconf -d` writes it; "(computed)" for host-derived defaults. */
  default: string;
  min: number;
  max: number;
  /** First Postfix version that documents it; empty for names older than 2.0. */
  since: string;
  /** Versions (from KNOWN_VERSIONS) whose postconf knows the name built in. */
  versions: readonly string[];
  /** False for documented templates and legacy names that no current postconf knows. */
  builtin: boolean;
}

export { KNOWN_VERSIONS };
export const NEWEST_VERSION = KNOWN_VERSIONS[KNOWN_VERSIONS.length - 1];

let catalog: ReadonlyMap<string, ParameterInfo> | undefined;

/** The catalog by name, built on first use (not while the server starts). */
function byName(): ReadonlyMap<string, ParameterInfo> {
  return (catalog ??= new Map(
    PARAMETER_ROWS.map(([name, type, def, min, max, since, versions, builtin]) => [
      name,
      {
        name,
        type: type as ParameterType,
        default: def,
        min,
        max,
        since,
        versions: versions ? versions.split(' ') : [],
        builtin: builtin === 1,
      },
    ]),
  ));
}

export function getParameter(name: string): ParameterInfo | undefined {
  return byName().get(name);
}

export function allParameters(): Iterable<ParameterInfo> {
  return byName().values();
}

/** Compares dotted version strings numerically ("3.10" > "3.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The catalog version that stands for a configured one: "3.7.11" -> "3.7", "3.8" -> "3.7", "" -> newest. */
export function catalogVersion(version: string | undefined): string {
  if (!version || !/^\d+(\.\d+)*$/.test(version.trim())) return NEWEST_VERSION;
  // Rules ask once per entry: remember the answer (a handful of versions in practice).
  const known = chosenVersions.get(version);
  if (known) return known;
  let chosen = KNOWN_VERSIONS[0];
  for (const v of KNOWN_VERSIONS) if (compareVersions(v, version.trim()) <= 0) chosen = v;
  if (chosenVersions.size > 100) chosenVersions.clear();
  chosenVersions.set(version, chosen);
  return chosen;
}
const chosenVersions = new Map<string, string>();

/** Whether the postconf of that (catalog) version knows the name built in. */
export function isBuiltinIn(name: string, version: string): boolean {
  const info = getParameter(name);
  // Most names in a big main.cf are the site's own: settle those before looking at the version.
  return info !== undefined && info.versions.includes(catalogVersion(version));
}

/** The first catalog version after `version` that knows the name as a built-in, if any. */
export function newerVersionKnowing(name: string, version: string): string | undefined {
  if (!getParameter(name)) return undefined;
  return KNOWN_VERSIONS.find((v) => isBuiltinIn(name, v) && compareVersions(v, version) > 0);
}
