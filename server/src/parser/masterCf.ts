/**
 * master.cf as Postfix reads it: logical lines of eight whitespace-separated
 * fields, the eighth being the command and its arguments.
 *
 * Fields are split like postconf's argv_splitq(): whitespace separates them,
 * except inside balanced `{ }` (so `{ name = a b }` is one field). After the
 * command, arguments that start with "-" are daemon options, up to the first
 * argument that does not (or "--"): postconf and the daemons' getopt() stop
 * there, so a `-o name=value` written after, say, pipe(8)'s `argv=...` is a
 * plain argument and no parameter override. Those are kept as `lateOptions`.
 *
 * Every line becomes a node, even one Postfix would refuse. Nothing here throws.
 */
import { CommentNode, LogicalLine, OrphanNode, Span, parseLogicalNodes, spanAt, toDocumentSpan } from './lines';

export interface Field extends Span {
  text: string;
  /** Offset in the logical line's joined text. */
  at: number;
}

export interface MasterOption extends Span {
  /** The `-o` flag itself (for `-oname=value` and `-vo`, the part that stands for it). */
  flag: Field;
  /** The option text after -o: `name=value`, or the whole `{ ... }` field. */
  raw: Field | undefined;
  name: string;
  nameSpan: Span;
  value: string;
  valueSpan: Span;
  /** Offset of the value in the logical text (for mapping references inside it). */
  valueAt: number;
  /** The `{ name = value }` form (3.0+). */
  braced: boolean;
  /** `-o name = value` (or `-o name =value`): postconf passes over it, the daemon refuses it. */
  spaced: boolean;
  /** No `=` in the option (and not the spaced form). */
  missingEquals: boolean;
  /** `-o =value` or `-o { = value }`: nothing before the `=`. */
  missingName: boolean;
  /** `-o` as the last argument, with nothing after it. */
  missingValue: boolean;
  /** `{` without its `}`. */
  unclosed: boolean;
  /** Text after the closing `}` of the braced form (postconf warns, master stops). */
  trailing?: Span;
  /** `-oname=value`: flag and value in one argument. */
  glued: boolean;
  /** `-o{name=value}`: postconf strips the braces, the daemon receives them as part of the name. */
  gluedBrace: boolean;
}

export interface ServiceNode extends Span {
  kind: 'service';
  logical: LogicalLine;
  /** The fields as written; the eighth onwards are the command and its arguments. */
  fields: Field[];
  service?: Field;
  type?: Field;
  private?: Field;
  unprivileged?: Field;
  chroot?: Field;
  wakeup?: Field;
  maxproc?: Field;
  command?: Field;
  /** Every field after the command. */
  args: Field[];
  /** The `-o` options the daemon and postconf see (before the first non-option argument). */
  options: MasterOption[];
  /** Other daemon options among them (`-v`, `-D`, ...). */
  flags: Field[];
  /** The non-option arguments: from the first argument that does not start with "-" (or "--") to the end. */
  arguments: Field[];
  /** `-o ...` written among the non-option arguments: handed to the program as words, not options. */
  lateOptions: MasterOption[];
}

export type MasterCommentNode = CommentNode;
export type MasterOrphanNode = OrphanNode;

export type MasterCfNode = ServiceNode | MasterCommentNode | MasterOrphanNode;

export interface MasterCfDocument {
  text: string;
  nodes: MasterCfNode[];
  services: ServiceNode[];
}

/** The eight columns, in order, by the names postconf -F uses for them. */
export const MASTER_FIELD_NAMES = ['service', 'type', 'private', 'unprivileged', 'chroot', 'wakeup', 'process_limit', 'command'] as const;

export function parseMasterCf(text: string): MasterCfDocument {
  const nodes: MasterCfNode[] = parseLogicalNodes(text, parseService);
  return { text, nodes, services: nodes.filter((n): n is ServiceNode => n.kind === 'service') };
}

const isBlank = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';

/**
 * Splits the logical text into fields as mystrtokq() does: a `{` anywhere in a
 * field opens a group that whitespace does not end; an unmatched `{` runs to the end.
 */
