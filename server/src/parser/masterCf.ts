/**
 * master.cf as Postfix reads it: logical lines of eight whitespace-separated
 * fields, the eighth being the command and its arguments, among them
 * `-o name=value` and the 3.0+ long form `-o { name = value }`.
 * Every line becomes a node, even one Postfix would refuse.
 */
import { LineNode, LogicalLine, PhysicalLine, Span, readLogicalLines, toDocumentSpan } from './lines';

export interface Field extends Span {
  text: string;
  /** Offset in the logical line's joined text. */
  at: number;
}

export interface MasterOption extends Span {
  /** The `-o` flag itself. */
  flag: Field;
  /** The option text after -o: `name=value`, or the inside of `{ ... }`. */
  raw: Field | undefined;
  name: string;
  nameSpan: Span;
  value: string;
  valueSpan: Span;
  /** Offset of the value in the logical text (for mapping references inside it). */
  valueAt: number;
  /** The `{ name = value }` form. */
  braced: boolean;
  /** `-o name = value` with spaces: postconf accepts it, the daemon refuses it. */
  spaced: boolean;
  /** No `=` in the option. */
  missingEquals: boolean;
  /** `{` without its `}`. */
  unclosed: boolean;
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
  args: Field[];
  options: MasterOption[];
}

export interface MasterCommentNode extends Span {
  kind: 'comment';
  text: string;
  line: PhysicalLine;
}

export interface MasterOrphanNode extends Span {
  kind: 'orphan';
  logical: LogicalLine;
}

export type MasterCfNode = ServiceNode | MasterCommentNode | MasterOrphanNode;

export interface MasterCfDocument {
  text: string;
  nodes: MasterCfNode[];
  services: ServiceNode[];
}

export function parseMasterCf(text: string): MasterCfDocument {
  const nodes: MasterCfNode[] = [];
  for (const node of readLogicalLines(text)) {
    const converted = convert(node);
    if (converted) nodes.push(converted);
  }
  return { text, nodes, services: nodes.filter((n): n is ServiceNode => n.kind === 'service') };
}

function convert(node: LineNode): MasterCfNode | undefined {
  switch (node.kind) {
    case 'blank':
      return undefined;
    case 'comment':
      return { kind: 'comment', start: node.line.start, end: node.line.end, text: node.line.text, line: node.line };
    case 'orphan':
      return { kind: 'orphan', start: node.logical.start, end: node.logical.end, logical: node.logical };
    case 'logical':
      return parseService(node.logical);
  }
}

/** Splits the logical text into fields; a `{ ... }` group (3.0+) is one field. */
function splitFields(logical: LogicalLine): Field[] {
  const t = logical.text;
  const fields: Field[] = [];
  let i = 0;
  while (i < t.length) {
    while (i < t.length && /\s/.test(t[i])) i++;
    if (i >= t.length) break;
    const start = i;
    if (t[i] === '{') {
      let depth = 0;
      while (i < t.length) {
        if (t[i] === '{') depth++;
        else if (t[i] === '}' && --depth === 0) {
          i++;
          break;
        }
        i++;
      }
    } else {
      while (i < t.length && !/\s/.test(t[i])) i++;
    }
    const span = toDocumentSpan(logical, start, i);
    fields.push({ text: t.slice(start, i), at: start, start: span.start, end: span.end });
  }
  return fields;
}

const FIELD_NAMES = ['service', 'type', 'private', 'unprivileged', 'chroot', 'wakeup', 'maxproc', 'command'] as const;

export function parseService(logical: LogicalLine): ServiceNode {
  const fields = splitFields(logical);
  const node: ServiceNode = { kind: 'service', logical, fields, args: [], options: [], start: logical.start, end: logical.end };
  FIELD_NAMES.forEach((name, index) => {
    if (fields[index]) node[name] = fields[index];
  });
  node.args = fields.slice(8);
  for (let i = 0; i < node.args.length; i++) {
    const arg = node.args[i];
    if (arg.text !== '-o') {
      // -oname=value: the option glued to its flag.
      if (arg.text.startsWith('-o') && arg.text.length > 2 && !arg.text.startsWith('-o{')) {
        const raw: Field = { text: arg.text.slice(2), at: arg.at + 2, start: arg.start + 2, end: arg.end };
        node.options.push(readOption(logical, { ...arg, text: '-o', end: arg.start + 2 }, raw, []));
      }
      continue;
    }
    const raw = node.args[i + 1];
    // `-o name = value`: the name, "=" and the value are three fields.
    const rest = node.args.slice(i + 2, i + 4);
    const option = readOption(logical, arg, raw, rest);
    node.options.push(option);
    i += option.spaced ? (option.value ? 3 : 2) : 1;
  }
  return node;
}

function readOption(logical: LogicalLine, flag: Field, raw: Field | undefined, rest: Field[]): MasterOption {
  const base = { flag, raw, braced: false, spaced: false, missingEquals: false, unclosed: false };
  if (!raw) {
    const at = { start: flag.end, end: flag.end };
    return { ...base, name: '', nameSpan: at, value: '', valueSpan: at, valueAt: flag.at + 2, missingEquals: true, start: flag.start, end: flag.end };
  }
  let text = raw.text;
  let offset = raw.at;
  let braced = false;
  let unclosed = false;
  if (text.startsWith('{')) {
    braced = true;
    unclosed = !text.endsWith('}') || text.length < 2;
    const inner = text.slice(1, unclosed ? text.length : -1);
    const lead = inner.length - inner.trimStart().length;
    offset += 1 + lead;
    text = inner.trim();
  }
  const eq = text.indexOf('=');
  if (eq < 0) {
    // `-o name = value`, or `-o name` alone.
    if (!braced && rest[0]?.text.startsWith('=')) {
      const valueField = rest[0].text === '=' ? rest[1] : { ...rest[0], text: rest[0].text.slice(1), at: rest[0].at + 1, start: rest[0].start + 1 };
      const value = valueField?.text ?? '';
      const nameSpan = toDocumentSpan(logical, offset, offset + text.length);
      const valueSpan = valueField ? { start: valueField.start, end: valueField.end } : { start: rest[0].end, end: rest[0].end };
      const spacedEnd = rest[0].text === '=' && valueField ? valueField.end : rest[0].end;
      return {
        ...base,
        name: text,
        nameSpan,
        value,
        valueSpan,
        valueAt: valueField?.at ?? rest[0].at + 1,
        spaced: true,
        start: flag.start,
        end: spacedEnd,
      };
    }
    const nameSpan = toDocumentSpan(logical, offset, offset + text.length);
    return { ...base, braced, unclosed, name: text, nameSpan, value: '', valueSpan: { start: nameSpan.end, end: nameSpan.end }, valueAt: offset + text.length, missingEquals: true, start: flag.start, end: raw.end };
  }
  let nameEnd = eq;
  while (nameEnd > 0 && /\s/.test(text[nameEnd - 1])) nameEnd--;
  let valueStart = eq + 1;
  while (valueStart < text.length && /\s/.test(text[valueStart])) valueStart++;
  const name = text.slice(0, nameEnd);
  const value = text.slice(valueStart);
  return {
    ...base,
    braced,
    unclosed,
    name,
    nameSpan: toDocumentSpan(logical, offset, offset + nameEnd),
    value,
    valueSpan: toDocumentSpan(logical, offset + valueStart, offset + text.length),
    valueAt: offset + valueStart,
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
