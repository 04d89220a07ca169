/**
 * Hovers for master.cf: every column (what it means, its value here, what "-"
 * stands for), service types, daemon programs, `-o` parameter names (the same
 * catalog hover as main.cf, with the per-service override in front), and `$name`
 * in `-o` values (the entry's own `-o` or the main.cf definition).
 *
 * Text from the document only ever appears inside code spans.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Localized, Locale, pick } from '../../i18n/locale';
import { getParameter } from '../../knowledge/parameters';
import { MainCfModel, parseMainCfModel } from '../../languages/mainCf';
import type { ModeContext } from '../../languages/mode';
import { Span, toDocumentSpan } from '../../parser/lines';
import { Field, MasterCfDocument, MasterOption, ServiceNode, argumentText, serviceAtOffset } from '../../parser/masterCf';
import { findReferences } from '../../parser/values';
import { LanguageSettings } from '../../settings';
import { parseInetService } from '../../rules/masterCf/address';
import { toRange } from '../diagnostics';
import { HoverPart, blocks, hoverContext, prose, touches } from '../hover/common';
import { parameterMarkdown, referenceMarkdown } from '../hover/parameter';
import { inlineCode, truncate } from '../markdown';
import { DAEMON_DOCS, FIELD_DOCS, SERVICE_NAME_DOCS, SERVICE_TYPES, ServiceType, TYPE_DOCS } from './knowledge';

const L = {
  column: { en: 'column {0}', ja: '{0} 列目' },
  here: { en: 'Here', ja: 'この行' },
  dash: { en: '"-" stands for the default: {0}', ja: '"-" は既定値を表します: {0}' },
  yes: { en: 'yes', ja: 'はい' },
  no: { en: 'no', ja: 'いいえ' },
  chrootDefault: {
    en: 'n (y when compatibility_level is below 1)',
    ja: 'n (compatibility_level が 1 未満なら y)',
  },
  chrootAt: { en: '{0} at compatibility_level {1}', ja: 'compatibility_level {1} では {0}' },
  noWakeup: { en: 'no wake-up requests', ja: '起床要求なし' },
  wakeupEvery: { en: 'a wake-up request every {0} seconds', ja: '{0} 秒ごとに起床要求' },
  wakeupUsed: { en: 'a wake-up request every {0} seconds, once the service has been used', ja: 'サービスが一度使われた後、{0} 秒ごとに起床要求' },
  noLimit: { en: 'no limit', ja: '無制限' },
  processes: { en: 'at most {0} processes', ja: '最大 {0} プロセス' },
  defaultLimit: { en: 'default_process_limit, here {0}', ja: 'default_process_limit (ここでは {0})' },
  unknownType: { en: 'Not a service type: master accepts inet, unix, unix-dgram, fifo and pass.', ja: 'サービスの種類ではありません。master が受け付けるのは inet、unix、unix-dgram、fifo、pass です。' },
  unknownCommand: {
    en: 'Not a program of the Postfix distribution: master runs it from daemon_directory, so it must be installed there.',
    ja: 'Postfix 配布物のプログラムではありません。master は daemon_directory から実行するため、そこに置かれている必要があります。',
  },
  listenAll: { en: 'Listens on port {0} of every address in inet_interfaces.', ja: 'inet_interfaces のすべてのアドレスのポート {0} で待ち受けます。' },
  listenOn: { en: 'Listens on {0}, port {1}.', ja: '{0} のポート {1} で待ち受けます。' },
  socket: { en: 'Socket: {0} under the queue directory.', ja: 'ソケット: キューディレクトリ配下の {0}' },
  override: {
    en: 'Set for the service {0} only: {1}. This -o setting wins over main.cf for this service; the facts below are those of main.cf.',
    ja: 'サービス {0} だけの設定: {1}。この -o の設定はこのサービスに限って main.cf より優先されます。以下は main.cf の情報です。',
  },
  perService: {
    en: 'A per-service parameter name: {0} followed by a suffix that delivery agents read for the service of that name.',
    ja: 'サービス別のパラメータ名です: {0} に続く接尾辞を、その名前のサービスの配送エージェントが読みます。',
  },
  userOption: {
    en: 'Not a built-in parameter. As an -o setting it matters only where a value of this service refers to it as {0} (or it names a restriction class).',
    ja: '組み込みのパラメータではありません。-o の設定としては、このサービスの値が {0} として参照する場合 (または制限クラス名である場合) だけ意味を持ちます。',
  },
  localRef: {
    en: 'Set by this service\'s own -o option: {0}.',
    ja: 'このサービス自身の -o で設定されています: {0}。',
  },
  undefinedRef: {
    en: 'Not defined: set neither in this service\'s -o options nor in main.cf, and not built into Postfix. It expands to an empty string.',
    ja: '未定義です。このサービスの -o でも main.cf でも設定されておらず、Postfix 組み込みでもないため、空文字列に展開されます。',
  },
  noMain: { en: '(No main.cf next to this file: the main.cf facts are Postfix\'s defaults.)', ja: '(このファイルの隣に main.cf がないため、main.cf の情報は Postfix の既定値です。)' },
  lateOption: {
    en: 'Not an option: Postfix stops reading options at the first argument that does not start with "-" ({0}), so {1} receives "-o" and {2} as ordinary words.',
    ja: 'オプションではありません。Postfix は "-" で始まらない最初の引数 ({0}) でオプションの読み取りをやめるため、{1} には "-o" と {2} が普通の語として渡ります。',
  },
  verbose: { en: 'Verbose logging for this service (repeat for more).', ja: 'このサービスの詳細ログを有効にします (重ねるとさらに詳細)。' },
  debug: { en: 'Run the daemon under debugger_command.', ja: 'デーモンを debugger_command の下で実行します。' },
  flag: { en: 'A daemon command-line option.', ja: 'デーモンのコマンドラインオプションです。' },
} satisfies Record<string, Localized>;

function say(text: Localized, locale: Locale, ...args: string[]): string {
  return pick(text, locale).replace(/\{(\d+)\}/g, (whole, n: string) => args[Number(n)] ?? whole);
}

export function hoverMasterCf(document: TextDocument, doc: MasterCfDocument, offset: number, context: ModeContext): Hover | null {
  let part: HoverPart | undefined;
  try {
    part = masterCfHoverAt(doc, offset, context.settings, context.around.mainCf());
  } catch {
    // A hover is a convenience: knowledge that does not fit the input must never break the editor.
    part = undefined;
  }
  return part ? { contents: { kind: 'markdown', value: part.markdown }, range: toRange(document, part.span) } : null;
}

/** The hover at a document offset (tests call it directly to prove nothing throws). */
export function masterCfHoverAt(doc: MasterCfDocument, offset: number, settings: LanguageSettings, main: MainCfModel | undefined): HoverPart | undefined {
  const service = serviceAtOffset(doc, offset);
  if (!service) return undefined;
  const locale = settings.locale;
  const model = main ?? parseMainCfModel('');
  const index = service.fields.findIndex((f) => touches(f, offset));
  if (index < 0) return undefined;
  const field = service.fields[index];
  if (index < 8) return { span: field, markdown: columnMarkdown(service, index, model, !!main, locale) };
  return optionHover(service, offset, model, !!main, settings) ?? argumentHover(service, field, locale);
}

