/**
 * What kind of table a file is: its format (how Postfix reads it) and its role (what Postfix asks
 * it). Both come first from the main.cf (and master.cf `-o` settings) next to the file: the type in
 * `hash:/etc/postfix/access` gives the format, the parameter or restriction that names it gives the
 * role. Without a reference the file name decides, and for regular expression tables the content.
 */
import type { MainCfModel } from '../../languages/mainCf';
import type { MasterCfDocument } from '../../parser/masterCf';
import { TableFormat } from '../../parser/table';
import { splitItems } from '../../parser/values';
import { lineNumberAt } from '../../parser/lines';
import { getRestriction } from '../../knowledge/restrictions';
import { normalizePath, referencesInItem, uriToPath } from './references';

export type TableRole =
  | 'access'
  | 'postscreen-access'
  | 'transport'
  | 'virtual-alias'
  | 'virtual-mailbox'
  | 'canonical'
  | 'generic'
  | 'relocated'
  | 'sasl-password'
  | 'relayhost'
  | 'bcc'
  | 'recipients'
  | 'sender-login'
  | 'tls-policy'
  | 'checks'
  | 'aliases'
  | 'match-list'
  | 'other';

/** The stage of an smtpd restriction list. */
export type AccessStage = 'client' | 'helo' | 'sender' | 'recipient' | 'etrn' | 'data' | 'end_of_data';

/** The smtpd restriction lists, their stage, and what a bare type:table in them means. */
export const RESTRICTION_LIST_PARAMS: Readonly<Record<string, { stage: AccessStage; bare?: string }>> = {
  smtpd_client_restrictions: { stage: 'client', bare: 'check_client_access' },
  smtpd_helo_restrictions: { stage: 'helo', bare: 'check_helo_access' },
  smtpd_sender_restrictions: { stage: 'sender', bare: 'check_sender_access' },
  smtpd_relay_restrictions: { stage: 'recipient', bare: 'check_recipient_access' },
  smtpd_recipient_restrictions: { stage: 'recipient', bare: 'check_recipient_access' },
  smtpd_etrn_restrictions: { stage: 'etrn', bare: 'check_etrn_access' },
  smtpd_data_restrictions: { stage: 'data' },
  smtpd_end_of_data_restrictions: { stage: 'end_of_data' },
};

/** One place that names the table. */
export interface TableUse {
  file: 'main.cf' | 'master.cf';
  /** One-based line in that file. */
  line: number;
  /** The parameter (for master.cf: the -o name); for a restriction class, the class name. */
  param: string;
  /** The master.cf service, for -o settings. */
  service?: string;
  /** The table type as written, e.g. 'hash' (the inner type of proxy:hash:...). */
  type: string;
  role: TableRole;
  /** For access tables: the restriction that consults it (check_client_access ...). */
  restriction?: string;
  /** For access tables: the list's stage; undefined for a restriction class (it runs where it is called). */
  stage?: AccessStage;
  /** Named bare in a restriction list: the list's default check_*_access. */
  bare?: boolean;
}

export type KnownFrom = 'main.cf' | 'master.cf' | 'name' | 'content' | 'default';

export interface TableKind {
  /** The file's path, when its URI is a file: URI. */
  path?: string;
  format: TableFormat;
  formatFrom: KnownFrom;
  role: TableRole;
  roleFrom: KnownFrom;
  uses: TableUse[];
  /** A main.cf was next to the file (so restriction classes and code parameters are known). */
  haveMainCf: boolean;
}

const FORMAT_OF_TYPE: Readonly<Record<string, TableFormat>> = {
  hash: 'plain',
  btree: 'plain',
  cdb: 'plain',
  dbm: 'plain',
  lmdb: 'plain',
  sdbm: 'plain',
  texthash: 'plain',
  cidr: 'cidr',
  regexp: 'regexp',
  pcre: 'pcre',
};

