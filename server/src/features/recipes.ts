/**
 * Relay recipes: the edits to main.cf for the four things administrators most
 * often need. Each recipe keeps the rest of the file byte for byte, adds nothing
 * that is already there, and gives no edit at all when applied a second time.
 */
import { Localized } from '../i18n/locale';
import { EffectiveConfig } from '../analysis/effectiveConfig';
import { analyzeRestrictions, RELAY_REQUIRED, RestrictionList } from '../analysis/restrictionLists';
import { Span } from '../parser/lines';
import { MainCfDocument, entryItems } from '../parser/mainCf';
import { splitItems } from '../parser/values';
import { parseCidr } from '../parser/addresses';
import { resolveCompatibilityDefault } from '../knowledge/defaults';
import { appendLineEdit, replaceValueEdit } from '../rules/mainCf/relay';

export type RecipeId = 'allowSaslRelay' | 'allowNetwork' | 'relayDomain' | 'smarthost';

export const RECIPES: Record<RecipeId, { title: Localized; needs: readonly string[] }> = {
  allowSaslRelay: { title: { en: 'Allow relaying for authenticated (SASL) clients', ja: '認証済み (SASL) クライアントのリレーを許可する' }, needs: [] },
  allowNetwork: { title: { en: 'Allow relaying for a client network...', ja: 'クライアントネットワークのリレーを許可する...' }, needs: ['network'] },
  relayDomain: { title: { en: 'Relay mail for a domain...', ja: 'ドメインのメールをリレーする...' }, needs: ['domain'] },
  smarthost: { title: { en: 'Send all outgoing mail through an authenticated smarthost...', ja: 'すべての送信メールを認証付きスマートホスト経由にする...' }, needs: ['host'] },
};

export interface RecipeEdit {
  span: Span;
  newText: string;
}

export type RecipeResult = { edits: RecipeEdit[]; notes: Localized[] } | { error: Localized };

export interface RecipeArgs {
  network?: string;
  domain?: string;
  host?: string;
  port?: string;
  saslType?: string;
  saslPath?: string;
}

/** Collects edits against one text; appended lines keep their order. */
class EditPlan {
  readonly edits: RecipeEdit[] = [];
  private appended: string[] = [];

  constructor(
    private readonly doc: MainCfDocument,
    private readonly config: EffectiveConfig,
  ) {}

  /** Sets a parameter unless its value in effect already is that. */
  set(name: string, value: string): void {
    if (this.config.expand(name).value.trim() === value && this.config.source(name).origin !== 'default') return;
    const entry = this.config.entry(name);
    if (entry) {
      if (entry.value.text !== value) this.edits.push(replaceValueEdit(entry, value));
    } else if (this.config.expand(name).value.trim() !== value) {
      this.appended.push(`${name} = ${value}`);
    }
  }

  /** Adds an item to a list parameter at the end (or replaces the default with default + item). */
  addItem(name: string, item: string, valueIfUnset: string): void {
    const entry = this.config.entry(name);
    if (entry) {
      const items = entryItems(entry);
      if (items.some((i) => i.text.toLowerCase() === item.toLowerCase())) return;
      const last = items[items.length - 1];
      if (last) this.edits.push({ span: { start: last.span.end, end: last.span.end }, newText: `, ${item}` });
      else this.edits.push(replaceValueEdit(entry, item));
      return;
    }
    if (splitItems(this.config.expand(name).value).some((i) => i.text.toLowerCase() === item.toLowerCase())) return;
    this.appended.push(`${name} = ${valueIfUnset}`);
  }

  finish(): RecipeEdit[] {
    if (this.appended.length) this.edits.push(appendLineEdit(this.doc.text, this.appended.join(this.doc.text.includes('\r\n') ? '\r\n' : '\n')));
    return this.edits;
  }
}

/** Where the relay check sits: the list that holds it and the index of its first token. */
function relayCheckPosition(list: RestrictionList): number {
  return list.tokens.findIndex((t) => (RELAY_REQUIRED as readonly string[]).includes(t.text.toLowerCase()));
}

/** Puts a permit_* restriction ahead of the relay check in whichever list decides relaying. */
function permitBeforeRelayCheck(plan: EditPlan, config: EffectiveConfig, version: string, restriction: string): Localized | undefined {
  const analysis = analyzeRestrictions(config, version);
  for (const stage of ['relay', 'recipient'] as const) {
    const list = analysis.lists.find((l) => l.stage === stage)!;
    const at = relayCheckPosition(list);
    if (at < 0) continue;
    if (list.tokens.slice(0, at).some((t) => t.text.toLowerCase() === restriction)) return undefined;
    const check = list.tokens[at];
    const origin = config.source(list.param).origin;
    if (check.span && check.entry && origin === 'file') {
      plan.edits.push({ span: { start: check.span.start, end: check.span.start }, newText: `${restriction}, ` });
      return undefined;
    }
    if (origin === 'default') {
      const value = list.tokens.map((t) => t.text);
      value.splice(at, 0, restriction);
      plan.set(list.param, value.join(', '));
      return undefined;
    }
    return {
      en: `${list.param} gets its value from elsewhere ($ references): add ${restriction} ahead of ${check.text} there yourself.`,
      ja: `${list.param} の値は他の場所 ($ 参照) から来ています。${check.text} の前に ${restriction} を自分で追加してください。`,
    };
  }
  return undefined;
}

