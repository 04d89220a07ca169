/**
 * Which main.cf parameter names Postfix counts as used, and which `$name`
 * references it cannot resolve: the same bookkeeping postconf does before it
 * prints "unused parameter" and "undefined parameter" (postconf_user.c).
 */
import { allParameters, getParameter, isBuiltinIn } from '../knowledge/parameters';
import { EntryNode, MainCfDocument, entryReferences } from '../parser/mainCf';
import { MasterCfDocument } from '../parser/masterCf';
import { findReferences, splitItems } from '../parser/values';
import { EffectiveConfig } from './effectiveConfig';
import { Span } from '../parser/lines';

/** Suffixes of per-service parameters, by the daemon a master.cf service runs (postconf_service.c). */
const DELIVERY_SUFFIXES = [
  '_recipient_limit',
  '_extra_recipient_limit',
  '_recipient_refill_limit',
  '_recipient_refill_delay',
  '_delivery_slot_cost',
  '_delivery_slot_loan',
  '_delivery_slot_discount',
  '_minimum_delivery_slots',
  '_initial_destination_concurrency',
  '_destination_concurrency_limit',
  '_destination_recipient_limit',
  '_destination_concurrency_positive_feedback',
  '_destination_concurrency_negative_feedback',
  '_destination_concurrency_failed_cohort_limit',
  '_destination_rate_delay',
  '_transport_rate_delay',
];
const TIME_LIMIT_SUFFIX = '_time_limit';
export const PER_SERVICE_SUFFIXES: readonly string[] = [...DELIVERY_SUFFIXES, TIME_LIMIT_SUFFIX];

export function perServiceSuffixes(command: string): readonly string[] {
  switch (command) {
    case 'local':
    case 'error':
    case 'virtual':
    case 'smtp':
    case 'lmtp':
      return DELIVERY_SUFFIXES;
    case 'pipe':
      return [TIME_LIMIT_SUFFIX, ...DELIVERY_SUFFIXES];
    case 'spawn':
      return [TIME_LIMIT_SUFFIX];
    default:
      return [];
  }
}

/** Parameters Postfix sets itself; an assignment in main.cf is dropped with a warning. */
export const READ_ONLY_PARAMETERS: ReadonlySet<string> = new Set(['process_name', 'process_id', 'service_name']);

/** Table types whose legacy form `type:name` (no path) reads `name_*` parameters from main.cf. */
const LEGACY_DBMS_TYPES = new Set(['ldap', 'mysql', 'pgsql', 'sqlite', 'memcache', 'mongodb']);
/** A cheap first look: only values that name one of those types need to be split. */
const LEGACY_DBMS_WORD = /(?:ldap|mysql|pgsql|sqlite|memcache|mongodb):/;

export interface UndefinedReference {
  entry: EntryNode;
  name: string;
  /** The `$...` reference, and the name inside it. */
  span: Span;
  nameSpan: Span;
}

export interface UsageAnalysis {
  /** Names that postconf would call per-service parameters, from the master.cf services. */
  perService: ReadonlySet<string>;
  /** User-defined names that something refers to (so postconf does not call them unused). */
  used: ReadonlySet<string>;
  /** Entries postconf reports as "unused parameter" (last entry of each name). */
  unused: EntryNode[];
  undefinedReferences: UndefinedReference[];
  /** Class names listed in smtpd_restriction_classes. */
  restrictionClasses: ReadonlySet<string>;
}

export interface UsageOptions {
  /** Catalog version ("3.7" ... "3.11"). */
  version: string;
  /** The sibling master.cf; without it, names shaped like per-service parameters are given the benefit of the doubt. */
  master?: MasterCfDocument;
}

