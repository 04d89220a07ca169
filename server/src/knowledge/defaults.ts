/** How Postfix arrives at a parameter's default. */
import { ParameterInfo, getParameter } from './parameters';
import { compareVersions } from './parameters';

const COMPAT_FORM = /^\$\{\{\$compatibility_level\}\s*(==|!=|<=|>=|<|>)level\s*\{([^}]*)\}\s*\?\s*\{(.*)\}\s*:\s*\{(.*)\}\}$/;

/**
 * Picks the branch of a `${{$compatibility_level} <level {N} ? {old} : {new}}`
 * default for the given level; other defaults come back unchanged.
 */
export function resolveCompatibilityDefault(defaultValue: string, level: string): { value: string; dependsOnLevel: boolean } {
  const m = COMPAT_FORM.exec(defaultValue);
  if (!m) return { value: defaultValue, dependsOnLevel: false };
  const [, op, threshold, whenTrue, whenFalse] = m;
  const d = compareVersions(level || '0', threshold);
  const holds =
    op === '<' ? d < 0 : op === '<=' ? d <= 0 : op === '>' ? d > 0 : op === '>=' ? d >= 0 : op === '==' ? d === 0 : d !== 0;
  return { value: holds ? whenTrue : whenFalse, dependsOnLevel: true };
}

/**
 * The unit a bare number takes in a time parameter: the unit letter of its
 * default, following `$name` defaults to the parameter they name.
 */
export function timeUnit(info: ParameterInfo, seen = new Set<string>()): 's' | 'm' | 'h' | 'd' | 'w' {
  const def = info.default.trim();
  const ref = /^\$\{?([A-Za-z0-9_]+)\}?$/.exec(def);
  if (ref && !seen.has(ref[1])) {
    const target = getParameter(ref[1]);
    seen.add(info.name);
    if (target) return timeUnit(target, seen);
  }
  const m = /[\d}]([smhdw])$/.exec(def);
  return (m?.[1] as 's' | 'm' | 'h' | 'd' | 'w' | undefined) ?? 's';
}