export function computeRecipe(doc: MainCfDocument, config: EffectiveConfig, version: string, recipe: RecipeId, args: RecipeArgs): RecipeResult {
  const plan = new EditPlan(doc, config);
  const notes: Localized[] = [];
  switch (recipe) {
    case 'allowSaslRelay': {
      plan.set('smtpd_sasl_auth_enable', 'yes');
      if (config.source('smtpd_sasl_type').origin !== 'file' || args.saslType) plan.set('smtpd_sasl_type', args.saslType ?? 'dovecot');
      if (config.source('smtpd_sasl_path').origin !== 'file' || args.saslPath) plan.set('smtpd_sasl_path', args.saslPath ?? 'private/auth');
      // Credentials must not cross the network in clear text.
      plan.set('smtpd_tls_auth_only', 'yes');
      const level = config.expand('smtpd_tls_security_level').value.trim();
      if (level === '' || level === 'none') {
        plan.set('smtpd_tls_security_level', 'may');
        notes.push({
          en: 'STARTTLS needs a certificate: check smtpd_tls_cert_file and smtpd_tls_key_file.',
          ja: 'STARTTLS には証明書が必要です。smtpd_tls_cert_file と smtpd_tls_key_file を確認してください。',
        });
      }
      const note = permitBeforeRelayCheck(plan, config, version, 'permit_sasl_authenticated');
      if (note) notes.push(note);
      notes.push({
        en: 'smtpd_sasl_path = private/auth expects Dovecot\'s auth socket at /var/spool/postfix/private/auth (service auth { unix_listener /var/spool/postfix/private/auth { ... } } in Dovecot).',
        ja: 'smtpd_sasl_path = private/auth は Dovecot の認証ソケットが /var/spool/postfix/private/auth にあることを前提とします (Dovecot 側の service auth の unix_listener 設定)。',
      });
      break;
    }
    case 'allowNetwork': {
      const network = (args.network ?? '').trim();
      const parsed = parseCidr(network);
      if (!network || (parsed.problem && parsed.problem !== 'host-bits') || (!network.startsWith('[') && network.includes(':'))) {
        return { error: { en: `"${network}" is not a network Postfix accepts: write 192.0.2.0/24 or [2001:db8::]/32.`, ja: `"${network}" は Postfix が受け付けるネットワークではありません。192.0.2.0/24 や [2001:db8::]/32 の形で書いてください。` } };
      }
      if (parsed.prefix === 0) {
        return { error: { en: 'A /0 network is the whole internet: that would make an open relay.', ja: '/0 のネットワークはインターネット全体で、オープンリレーになります。' } };
      }
      const item = parsed.problem === 'host-bits' && parsed.corrected ? parsed.corrected : network;
      if (item !== network) notes.push({ en: `Using the network address ${item} (${network} has host bits set).`, ja: `ネットワークアドレス ${item} を使います (${network} にはホスト部のビットが立っています)。` });
      // Setting mynetworks replaces the style-based default: keep this host in it.
      plan.addItem('mynetworks', item, `127.0.0.0/8 [::1]/128 ${item}`);
      const note = permitBeforeRelayCheck(plan, config, version, 'permit_mynetworks');
      if (note) notes.push(note);
      break;
    }
    case 'relayDomain': {
      const domain = (args.domain ?? '').trim().toLowerCase().replace(/\.$/, '');
      if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(domain)) {
        return { error: { en: `"${domain}" is not a domain name.`, ja: `"${domain}" はドメイン名ではありません。` } };
      }
      // Unset, relay_domains is $mydestination below compatibility_level 2: keep that when adding.
      const inherited = resolveCompatibilityDefault(config.source('relay_domains').raw, config.compatibilityLevel).value.trim();
      const unsetValue = inherited ? `${inherited}, ${domain}` : domain;
      plan.addItem('relay_domains', domain, unsetValue);
      notes.push({
        en: 'Set relay_recipient_maps to the valid addresses of the domain, so that mail to unknown users is refused at RCPT TO instead of bouncing later (backscatter).',
        ja: 'relay_recipient_maps にそのドメインの有効なアドレスを設定してください。存在しないユーザー宛てのメールを RCPT TO の時点で拒否でき、後からのバウンス (バックスキャッター) を防げます。',
      });
      break;
    }
    case 'smarthost': {
      const host = (args.host ?? '').trim().replace(/^\[|\]$/g, '');
      const port = (args.port ?? '587').trim();
      if (!/^[A-Za-z0-9.-]+$/.test(host) || !/^\d+$/.test(port)) {
        return { error: { en: 'Give the smarthost as a host name and a port number.', ja: 'スマートホストはホスト名とポート番号で指定してください。' } };
      }
      plan.set('relayhost', `[${host}]:${port}`);
      plan.set('smtp_sasl_auth_enable', 'yes');
      if (!config.entry('smtp_sasl_password_maps')) plan.set('smtp_sasl_password_maps', 'hash:/etc/postfix/sasl_passwd');
      plan.set('smtp_sasl_security_options', 'noanonymous');
      plan.set('smtp_tls_security_level', 'encrypt');
      if (port === '465') plan.set('smtp_tls_wrappermode', 'yes');
      notes.push({
        en: `Put "[${host}]:${port} username:password" in /etc/postfix/sasl_passwd, run "postmap /etc/postfix/sasl_passwd", keep the file readable by root only, then "postfix reload".`,
        ja: `/etc/postfix/sasl_passwd に "[${host}]:${port} username:password" と書き、"postmap /etc/postfix/sasl_passwd" を実行し、ファイルは root のみ読めるようにしてから "postfix reload" してください。`,
      });
      break;
    }
  }
  return { edits: plan.finish(), notes };
}