export function analyzeUsage(doc: MainCfDocument, config: EffectiveConfig, options: UsageOptions): UsageAnalysis {
  const { version, master } = options;
  const perService = new Set<string>();
  const masterNames = new Set<string>();
  for (const service of master?.services ?? []) {
    // postconf compares the command field as written: "/usr/lib/postfix/sbin/smtp" is not "smtp".
    const command = service.command?.text;
    const name = service.service?.text;
    if (name && command) for (const suffix of perServiceSuffixes(command)) perService.add(name + suffix);
    for (const option of service.options) if (option.name && !option.missingEquals) masterNames.add(option.name);
  }
  const builtin = (name: string) => isBuiltinIn(name, version);
  // Read-only names are postconf's own: referring to them is fine, assigning them is not.
  // Legacy names that a built-in default still reads are known too (postconf_builtin.c).
  const legacy = legacyNames(version);
  const known = (name: string) => builtin(name) || perService.has(name) || READ_ONLY_PARAMETERS.has(name) || legacy.has(name);
  const inMain = (name: string) => doc.byName.has(name) && !READ_ONLY_PARAMETERS.has(name);
  const used = new Set<string>();
  const legacyPrefixes: string[] = [];
  const undefinedReferences: UndefinedReference[] = [];

  const noteTables = (value: string) => {
    if (!LEGACY_DBMS_WORD.test(value)) return;
    for (const item of splitItems(value)) {
      const m = /^(?:proxy:)?([a-z]+):([^/\s{][^\s]*)$/.exec(item.text);
      if (m && LEGACY_DBMS_TYPES.has(m[1])) legacyPrefixes.push(`${m[2]}_`);
    }
  };

  // smtpd_restriction_classes: each listed name with a definition is used.
  const classes = new Set(splitItems(config.expand('smtpd_restriction_classes').value).map((i) => i.text));
  for (const name of classes) if (inMain(name)) used.add(name);

  // Defaults of parameters the file leaves alone may name legacy parameters (virtual_maps ...).
  for (const name of defaultScanNames(version)) {
    if (doc.byName.has(name)) continue;
    const info = getParameter(name)!;
    for (const ref of findReferences(info.default)) if (ref.name && inMain(ref.name)) used.add(ref.name);
  }

  // Every value in main.cf (but raw and read-only ones) is scanned for $names.
  for (const [name, entries] of doc.byName) {
    if (READ_ONLY_PARAMETERS.has(name)) continue;
    const entry = entries[entries.length - 1];
    if (getParameter(name)?.type === 'raw' && builtin(name)) continue;
    noteTables(entry.value.text);
    for (const ref of entryReferences(entry)) {
      if (!ref.name || ref.error) continue;
      if (inMain(ref.name)) used.add(ref.name);
      else if (!masterNames.has(ref.name) && !known(ref.name)) {
        undefinedReferences.push({ entry, name: ref.name, span: ref.span, nameSpan: ref.nameSpanInDoc });
      }
    }
  }
  // master.cf -o values may refer to main.cf names too.
  for (const service of master?.services ?? []) {
    for (const option of service.options) {
      for (const ref of findReferences(option.value)) if (ref.name && inMain(ref.name)) used.add(ref.name);
      noteTables(option.value);
    }
  }

  const unused: EntryNode[] = [];
  for (const [name, entries] of doc.byName) {
    if (READ_ONLY_PARAMETERS.has(name) || known(name) || used.has(name)) continue;
    if (legacyPrefixes.some((p) => name.startsWith(p))) continue;
    // Without master.cf, a per-service name cannot be judged.
    if (!master && PER_SERVICE_SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length)) continue;
    unused.push(entries[entries.length - 1]);
  }
  return { perService, used, unused, undefinedReferences, restrictionClasses: classes };
}

let withReferences: string[] | undefined;
const legacyByVersion = new Map<string, ReadonlySet<string>>();

/** Names that are not built in but that a built-in default of the version refers to (virtual_maps ...). */
function legacyNames(version: string): ReadonlySet<string> {
  let names = legacyByVersion.get(version);
  if (!names) {
    const found = new Set<string>();
    for (const name of defaultScanNames(version)) {
      for (const ref of findReferences(getParameter(name)!.default)) if (ref.name && !isBuiltinIn(ref.name, version)) found.add(ref.name);
    }
    legacyByVersion.set(version, (names = found));
  }
  return names;
}

/** Built-in parameters of a version whose defaults contain `$` references. */
function defaultScanNames(version: string): string[] {
  withReferences ??= [...allParameters()].filter((p) => p.type !== 'raw' && p.default.includes('$')).map((p) => p.name);
  return withReferences.filter((name) => isBuiltinIn(name, version));
}