function columnMarkdown(service: ServiceNode, index: number, model: MainCfModel, haveMain: boolean, locale: Locale): string {
  const doc = FIELD_DOCS[index];
  const field = service.fields[index];
  const head = `**${pick(doc.title, locale)}** (${say(L.column, locale, String(index + 1))}) — ${inlineCode(field.text)}`;
  const details: Array<string | undefined> = [];
  switch (index) {
    case 0:
      details.push(serviceDetails(service, locale));
      break;
    case 1: {
      const type = field.text as ServiceType;
      details.push(prose(pick((SERVICE_TYPES as readonly string[]).includes(type) ? TYPE_DOCS[type] : L.unknownType, locale)));
      break;
    }
    case 2:
    case 3:
    case 4:
      details.push(flagDetails(field.text, index, model, haveMain, locale));
      break;
    case 5:
      details.push(wakeupDetails(field.text, locale));
      break;
    case 6:
      details.push(limitDetails(field.text, model, locale));
      break;
    case 7: {
      const daemon = Object.prototype.hasOwnProperty.call(DAEMON_DOCS, field.text) ? DAEMON_DOCS[field.text] : undefined;
      details.push(prose(pick(daemon ? daemon.text : L.unknownCommand, locale)));
      break;
    }
  }
  return blocks([head, ...details, prose(pick(doc.text, locale))]);
}

