/**
 * The smtpd restriction lists in effect, read the way smtpd reads them.
 *
 * smtpd expands each list parameter, splits it at commas and whitespace (with `{ }`
 * grouping), and walks the words: a word that holds ":" is a lookup table for the
 * list's default check_*_access; a known name (compared case-insensitively) may take
 * the next word as its argument; a name listed in smtpd_restriction_classes (compared
 * case-sensitively) runs that class; anything else is an unknown restriction.
 *
 * Words keep their document span when they are written literally in main.cf; words
 * that come out of a `$name` reference follow it into the referenced entry, or carry
 * the span of the reference (`via`) when the value comes from a default.
 */
import { EffectiveConfig } from './effectiveConfig';
import { EntryNode, entryItems } from '../parser/mainCf';
import { Span } from '../parser/lines';
import { splitItems } from '../parser/values';
import { compareVersions, getParameter } from '../knowledge/parameters';
import { RestrictionInfo, Stage, allRestrictions, getRestriction } from '../knowledge/restrictions';

/** The stage a restriction list runs at. */
export type ListStage = 'client' | 'helo' | 'sender' | 'relay' | 'recipient' | 'etrn' | 'data' | 'end_of_data';

export interface ListDefinition {
  param: string;
  stage: ListStage;
  /** What a bare type:table means in this list; undefined where smtpd refuses a bare table. */
  defaultCheck?: string;
}

/** The eight smtpd restriction lists, in the order smtpd evaluates them. */
export const RESTRICTION_LISTS: readonly ListDefinition[] = [
  { param: 'smtpd_client_restrictions', stage: 'client', defaultCheck: 'check_client_access' },
  { param: 'smtpd_helo_restrictions', stage: 'helo', defaultCheck: 'check_helo_access' },
  { param: 'smtpd_sender_restrictions', stage: 'sender', defaultCheck: 'check_sender_access' },
  { param: 'smtpd_relay_restrictions', stage: 'relay', defaultCheck: 'check_recipient_access' },
  { param: 'smtpd_recipient_restrictions', stage: 'recipient', defaultCheck: 'check_recipient_access' },
  { param: 'smtpd_etrn_restrictions', stage: 'etrn', defaultCheck: 'check_etrn_access' },
  { param: 'smtpd_data_restrictions', stage: 'data' },
  { param: 'smtpd_end_of_data_restrictions', stage: 'end_of_data' },
];

/** One word of a list value. */
export interface ListToken {
  text: string;
  /** Where the word is written in main.cf, when it is written there literally. */
  span?: Span;
  /** The entry that holds `span`. */
  entry?: EntryNode;
  /** For words that come out of an expansion: the span of the item in main.cf that produced them. */
  via?: Span;
}

/** The span to report a token at: its own, or the reference that produced it. */
export function tokenSpan(token: ListToken): Span | undefined {
  return token.span ?? token.via;
}

const PLAIN_REFERENCE = /^\$(?:([A-Za-z0-9_]+)|\{([A-Za-z0-9_]+)\}|\(([A-Za-z0-9_]+)\))$/;

/**
 * The words of a parameter's value in effect, after `$` expansion, with their spans.
 * An item that is exactly one `$name` reference is followed into that parameter;
 * other items holding `$` are expanded as a whole and carry the item's span as `via`.
 */
export function listTokens(config: EffectiveConfig, name: string): readonly ListToken[] {
  return tokensOfParam(config, name, 0, undefined, walkOf(config));
}

/** Deeper references than this are expanded as text instead of followed into their entries. */
const MAX_FOLLOW_DEPTH = 30;
/**
 * Most words one list yields. Lists that name each other twice over double at every step
 * (`a = $b $b`, `b = $c $c` ...); like the 1 MiB cap on an expanded value, this keeps them finite.
 */
export const MAX_LIST_TOKENS = 100_000;