export function splitFields(logical: LogicalLine): Field[] {
  const t = logical.text;
  const fields: Field[] = [];
  let i = 0;
  while (i < t.length) {
    while (i < t.length && isBlank(t[i])) i++;
    if (i >= t.length) break;
    const start = i;
    let level = 0;
    while (i < t.length) {
      const ch = t[i];
      if (ch === '{') level++;
      else if (ch === '}' && level > 0) level--;
      else if (level === 0 && isBlank(ch)) break;
      i++;
    }
    fields.push(makeField(logical, start, i));
  }
  return fields;
}

function makeField(logical: LogicalLine, start: number, end: number): Field {
  const span = toDocumentSpan(logical, start, end);
  return { text: logical.text.slice(start, end), at: start, start: span.start, end: span.end };
}

/** A part of a field, by offsets into its text. */
function subField(logical: LogicalLine, field: Field, from: number, to = field.text.length): Field {
  return makeField(logical, field.at + from, field.at + to);
}

const FIELD_KEYS = ['service', 'type', 'private', 'unprivileged', 'chroot', 'wakeup', 'maxproc', 'command'] as const;

export function parseService(logical: LogicalLine): ServiceNode {
  const fields = splitFields(logical);
  const node: ServiceNode = {
    kind: 'service',
    logical,
    fields,
    args: [],
    options: [],
    flags: [],
    arguments: [],
    lateOptions: [],
    start: logical.start,
    end: logical.end,
  };
  FIELD_KEYS.forEach((key, index) => {
    if (fields[index]) node[key] = fields[index];
  });
  node.args = fields.slice(8);
  const args = node.args;
  let i = 0;
  while (i < args.length) {
    const arg = args[i];
    if (!arg.text.startsWith('-') || arg.text === '--') break;
    // The first "o" after the dash is the option that takes a value: "-vo" is "-v" "-o".
    const o = arg.text.indexOf('o', 1);
    if (o < 0) {
      node.flags.push(arg);
      i++;
      continue;
    }
    if (o > 1) node.flags.push(subField(logical, arg, 0, o));
    const flag: Field = { ...subField(logical, arg, o === 1 ? 0 : o, o + 1), text: '-o' };
    if (o + 1 < arg.text.length) {
      // "-oname=value": the value is glued to the flag.
      const raw = subField(logical, arg, o + 1);
      node.options.push(readOption(logical, flag, raw, [], true));
      i++;
      continue;
    }
    const raw = args[i + 1];
    const option = readOption(logical, flag, raw, args.slice(i + 2, i + 4), false);
    node.options.push(option);
    i += 1 + (raw ? 1 : 0) + (option.spaced ? spacedExtra(args, i + 2) : 0);
  }
  node.arguments = args.slice(i);
  node.lateOptions = lateOptions(logical, node.arguments);
  return node;
}

/** How many fields after the name a spaced option takes: "=" and the value, or "=value". */
function spacedExtra(args: Field[], from: number): number {
  const eq = args[from];
  if (!eq) return 0;
  return eq.text === '=' && args[from + 1] ? 2 : 1;
}

/** `-o name=value` (and its other spellings) among non-option arguments. */
function lateOptions(logical: LogicalLine, args: Field[]): MasterOption[] {
  const out: MasterOption[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.text === '-o' && args[i + 1]) {
      const option = readOption(logical, arg, args[i + 1], args.slice(i + 2, i + 4), false);
      if (option.name && /^[A-Za-z0-9_]+$/.test(option.name) && !option.missingEquals) {
        out.push(option);
        i += 1 + (option.spaced ? spacedExtra(args, i + 2) : 0);
      }
    } else if (/^-o[A-Za-z0-9_]+=/.test(arg.text)) {
      out.push(readOption(logical, { ...subField(logical, arg, 0, 2), text: '-o' }, subField(logical, arg, 2), [], true));
    }
  }
  return out;
}

/** Where the `{` at `open` is closed (the index after the `}`), or -1. */
function matchingBrace(text: string, open: number): number {
  let level = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') level++;
    else if (text[i] === '}' && --level === 0) return i + 1;
  }
  return -1;
}