function serviceDetails(service: ServiceNode, locale: Locale): string | undefined {
  const name = service.service!.text;
  const type = service.type?.text;
  const parts: string[] = [];
  if (type === 'inet') {
    const parsed = parseInetService(name);
    if (!('problem' in parsed)) {
      parts.push(parsed.host ? say(L.listenOn, locale, inlineCode(parsed.host), inlineCode(parsed.port)) : say(L.listenAll, locale, inlineCode(parsed.port)));
    }
  } else if (type && type !== 'inet' && (SERVICE_TYPES as readonly string[]).includes(type)) {
    const dir = service.private?.text === 'n' ? 'public' : 'private';
    parts.push(say(L.socket, locale, inlineCode(`${dir}/${name}`)));
  }
  const bare = name.slice(name.lastIndexOf(':') + 1);
  const known = Object.prototype.hasOwnProperty.call(SERVICE_NAME_DOCS, bare) ? SERVICE_NAME_DOCS[bare] : undefined;
  if (known) parts.push(prose(pick(known, locale)));
  return parts.length ? parts.join(' ') : undefined;
}

function flagDetails(value: string, index: number, model: MainCfModel, haveMain: boolean, locale: Locale): string | undefined {
  const yn = (v: string) => (v === 'y' ? pick(L.yes, locale) : pick(L.no, locale));
  if (value === 'y' || value === 'n') return `${pick(L.here, locale)}: ${inlineCode(value)} (${yn(value)})`;
  if (value !== '-') return undefined;
  if (index === 4) {
    const level = model.config.compatibilityLevel;
    const major = parseFloat(level);
    if (haveMain && !Number.isNaN(major)) {
      return say(L.dash, locale, say(L.chrootAt, locale, inlineCode(major < 1 ? 'y' : 'n'), inlineCode(level)));
    }
    return say(L.dash, locale, pick(L.chrootDefault, locale));
  }
  return say(L.dash, locale, inlineCode('y'));
}

function wakeupDetails(value: string, locale: Locale): string | undefined {
  const m = /^(\d+)(\?)?$/.exec(value);
  if (value === '-' || (m && Number(m[1]) === 0)) return `${pick(L.here, locale)}: ${pick(L.noWakeup, locale)}`;
  if (!m) return undefined;
  return `${pick(L.here, locale)}: ${say(m[2] ? L.wakeupUsed : L.wakeupEvery, locale, m[1])}`;
}

function limitDetails(value: string, model: MainCfModel, locale: Locale): string | undefined {
  if (value === '-') return say(L.dash, locale, say(L.defaultLimit, locale, inlineCode(model.config.expand('default_process_limit').value.trim() || '100')));
  if (!/^\d+$/.test(value)) return undefined;
  return `${pick(L.here, locale)}: ${Number(value) === 0 ? pick(L.noLimit, locale) : say(L.processes, locale, value)}`;
}