/**
 * What one configuration's token walk remembers: each entry's words once worked out (lists refer to the
 * same entries again and again), and the entries being worked out, so that a cycle is cut at once. An
 * entry's words are remembered even when a cycle or the depth limit cut them short: such a
 * configuration cannot be expanded by Postfix anyway, and working them out again for every path
 * would take exponential time.
 */
interface TokenWalk {
  done: Map<EntryNode, readonly ListToken[]>;
  active: Set<EntryNode>;
}
const walks = new WeakMap<EffectiveConfig, TokenWalk>();

function walkOf(config: EffectiveConfig): TokenWalk {
  let walk = walks.get(config);
  if (!walk) walks.set(config, (walk = { done: new Map(), active: new Set() }));
  return walk;
}

function tokensOfParam(config: EffectiveConfig, name: string, depth: number, via: Span | undefined, walk: TokenWalk): readonly ListToken[] {
  const src = config.source(name);
  if (src.origin === 'file' && src.entry && depth < MAX_FOLLOW_DEPTH && !walk.active.has(src.entry)) {
    return entryTokens(config, src.entry, depth, walk);
  }
  const value = config.expand(name).value;
  return splitItems(value).slice(0, MAX_LIST_TOKENS).map((item) => ({ text: item.text, via }));
}

/** The words of one entry's value (the entry need not be the one in effect). */
export function tokensOfEntry(config: EffectiveConfig, entry: EntryNode): readonly ListToken[] {
  return entryTokens(config, entry, 0, walkOf(config));
}

function entryTokens(config: EffectiveConfig, entry: EntryNode, depth: number, walk: TokenWalk): readonly ListToken[] {
  const known = walk.done.get(entry);
  if (known) return known;
  walk.active.add(entry);
  const out: ListToken[] = [];
  for (const item of entryItems(entry)) {
    if (out.length >= MAX_LIST_TOKENS) break;
    if (!item.text.includes('$')) {
      out.push({ text: item.text, span: item.span, entry });
      continue;
    }
    const ref = PLAIN_REFERENCE.exec(item.text);
    if (ref) {
      const refName = ref[1] ?? ref[2] ?? ref[3];
      // Words are followed into the referenced entry when it holds restrictions (a list, or a
      // parameter of the user's own); a built-in such as $myhostname is reported at the reference.
      const follow = !getParameter(refName)?.builtin || RESTRICTION_LISTS.some((l) => l.param === refName);
      for (const t of tokensOfParam(config, refName, depth + 1, item.span, walk)) {
        if (out.length >= MAX_LIST_TOKENS) break;
        out.push(follow && (t.span || t.via) ? t : { text: t.text, via: item.span });
      }
      continue;
    }
    for (const t of splitItems(config.expandText(item.text).value)) {
      if (out.length >= MAX_LIST_TOKENS) break;
      out.push({ text: t.text, via: item.span });
    }
  }
  walk.active.delete(entry);
  walk.done.set(entry, out);
  return out;
}

export type ItemKind =
  /** A built-in restriction smtpd knows in this version. */
  | 'builtin'
  /** A restriction class from smtpd_restriction_classes. */
  | 'class'
  /** A bare type:table: the list's default check_*_access. */
  | 'table'
  /** warn_if_reject: turns the next restriction's reject into a warning. */
  | 'warn'
  /** A word smtpd does not know: it logs a warning and answers 451 4.3.5. */
  | 'unknown';

export interface RestrictionItem {
  token: ListToken;
  kind: ItemKind;
  /** The lowercased name (for builtins); the word as written otherwise. */
  name: string;
  /** Catalog facts for a builtin, and for a name this version no longer accepts. */
  info?: RestrictionInfo;
  /** The word smtpd takes as this restriction's argument. */
  argument?: ListToken;
  /** The argument is missing or not usable: smtpd answers 451 4.3.5 when it reaches the restriction. */
  badArgument?: boolean;
  /** For an unknown word that names a class with other capitalisation: the class name. */
  classCase?: string;
  /** Index of the first token of this item in the list's tokens. */
  index: number;
  /** Preceded by warn_if_reject. */
  warned: boolean;
}

