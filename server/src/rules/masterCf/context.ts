/**
 * What a master.cf rule can read, and the postconf bookkeeping for `-o` options
 * (postconf_user.c, postconf_unused.c): which `-o name=value` postconf calls an
 * "unused parameter", and which `$name` in an `-o` value an "undefined parameter".
 *
 * Postfix has one global name space (main.cf) and one local name space per
 * master.cf entry (its `-o` options). A name in an `-o` option is used when it is
 * built in, a per-service name of some master.cf service, a user-defined main.cf
 * name that something refers to, a name in main.cf's smtpd_restriction_classes,
 * or a name that this entry's own values (or main.cf) refer to with `$name`.
 */
import { EffectiveConfig } from '../../analysis/effectiveConfig';
import { READ_ONLY_PARAMETERS, UsageAnalysis, analyzeUsage, perServiceSuffixes } from '../../analysis/usage';
import { allParameters, getParameter, isBuiltinIn } from '../../knowledge/parameters';
import type { MainCfModel } from '../../languages/mainCf';
import { Span, toDocumentSpan } from '../../parser/lines';
import { entryReferences, parseMainCf } from '../../parser/mainCf';
import { MasterCfDocument, MasterOption, ServiceNode } from '../../parser/masterCf';
import { findReferences, splitItems } from '../../parser/values';
import { Rule } from '../rule';

export interface MasterCfContext {
  doc: MasterCfDocument;
  /** The Postfix version the file is written for, as a catalog version ("3.7", "3.11"). */
  version: string;
  /** The main.cf next to this master.cf, when one is at hand. */
  main?: MainCfModel;
}

export type MasterCfRule = Rule<MasterCfContext>;

export interface UndefinedOptionReference {
  service: ServiceNode;
  option: MasterOption;
  name: string;
  /** The name inside the `$...` reference (or the class name in smtpd_restriction_classes). */
  nameSpan: Span;
  /** A `$name` reference, or a class listed in the entry's own smtpd_restriction_classes. */
  kind: 'reference' | 'class';
}

export interface MasterUsage {
  /** Options postconf reports as "unused parameter", with every `-o` of the same name in the entry. */
  unused: Array<{ service: ServiceNode; options: MasterOption[]; name: string }>;
  undefinedReferences: UndefinedOptionReference[];
  /** Options that assign a name Postfix sets itself (postconf drops them with a warning). */
  readOnly: Array<{ service: ServiceNode; option: MasterOption }>;
  /** Whether a sibling main.cf was known (without it, undefined references cannot be judged). */
  haveMain: boolean;
}

const LEGACY_DBMS_TYPES = new Set(['ldap', 'mysql', 'pgsql', 'sqlite', 'memcache', 'mongodb']);