const ROLE_OF_PARAM: Readonly<Record<string, TableRole>> = {
  postscreen_access_list: 'postscreen-access',
  transport_maps: 'transport',
  sender_dependent_default_transport_maps: 'transport',
  virtual_alias_maps: 'virtual-alias',
  virtual_maps: 'virtual-alias',
  virtual_mailbox_maps: 'virtual-mailbox',
  canonical_maps: 'canonical',
  sender_canonical_maps: 'canonical',
  recipient_canonical_maps: 'canonical',
  smtp_generic_maps: 'generic',
  lmtp_generic_maps: 'generic',
  relocated_maps: 'relocated',
  smtp_sasl_password_maps: 'sasl-password',
  lmtp_sasl_password_maps: 'sasl-password',
  sender_dependent_relayhost_maps: 'relayhost',
  sender_bcc_maps: 'bcc',
  recipient_bcc_maps: 'bcc',
  relay_recipient_maps: 'recipients',
  local_recipient_maps: 'recipients',
  smtpd_sender_login_maps: 'sender-login',
  smtp_tls_policy_maps: 'tls-policy',
  lmtp_tls_policy_maps: 'tls-policy',
  alias_maps: 'aliases',
  alias_database: 'aliases',
};

const MATCH_LISTS = new Set([
  'mynetworks',
  'mydestination',
  'relay_domains',
  'virtual_alias_domains',
  'virtual_mailbox_domains',
  'permit_mx_backup_networks',
  'smtpd_client_event_limit_exceptions',
  'smtpd_client_connection_limit_exceptions',
  'local_header_rewrite_clients',
  'authorized_submit_users',
  'authorized_mailq_users',
  'authorized_flush_users',
  'fast_flush_domains',
  'debug_peer_list',
  'smtpd_log_access_permit_actions',
]);

function roleOfParam(param: string): TableRole {
  const known = ROLE_OF_PARAM[param];
  if (known) return known;
  if (/(^|_)(header|mime_header|nested_header|body)_checks$/.test(param)) return 'checks';
  if (MATCH_LISTS.has(param)) return 'match-list';
  return 'other';
}

/** The restriction class names declared in smtpd_restriction_classes. */
export function restrictionClasses(main: MainCfModel): Set<string> {
  return new Set(splitItems(main.config.expand('smtpd_restriction_classes').value.replace(/[{}]/g, ' ')).map((i) => i.text));
}

/** Whether a restriction consults a table given as its argument (check_*_access). */
function takesTable(word: string): boolean {
  return getRestriction(word.toLowerCase())?.argument === 'table';
}

/** The uses of the table at `path` in one parameter value. */
function usesInValue(
  value: string,
  param: string,
  path: string,
  classes: ReadonlySet<string>,
  where: Omit<TableUse, 'param' | 'type' | 'role'>,
): TableUse[] {
  const list = RESTRICTION_LIST_PARAMS[param];
  const isList = !!list || classes.has(param);
  const items = splitItems(value);
  const out: TableUse[] = [];
  items.forEach((item, index) => {
    for (const ref of referencesInItem(item.text)) {
      if (normalizePath(ref.name) !== path) continue;
      const base = { ...where, param, type: ref.type };
      if (!isList) {
        out.push({ ...base, role: roleOfParam(param) });
        continue;
      }
      const before = index > 0 ? items[index - 1].text : '';
      if (takesTable(before)) out.push({ ...base, role: 'access', restriction: before.toLowerCase(), stage: list?.stage });
      else if (!/^check_policy_service$/i.test(before) && !item.text.startsWith('{')) {
        out.push({ ...base, role: 'access', restriction: list?.bare, stage: list?.stage, bare: true });
      }
    }
  });
  return out;
}