function optionHover(service: ServiceNode, offset: number, model: MainCfModel, haveMain: boolean, settings: LanguageSettings): HoverPart | undefined {
  const locale = settings.locale;
  const ctx = hoverContext(model, settings);
  const key = `${service.service?.text ?? ''}/${service.type?.text ?? ''}`;
  for (const option of service.options) {
    if (option.name && touches(option.nameSpan, offset)) {
      const head = say(L.override, locale, inlineCode(key), inlineCode(truncate(option.value) || ' '));
      return { span: option.nameSpan, markdown: blocks([head, optionNameMarkdown(option.name, ctx, locale), !haveMain && `*${pick(L.noMain, locale)}*`]) };
    }
    const ref = referenceAt(service, option, offset);
    if (ref) {
      const local = service.options.filter((o) => o.name === ref.name && !o.missingEquals).pop();
      if (local) return { span: ref.span, markdown: blocks([`**${inlineCode('$' + ref.name)}**`, say(L.localRef, locale, inlineCode(`-o ${ref.name}=${truncate(local.value)}`))]) };
      if (!ctx.model.config.isDefined(ref.name)) return { span: ref.span, markdown: blocks([`**${inlineCode('$' + ref.name)}**`, pick(L.undefinedRef, locale)]) };
      return { span: ref.span, markdown: blocks([referenceMarkdown(ref.name, ctx), !haveMain && `*${pick(L.noMain, locale)}*`]) };
    }
  }
  for (const option of service.lateOptions) {
    if (touches({ start: option.start, end: option.end }, offset)) {
      const first = service.arguments[0];
      return {
        span: { start: option.start, end: option.end },
        markdown: say(L.lateOption, locale, inlineCode(first ? argumentText(first) : ''), inlineCode(service.command?.text ?? ''), inlineCode(option.raw?.text ?? '')),
      };
    }
  }
  return undefined;
}

/** The main.cf catalog hover for a known name; for others, what an unknown -o name means. */
function optionNameMarkdown(name: string, ctx: ReturnType<typeof hoverContext>, locale: Locale): string {
  if (getParameter(name)) return parameterMarkdown(name, ctx);
  const suffix = PER_SERVICE_SUFFIX.exec(name);
  if (suffix && suffix[1]) return blocks([`**${inlineCode(name)}**`, say(L.perService, locale, inlineCode(suffix[1]))]);
  if (ctx.model.doc.byName.has(name)) return parameterMarkdown(name, ctx);
  return blocks([`**${inlineCode(name)}**`, say(L.userOption, locale, inlineCode('$' + name))]);
}

const PER_SERVICE_SUFFIX =
  /^(.+?)(_recipient_limit|_extra_recipient_limit|_recipient_refill_limit|_recipient_refill_delay|_delivery_slot_cost|_delivery_slot_loan|_delivery_slot_discount|_minimum_delivery_slots|_initial_destination_concurrency|_destination_concurrency_limit|_destination_recipient_limit|_destination_concurrency_positive_feedback|_destination_concurrency_negative_feedback|_destination_concurrency_failed_cohort_limit|_destination_rate_delay|_transport_rate_delay|_time_limit)$/;

function referenceAt(service: ServiceNode, option: MasterOption, offset: number): { name: string; span: Span } | undefined {
  if (!option.value) return undefined;
  for (const ref of findReferences(option.value)) {
    if (!ref.name) continue;
    const span = toDocumentSpan(service.logical, option.valueAt + ref.start, option.valueAt + ref.end);
    const nameSpan = toDocumentSpan(service.logical, option.valueAt + ref.nameStart, option.valueAt + ref.nameEnd);
    if (offset >= span.start && offset <= nameSpan.end) return { name: ref.name, span };
  }
  return undefined;
}

function argumentHover(service: ServiceNode, field: Field, locale: Locale): HoverPart | undefined {
  if (!service.flags.includes(field) && !service.flags.some((f) => f.start >= field.start && f.end <= field.end)) return undefined;
  const text = field.text === '-v' ? L.verbose : field.text === '-D' ? L.debug : L.flag;
  return { span: field, markdown: blocks([`**${inlineCode(field.text)}**`, pick(text, locale)]) };
}
