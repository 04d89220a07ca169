/** SASL passwords that can cross the network without TLS, on the client side and the server side. */
import { Finding, FixData, MainCfContext, MainCfRule } from '../rule';
import { Span } from '../../parser/lines';
import { EntryNode } from '../../parser/mainCf';
import { isYes } from '../../analysis/restrictionLists';
import { replaceValueEdit } from './relay';

/** An edit that adds `line` as a new line right after an entry. */
export function insertAfterEntryEdit(text: string, entry: EntryNode, line: string): { span: Span; newText: string } {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start: entry.end, end: entry.end }, newText: `${nl}${line}` };
}

function value(context: MainCfContext, name: string): string {
  return context.config.expand(name).value.trim();
}

function fileEntry(context: MainCfContext, name: string): EntryNode | undefined {
  return context.config.source(name).origin === 'file' ? context.config.entry(name) : undefined;
}

/** The TLS level in effect, with the pre-2.3 yes/no parameters standing in when the level is empty. */
function tlsLevel(context: MainCfContext, prefix: 'smtp' | 'smtpd'): string {
  const level = value(context, `${prefix}_tls_security_level`).toLowerCase();
  if (level) return level;
  if (isYes(value(context, `${prefix}_enforce_tls`))) return 'encrypt';
  if (isYes(value(context, `${prefix}_use_tls`))) return 'may';
  return '';
}

function mentions(options: string, word: string): boolean {
  return options.toLowerCase().split(/[\s,]+/).includes(word);
}

/** Whether master.cf overrides one of the names for some service (then main.cf alone does not decide). */
function masterOverrides(context: MainCfContext, names: readonly string[]): boolean {
  return !!context.master?.services.some((s) => s.options.some((o) => names.includes(o.name)));
}

function setFix(context: MainCfContext, name: string, newValue: string, after: EntryNode): FixData {
  const existing = fileEntry(context, name);
  return {
    title: { en: `Set ${name} = ${newValue}`, ja: `${name} = ${newValue} を設定する` },
    edits: [existing ? replaceValueEdit(existing, newValue) : insertAfterEntryEdit(context.doc.text, after, `${name} = ${newValue}`)],
  };
}

export const saslWithoutTls: MainCfRule = {
  id: 'sasl-without-tls',
  severity: 'warning',
  messages: {
    default: {
      en: 'SASL authentication is enabled without TLS being required, so a password can cross the network unencrypted. Require TLS for the connections that carry it.',
      ja: 'TLS を必須にしないまま SASL 認証が有効になっているため、パスワードが暗号化されずにネットワークを流れる可能性があります。パスワードを運ぶ接続では TLS を必須にしてください。',
    },
    client: {
      en: 'smtp_sasl_auth_enable = yes sends a SASL password to the servers this host relays through, but smtp_tls_security_level is "{0}", which does not require TLS, and smtp_sasl_security_options allows plaintext mechanisms: the password can cross the network unencrypted (with "may" an attacker can also remove STARTTLS from the reply). Set smtp_tls_security_level = encrypt (or stronger), or use smtp_tls_wrappermode = yes for a port-465 relay.',
      ja: 'smtp_sasl_auth_enable = yes により、このホストは中継先サーバーに SASL パスワードを送りますが、smtp_tls_security_level が "{0}" で TLS を必須とせず、smtp_sasl_security_options も平文の認証方式を許しています。パスワードが暗号化されずにネットワークを流れる可能性があります ("may" では攻撃者が応答から STARTTLS を取り除くこともできます)。smtp_tls_security_level = encrypt (またはそれ以上) を設定するか、ポート 465 の中継先には smtp_tls_wrappermode = yes を使ってください。',
    },
    server: {
      en: 'smtpd_sasl_auth_enable = yes offers AUTH also on connections without TLS: smtpd_tls_auth_only is not yes, smtpd_tls_security_level is "{0}" (not encrypt), and smtpd_sasl_security_options allows plaintext mechanisms, so clients can send their passwords unencrypted. Set smtpd_tls_auth_only = yes.',
      ja: 'smtpd_sasl_auth_enable = yes により、TLS のない接続でも AUTH が提供されます。smtpd_tls_auth_only が yes ではなく、smtpd_tls_security_level は "{0}" (encrypt ではない) で、smtpd_sasl_security_options も平文の認証方式を許しているため、クライアントがパスワードを暗号化せずに送る可能性があります。smtpd_tls_auth_only = yes を設定してください。',
    },
  },
  check(context) {
    const findings: Finding[] = [];

    const client = fileEntry(context, 'smtp_sasl_auth_enable');
    if (
      client &&
      isYes(client.value.text) &&
      ['', 'none', 'may'].includes(tlsLevel(context, 'smtp')) &&
      !isYes(value(context, 'smtp_tls_wrappermode')) &&
      value(context, 'smtp_tls_policy_maps') === '' &&
      !mentions(value(context, 'smtp_sasl_security_options'), 'noplaintext') &&
      (value(context, 'smtp_sasl_mechanism_filter') === '' || /\b(plain|login)\b/i.test(value(context, 'smtp_sasl_mechanism_filter'))) &&
      !masterOverrides(context, ['smtp_sasl_auth_enable', 'smtp_tls_security_level', 'smtp_tls_wrappermode', 'smtp_tls_policy_maps', 'smtp_sasl_security_options'])
    ) {
      const level = tlsLevel(context, 'smtp');
      findings.push({
        span: { start: client.value.start, end: client.value.end },
        variant: 'client',
        args: [level || '(empty)'],
        fixes: [setFix(context, 'smtp_tls_security_level', 'encrypt', client)],
      });
    }

    const server = fileEntry(context, 'smtpd_sasl_auth_enable');
    if (
      server &&
      isYes(server.value.text) &&
      !isYes(value(context, 'smtpd_tls_auth_only')) &&
      tlsLevel(context, 'smtpd') !== 'encrypt' &&
      !isYes(value(context, 'smtpd_tls_wrappermode')) &&
      !mentions(value(context, 'smtpd_sasl_security_options'), 'noplaintext')
    ) {
      findings.push({
        span: { start: server.value.start, end: server.value.end },
        variant: 'server',
        args: [tlsLevel(context, 'smtpd') || '(empty)'],
        fixes: [setFix(context, 'smtpd_tls_auth_only', 'yes', server)],
      });
    }
    return findings;
  },
};

export const SASL_RULES: readonly MainCfRule[] = [saslWithoutTls];