/** `name_` prefixes that a legacy `mysql:name` style table reference makes valid. */
function legacyPrefixes(value: string): string[] {
  const out: string[] = [];
  for (const item of splitItems(value)) {
    const m = /^(?:proxy:)?([a-z]+):([^/\s{][^\s]*)$/.exec(item.text);
    if (m && LEGACY_DBMS_TYPES.has(m[1])) out.push(`${m[2]}_`);
  }
  return out;
}

const legacyByVersion = new Map<string, ReadonlySet<string>>();

/** Names that are not built in but that a built-in default of the version refers to (postconf knows them as legacy). */
function legacyNames(version: string): ReadonlySet<string> {
  let names = legacyByVersion.get(version);
  if (!names) {
    const found = new Set<string>();
    for (const info of allParameters()) {
      if (info.type === 'raw' || !info.default.includes('$') || !isBuiltinIn(info.name, version)) continue;
      for (const ref of findReferences(info.default)) if (ref.name && !isBuiltinIn(ref.name, version)) found.add(ref.name);
    }
    legacyByVersion.set(version, (names = found));
  }
  return names;
}

/** The per-service parameter names every master.cf service defines (postconf_service.c). */
export function perServiceNames(doc: MasterCfDocument): Set<string> {
  const names = new Set<string>();
  for (const service of doc.services) {
    // postconf compares the command field as written.
    const command = service.command?.text;
    const name = service.service?.text;
    if (name && command) for (const suffix of perServiceSuffixes(command)) names.add(name + suffix);
  }
  return names;
}

const usageCache = new WeakMap<MasterCfContext, MasterUsage>();

export function masterUsageOf(context: MasterCfContext): MasterUsage {
  let usage = usageCache.get(context);
  if (!usage) {
    usage = analyzeMasterUsage(context.doc, context.main, context.version);
    usageCache.set(context, usage);
  }
  return usage;
}

/** The last option of each name in an entry: postconf keeps one value per name (dict_update). */
export function optionsByName(service: ServiceNode): Map<string, MasterOption[]> {
  const map = new Map<string, MasterOption[]>();
  for (const option of service.options) {
    if (!option.name || option.missingEquals || option.missingName || option.missingValue) continue;
    const list = map.get(option.name);
    if (list) list.push(option);
    else map.set(option.name, [option]);
  }
  return map;
}

export function analyzeMasterUsage(doc: MasterCfDocument, main: MainCfModel | undefined, version: string): MasterUsage {
  const mainDoc = main?.doc ?? parseMainCf('');
  const config = main?.config ?? new EffectiveConfig(mainDoc);
  const mainUsage: UsageAnalysis = analyzeUsage(mainDoc, config, { version, master: doc });
  const perService = perServiceNames(doc);
  const legacy = legacyNames(version);
  const inMain = (name: string) => mainDoc.byName.has(name) && !READ_ONLY_PARAMETERS.has(name);
  // The global parameter table: built-ins, per-service names, legacy names, and used main.cf names.
  const global = (name: string) =>
    isBuiltinIn(name, version) || perService.has(name) || READ_ONLY_PARAMETERS.has(name) || legacy.has(name) || mainUsage.used.has(name);

  // Names main.cf refers to with $name, and the legacy table prefixes its values make valid.
  const mainRefs = new Set<string>();
  const globalPrefixes: string[] = [];
  for (const [name, entries] of mainDoc.byName) {
    if (READ_ONLY_PARAMETERS.has(name)) continue;
    const entry = entries[entries.length - 1];
    globalPrefixes.push(...legacyPrefixes(entry.value.text));
    if (getParameter(name)?.type === 'raw' && isBuiltinIn(name, version)) continue;
    for (const ref of entryReferences(entry)) if (ref.name) mainRefs.add(ref.name);
  }
  // Class names of main.cf's smtpd_restriction_classes: valid in every entry, defined or not.
  const globalClasses = new Set(splitItems(config.expand('smtpd_restriction_classes').value).map((i) => i.text));

  const unused: MasterUsage['unused'] = [];
  const undefinedReferences: UndefinedOptionReference[] = [];
  const readOnly: MasterUsage['readOnly'] = [];

  for (const service of doc.services) {
    const local = optionsByName(service);
    if (local.size === 0) continue;
    const valid = new Set<string>();
    const prefixes: string[] = [];
    const flag = (name: string, span: Span, option: MasterOption, kind: UndefinedOptionReference['kind']) => {
      if (local.has(name)) valid.add(name);
      else if (inMain(name)) return;
      else if (!global(name) && main) undefinedReferences.push({ service, option, name, nameSpan: span, kind });
    };
    const classOption = last(local.get('smtpd_restriction_classes'));
    if (classOption) {
      for (const item of splitItems(classOption.value)) {
        if (!/^[A-Za-z0-9_]+$/.test(item.text)) continue;
        flag(item.text, toDocumentSpan(service.logical, classOption.valueAt + item.start, classOption.valueAt + item.end), classOption, 'class');
      }
    }
    for (const [name, options] of local) {
      const option = last(options)!;
      if (globalClasses.has(name)) valid.add(name);
      if (READ_ONLY_PARAMETERS.has(name)) {
        for (const o of options) readOnly.push({ service, option: o });
        continue;
      }
      prefixes.push(...legacyPrefixes(option.value));
      if (getParameter(name)?.type === 'raw' && global(name)) continue;
      for (const ref of findReferences(option.value)) {
        if (!ref.name || ref.error) continue;
        flag(ref.name, toDocumentSpan(service.logical, option.valueAt + ref.nameStart, option.valueAt + ref.nameEnd), option, 'reference');
      }
    }
    for (const [name, options] of local) {
      if (READ_ONLY_PARAMETERS.has(name) || global(name) || valid.has(name) || mainRefs.has(name)) continue;
      if ([...prefixes, ...globalPrefixes].some((p) => name.startsWith(p))) continue;
      unused.push({ service, options, name });
    }
  }
  return { unused, undefinedReferences, readOnly, haveMain: !!main };
}

function last<T>(list: T[] | undefined): T | undefined {
  return list ? list[list.length - 1] : undefined;
}