function readOption(logical: LogicalLine, flag: Field, raw: Field | undefined, rest: Field[], glued: boolean): MasterOption {
  const base = {
    flag,
    raw,
    braced: false,
    spaced: false,
    missingEquals: false,
    missingName: false,
    missingValue: false,
    unclosed: false,
    glued,
    gluedBrace: false,
  };
  if (!raw) {
    const at = { start: flag.end, end: flag.end };
    return { ...base, name: '', nameSpan: at, value: '', valueSpan: at, valueAt: flag.at + flag.end - flag.start, missingValue: true, start: flag.start, end: flag.end };
  }
  let text = raw.text;
  let offset = raw.at;
  let trailing: Span | undefined;
  let braced = false;
  let unclosed = false;
  if (text.startsWith('{')) {
    braced = true;
    const close = matchingBrace(text, 0);
    unclosed = close < 0;
    const innerEnd = unclosed ? text.length : close - 1;
    if (!unclosed && close < text.length) trailing = toDocumentSpan(logical, raw.at + close, raw.at + text.length);
    const inner = text.slice(1, innerEnd);
    const lead = inner.length - inner.trimStart().length;
    offset += 1 + lead;
    text = inner.trim();
  }
  // split_nameval(): the name runs to the first blank or "=", and only blanks may come before the "=".
  const nameLen = /^[^\s=]*/.exec(text)![0].length;
  let eq = nameLen;
  while (eq < text.length && /\s/.test(text[eq])) eq++;
  const name = text.slice(0, nameLen);
  const nameSpan = toDocumentSpan(logical, offset, offset + nameLen);
  const gluedBrace = glued && braced;
  if (text[eq] !== '=') {
    // `-o name = value` or `-o name =value`: the name, "=" and the value are separate fields.
    if (!braced && rest[0]?.text.startsWith('=')) {
      const eqField = rest[0];
      const valueField = eqField.text === '=' ? rest[1] : subField(logical, eqField, 1);
      const value = valueField?.text ?? '';
      const valueSpan = valueField ? { start: valueField.start, end: valueField.end } : { start: eqField.end, end: eqField.end };
      return {
        ...base,
        name,
        nameSpan,
        value,
        valueSpan,
        valueAt: valueField?.at ?? eqField.at + 1,
        spaced: true,
        start: flag.start,
        end: valueField ? valueField.end : eqField.end,
      };
    }
    return {
      ...base,
      braced,
      unclosed,
      trailing,
      gluedBrace,
      name,
      nameSpan,
      value: '',
      valueSpan: { start: nameSpan.end, end: nameSpan.end },
      valueAt: offset + nameLen,
      missingEquals: nameLen > 0,
      missingName: nameLen === 0,
      start: flag.start,
      end: raw.end,
    };
  }
  let valueStart = eq + 1;
  while (valueStart < text.length && /\s/.test(text[valueStart])) valueStart++;
  return {
    ...base,
    braced,
    unclosed,
    trailing,
    gluedBrace,
    name,
    nameSpan,
    value: text.slice(valueStart),
    valueSpan: toDocumentSpan(logical, offset + valueStart, offset + text.length),
    valueAt: offset + valueStart,
    missingName: nameLen === 0,
    start: flag.start,
    end: raw.end,
  };
}

/** Postfix's name for a service entry: `name/type`. */
export function serviceKey(node: ServiceNode): string | undefined {
  return node.service && node.type ? `${node.service.text}/${node.type.text}` : undefined;
}

/** The daemon a service runs: the command field without any path. */
export function serviceCommand(node: ServiceNode): string | undefined {
  const command = node.command?.text;
  return command ? command.slice(command.lastIndexOf('/') + 1) : undefined;
}

/** The text Postfix passes on for a non-option argument: `{ a b }` becomes `a b`. */
export function argumentText(field: Field): string {
  if (!field.text.startsWith('{')) return field.text;
  const close = matchingBrace(field.text, 0);
  return field.text.slice(1, close < 0 ? field.text.length : close - 1).trim();
}

/** The service whose logical line holds the offset (its end included). */
export function serviceAtOffset(doc: MasterCfDocument, offset: number): ServiceNode | undefined {
  return spanAt(doc.services, offset);
}