export interface RestrictionList {
  /** The parameter (for a class: the class name, which is also its parameter name). */
  param: string;
  /** The list's stage; undefined for a class, which runs at the stage of the list that calls it. */
  stage?: ListStage;
  defaultCheck?: string;
  isClass: boolean;
  tokens: readonly ListToken[];
  items: RestrictionItem[];
}

export interface ClassDeclaration {
  name: string;
  token: ListToken;
  /** The class parameter has a non-empty value (after expansion), as smtpd requires. */
  defined: boolean;
}

export interface RestrictionAnalysis {
  version: string;
  lists: RestrictionList[];
  /** Class lists by exact name (smtpd's class table is case-sensitive). */
  classes: Map<string, RestrictionList>;
  declarations: ClassDeclaration[];
  /** smtpd_delay_reject in effect: client, HELO and sender lists run at RCPT time. */
  delayReject: boolean;
}

/** Names that 3.9 removed: from then on smtpd answers them like unknown names. */
export function isRemovedIn(info: RestrictionInfo | undefined, version: string): boolean {
  return info?.status === 'removed' && compareVersions(version, '3.9') >= 0;
}

/** Whether a value is a Postfix boolean "yes" (case-insensitive). */
export function isYes(value: string): boolean {
  return value.trim().toLowerCase() === 'yes';
}

const cache = new WeakMap<EffectiveConfig, Map<string, RestrictionAnalysis>>();

/** Reads every restriction list and class in effect. Cached per configuration and version. */
export function analyzeRestrictions(config: EffectiveConfig, version: string): RestrictionAnalysis {
  let byVersion = cache.get(config);
  if (!byVersion) {
    byVersion = new Map();
    cache.set(config, byVersion);
  }
  const cached = byVersion.get(version);
  if (cached) return cached;

  // Class names: split at commas and whitespace only (no braces), like smtpd does.
  const declarations: ClassDeclaration[] = [];
  const classNames = new Set<string>();
  for (const token of listTokens(config, 'smtpd_restriction_classes')) {
    const name = token.text;
    const defined = config.isDefined(name) && (config.expand(name).value.trim() !== '' || config.expand(name).computed);
    declarations.push({ name, token, defined });
    if (defined) classNames.add(name);
  }
  // smtpd predefines this one as a class of two restrictions.
  const builtinClasses = new Set(['reject_sender_login_mismatch']);

  const parse = (param: string, tokens: readonly ListToken[], def?: ListDefinition): RestrictionList => ({
    param,
    stage: def?.stage,
    defaultCheck: def?.defaultCheck,
    isClass: !def,
    tokens,
    items: parseItems(tokens, classNames, builtinClasses, version),
  });

  const lists = RESTRICTION_LISTS.map((def) => parse(def.param, listTokens(config, def.param), def));
  const classes = new Map<string, RestrictionList>();
  for (const name of classNames) {
    if (!classes.has(name)) classes.set(name, parse(name, listTokens(config, name)));
  }
  const analysis: RestrictionAnalysis = {
    version,
    lists,
    classes,
    declarations,
    delayReject: isYes(config.expand('smtpd_delay_reject').value),
  };
  byVersion.set(version, analysis);
  return analysis;
}