/** Every place in main.cf and master.cf that names the table file at `path`. */
export function findUses(path: string, main?: MainCfModel, master?: MasterCfDocument): TableUse[] {
  const uses: TableUse[] = [];
  const classes = main ? restrictionClasses(main) : new Set<string>();
  if (main) {
    for (const [name, entries] of main.doc.byName) {
      const entry = entries[entries.length - 1];
      // Expand the value as Postfix does, so $config_directory/access finds /etc/postfix/access
      // and a list that refers to another parameter ($my_checks) sees that parameter's tables.
      const value = main.config.expand(name).value;
      if (!value.includes(':')) continue;
      uses.push(...usesInValue(value, name, path, classes, { file: 'main.cf', line: lineNumberAt(main.doc.text, entry.start) }));
    }
  }
  if (master) {
    for (const service of master.services) {
      for (const option of service.options) {
        if (!option.name || !option.value.includes(':')) continue;
        const value = main ? main.config.expandText(option.value).value : option.value;
        uses.push(
          ...usesInValue(value, option.name, path, classes, {
            file: 'master.cf',
            line: lineNumberAt(master.text, option.start),
            service: service.service?.text,
          }),
        );
      }
    }
  }
  return uses;
}

/** The role a file name suggests. */
export function roleOfName(base: string): TableRole | undefined {
  const name = base.replace(/\.(cidr|regexp|pcre|re|regex)$/, '');
  if (/postscreen_access/.test(name)) return 'postscreen-access';
  if (/(^|_)(header|mime_header|nested_header|body)_checks$/.test(name)) return 'checks';
  if (name === 'access' || /_access$/.test(name)) return 'access';
  if (name === 'transport') return 'transport';
  if (name === 'virtual') return 'virtual-alias';
  if (/^(sender_|recipient_)?canonical$/.test(name)) return 'canonical';
  if (/^(smtp_)?generic$/.test(name)) return 'generic';
  if (name === 'relocated') return 'relocated';
  if (name === 'sasl_passwd') return 'sasl-password';
  if (name === 'sender_dependent_relayhost') return 'relayhost';
  if (/^(sender|recipient)_bcc$/.test(name)) return 'bcc';
  if (/^(smtp_)?tls_policy$/.test(name)) return 'tls-policy';
  return undefined;
}

/** The format a file name suggests, if any. */
export function formatOfName(base: string): TableFormat | undefined {
  if (/\.cidr$/.test(base)) return 'cidr';
  if (/\.pcre$/.test(base)) return 'pcre';
  if (/\.(regexp|re|regex)$/.test(base)) return 'regexp';
  return undefined;
}

/** Whether the first rule of the text looks like a regular expression rule. */
export function looksLikeRegexp(text: string): boolean {
  for (const line of text.split(/\r?\n|\r/)) {
    if (/^\s*(#|$)/.test(line) || /^\s/.test(line)) continue;
    return /^(!\s*)*\/|^if\s*!?\s*\//i.test(line);
  }
  return false;
}

/** Decides the format and role of a table file. */
export function detectTableKind(uri: string, text: string, main?: MainCfModel, master?: MasterCfDocument): TableKind {
  const rawPath = uriToPath(uri);
  const path = rawPath ? normalizePath(rawPath) : undefined;
  const base = (path ?? uri).slice((path ?? uri).lastIndexOf('/') + 1);
  const uses = path ? findUses(path, main, master) : [];
  const kind: TableKind = { path, format: 'plain', formatFrom: 'default', role: 'other', roleFrom: 'default', uses, haveMainCf: !!main };
  const typed = uses.find((u) => FORMAT_OF_TYPE[u.type]);
  if (typed) {
    kind.format = FORMAT_OF_TYPE[typed.type];
    kind.formatFrom = typed.file;
  } else {
    const byName = formatOfName(base);
    if (byName) {
      kind.format = byName;
      kind.formatFrom = 'name';
    } else if (looksLikeRegexp(text)) {
      kind.format = 'pcre';
      kind.formatFrom = 'content';
    }
  }
  const used = uses.find((u) => u.role === 'access') ?? uses[0];
  if (used) {
    kind.role = used.role;
    kind.roleFrom = used.file;
  } else {
    const byName = roleOfName(base);
    if (byName) {
      kind.role = byName;
      kind.roleFrom = 'name';
    }
  }
  return kind;
}