/** Walks the words as smtpd's generic_checks() does. */
export function parseItems(
  tokens: readonly ListToken[],
  classNames: ReadonlySet<string>,
  builtinClasses: ReadonlySet<string>,
  version: string,
): RestrictionItem[] {
  const items: RestrictionItem[] = [];
  let warned = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const word = token.text;
    const lower = word.toLowerCase();
    const base = { token, index: i, warned };
    warned = false;
    if (lower === 'warn_if_reject') {
      items.push({ ...base, kind: 'warn', name: lower, info: getRestriction(lower) });
      warned = true;
      continue;
    }
    if (word.includes(':')) {
      items.push({ ...base, kind: 'table', name: word });
      continue;
    }
    const info = getRestriction(lower);
    if (info && !isRemovedIn(info, version)) {
      const item: RestrictionItem = { ...base, kind: 'builtin', name: lower, info };
      if (info.argument) {
        const next = tokens[i + 1];
        if (next) {
          item.argument = next;
          i++;
        }
        if (info.argument === 'table' || info.argument === 'service') item.badArgument = !next || !next.text.includes(':');
        else if (info.argument === 'seconds') item.badArgument = !next || !/^\d+$/.test(next.text);
      }
      items.push(item);
      continue;
    }
    if (classNames.has(word) || builtinClasses.has(word)) {
      items.push({ ...base, kind: 'class', name: word });
      continue;
    }
    const item: RestrictionItem = { ...base, kind: 'unknown', name: word, info };
    const other = [...classNames].find((c) => c.toLowerCase() === lower);
    if (other) item.classCase = other;
    items.push(item);
  }
  return items;
}

/** The stages whose information a restriction in a list at this stage can see. */
export function stagesActingIn(stage: ListStage, delayReject: boolean): ReadonlySet<Stage> {
  const all: Stage[] = ['generic', 'client', 'helo', 'sender', 'recipient', 'etrn'];
  switch (stage) {
    case 'client':
      return new Set(delayReject ? all : ['generic', 'client']);
    case 'helo':
      return new Set(delayReject ? all : ['generic', 'client', 'helo']);
    case 'sender':
      return new Set<Stage>(delayReject ? ['generic', 'client', 'helo', 'sender', 'recipient'] : ['generic', 'client', 'helo', 'sender']);
    case 'etrn':
      return new Set<Stage>(['generic', 'client', 'helo', 'etrn']);
    case 'relay':
    case 'recipient':
    case 'data':
    case 'end_of_data':
      return new Set<Stage>(['generic', 'client', 'helo', 'sender', 'recipient']);
  }
}

/** Restrictions whose presence lets smtpd start (smtpd_check.c rcpt_required). */
export const RELAY_REQUIRED = [
  'reject_unauth_destination',
  'defer_unauth_destination',
  'reject',
  'defer',
  'defer_if_permit',
  'check_relay_domains',
] as const;

/**
 * smtpd's start-up test (has_required): walks the words of a list; warn_if_reject hides
 * the word after it, a top-level `permit` ends the search of that list, a required name
 * (any capitalisation) succeeds, and a class name (exact) is searched recursively.
 */
export function hasRequired(
  tokens: readonly ListToken[],
  classes: ReadonlyMap<string, RestrictionList>,
  depth = 0,
): boolean {
  if (depth > 50) return false;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (lower === 'warn_if_reject' && i + 1 < tokens.length) {
      i++;
      continue;
    }
    if (lower === 'permit') return false;
    if ((RELAY_REQUIRED as readonly string[]).includes(lower)) return true;
    const cls = classes.get(tokens[i].text);
    if (cls && hasRequired(cls.tokens, classes, depth + 1)) return true;
  }
  return false;
}

/** Whether smtpd starts: no undefined class and a working relay check in one of the two lists. */
export function smtpdStarts(analysis: RestrictionAnalysis): boolean {
  if (analysis.declarations.some((d) => !d.defined)) return false;
  const relay = analysis.lists.find((l) => l.stage === 'relay');
  const rcpt = analysis.lists.find((l) => l.stage === 'recipient');
  return (!!rcpt && hasRequired(rcpt.tokens, analysis.classes)) || (!!relay && hasRequired(relay.tokens, analysis.classes));
}

/** Restriction names this version accepts (current and legacy; removed ones only before 3.9). */
export function knownRestrictionNames(version: string): string[] {
  return [...allRestrictions()].filter((r) => !isRemovedIn(r, version)).map((r) => r.name);
}
