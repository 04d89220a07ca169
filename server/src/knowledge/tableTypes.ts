/**
 * The lookup table types Postfix knows (the "type" in "type:name"), as listed in section 6 of
 * shared/reference/postfix-facts.md, with the first version that has each type.
 *
 * `source` says what a table of that type reads:
 *   - 'file':     a text file read whole into memory when a process opens the table
 *   - 'database': a local indexed database file
 *   - 'network':  a server or service asked at lookup time
 *   - 'inline':   the data is written in the table name itself
 *   - 'virtual':  no data of its own: computed, or delegated to other tables or services
 *
 * Which types a given installation supports: `postconf -m`. On Debian, some types come in separate
 * packages that register themselves in /etc/postfix/dynamicmaps.cf.
 */
import { Localized } from '../i18n/locale';

export interface TableTypeDoc {
  summary: Localized;
  /** The source file must be compiled with `postmap` (or `postalias` for aliases) before use. */
  needsPostmap: boolean;
  /** First Postfix version with this type; absent for types older than 2.0. */
  since?: string;
  source: 'file' | 'database' | 'network' | 'inline' | 'virtual';
  notes?: Localized;
  /** Suffixes of the files that postmap writes next to the source file. */
  fileSuffixes?: readonly string[];
  /** The Debian package that adds this type, where it is not in the main postfix package. */
  debianPackage?: string;
}

const POSTMAP_RELOAD: Localized = {
  en: 'After editing the source file run `postmap` on it; a running daemon notices the new database file by itself and restarts, so `postfix reload` is not needed.',
  ja: '元ファイルを編集したら `postmap` を実行します。稼働中のデーモンは新しいデータベースファイルを自分で検出して再起動するため、`postfix reload` は不要です。',
};

const TEXT_READ_ONCE: Localized = {
  en: 'No `postmap` (running it on this type fails): each process reads the whole file into memory when it opens the table and never looks at it again, so run `postfix reload` after a change to make long-running processes see it. `postmap -q key type:file` tests a lookup.',
  ja: '`postmap` は不要です (実行するとエラーになります)。各プロセスはテーブルを開くときにファイル全体をメモリに読み込み、その後は読み直しません。変更後は `postfix reload` で長時間動くプロセスにも反映させます。`postmap -q キー type:ファイル` で検索を試せます。',
};

const NO_PARTIAL_KEYS: Localized = {
  en: 'Postfix does not generate partial keys (parent domains, shorter networks, user@) for this type: the pattern or server sees the full string.',
  ja: 'この型では部分キー (親ドメイン、短いネットワーク、user@ など) は生成されず、パターンやサーバーは完全な文字列を受け取ります。',
};

const CONFIG_FILE: Localized = {
  en: 'The table name is the path of a configuration file in main.cf syntax (server, credentials, query); changes to that file reach running processes only after `postfix reload`. Data changes in the server need no reload.',
  ja: 'テーブル名は main.cf と同じ書式の設定ファイル (サーバー、認証情報、クエリ) のパスです。設定ファイルの変更は `postfix reload` 後に稼働中のプロセスへ反映されます。サーバー側のデータ変更には reload は不要です。',
};

function join(...parts: Localized[]): Localized {
  return { en: parts.map((p) => p.en).join(' '), ja: parts.map((p) => p.ja ?? '').join('') };
}

function debianPkg(pkg: string): Localized {
  return {
    en: `On Debian and Ubuntu this type comes in the separate package ${pkg}.`,
    ja: `Debian と Ubuntu では別パッケージ ${pkg} で提供されます。`,
  };
}

export const tableTypes: Readonly<Record<string, TableTypeDoc>> = {
  btree: {
    summary: {
      en: 'Berkeley DB file in B-tree format, built from a "key value" text file by postmap; the table name is the source file, the database is name.db.',
      ja: 'postmap が「キー 値」形式のテキストファイルから作る B-tree 形式の Berkeley DB ファイルです。テーブル名は元ファイルで、データベースは name.db です。',
    },
    needsPostmap: true,
    source: 'database',
    fileSuffixes: ['.db'],
    notes: join(POSTMAP_RELOAD, {
      en: 'Only available when Postfix is built with Berkeley DB.',
      ja: 'Berkeley DB 対応でビルドされた Postfix でのみ使えます。',
    }),
  },
  cdb: {
    summary: {
      en: 'Constant database (tinycdb) built by postmap; very fast reads, the table name is the source file, the database is name.cdb.',
      ja: 'postmap が作る定数データベース (tinycdb) です。読み出しが非常に高速で、テーブル名は元ファイル、データベースは name.cdb です。',
    },
    needsPostmap: true,
    since: '2.2',
    source: 'database',
    fileSuffixes: ['.cdb'],
    debianPackage: 'postfix-cdb',
    notes: join(
      POSTMAP_RELOAD,
      {
        en: 'No incremental updates: postmap always writes a new file and renames it into place, so a failed rebuild never leaves a broken table.',
        ja: '差分更新はできません。postmap は常に新しいファイルを書いてから置き換えるため、作成に失敗しても壊れたテーブルが残りません。',
      },
      debianPkg('postfix-cdb'),
    ),
  },
  cidr: {
    summary: {
      en: 'Text file of "network/prefix result" lines (IPv4 and IPv6) matched against an IP address; the first matching line wins.',
      ja: '"ネットワーク/プレフィックス長 結果" の行を並べたテキストファイルで (IPv4/IPv6)、IP アドレスと照合し最初に一致した行が採用されます。',
    },
    needsPostmap: false,
    since: '2.2',
    source: 'file',
    notes: join(TEXT_READ_ONCE, NO_PARTIAL_KEYS, {
      en: 'Meant for client address checks (check_client_access, mynetworks, postscreen_access_list).',
      ja: 'クライアントアドレスの検査 (check_client_access、mynetworks、postscreen_access_list) 向けです。',
    }),
  },
  dbm: {
    summary: {
      en: 'Classic UNIX DBM file built by postmap; the database is the pair name.dir and name.pag.',
      ja: 'postmap が作る従来型の UNIX DBM ファイルで、データベースは name.dir と name.pag の組です。',
    },
    needsPostmap: true,
    source: 'database',
    fileSuffixes: ['.dir', '.pag'],
    notes: join(POSTMAP_RELOAD, {
      en: 'Only on systems with DBM support (not in Debian\'s build). Not suitable for TLS session caches: the entries are too large.',
      ja: 'DBM 対応のシステムでのみ使えます (Debian のビルドには含まれません)。エントリが大きすぎるため TLS セッションキャッシュには使えません。',
    }),
  },
  environ: {
    summary: {
      en: 'The process environment: the key is a variable name, the result its value; the table name is ignored.',
      ja: 'プロセスの環境変数です。キーが変数名、結果がその値で、テーブル名は無視されます。',
    },
    needsPostmap: false,
    source: 'virtual',
  },
  fail: {
    summary: {
      en: 'A table whose every lookup fails with an error (not "not found"); the name is only used in log messages.',
      ja: 'すべての検索が (「見つからない」ではなく) エラーで失敗するテーブルです。名前はログメッセージにだけ使われます。',
    },
    needsPostmap: false,
    since: '2.9',
    source: 'virtual',
    notes: {
      en: 'Useful to test how Postfix handles an unavailable table, e.g. fail:test.',
      ja: 'テーブルが使えないときの Postfix の動きを試すのに使います (例: fail:test)。',
    },
  },
  hash: {
    summary: {
      en: 'Berkeley DB file in hash format, built from a "key value" text file by postmap; the table name is the source file, the database is name.db.',
      ja: 'postmap が「キー 値」形式のテキストファイルから作るハッシュ形式の Berkeley DB ファイルです。テーブル名は元ファイルで、データベースは name.db です。',
    },
    needsPostmap: true,
    source: 'database',
    fileSuffixes: ['.db'],
    notes: join(POSTMAP_RELOAD, {
      en: 'Only available when Postfix is built with Berkeley DB. Aliases files are built with `postalias` or `newaliases` instead.',
      ja: 'Berkeley DB 対応でビルドされた Postfix でのみ使えます。aliases ファイルは `postalias` または `newaliases` で作ります。',
    }),
  },
  inline: {
    summary: {
      en: 'Key/value pairs written in the table name itself: inline:{ key1=value1, { key2 = value with spaces } }.',
      ja: 'テーブル名の中に直接書くキーと値の組です: inline:{ key1=value1, { key2 = 空白を含む値 } }。',
    },
    needsPostmap: false,
    since: '3.0',
    source: 'inline',
    notes: {
      en: 'Handy for a few entries without a separate file; it behaves like a small hash: table held in memory.',
      ja: '別ファイルを作らずに数件のエントリを書くのに便利で、メモリ上の小さな hash: テーブルのように振る舞います。',
    },
  },
  internal: {
    summary: {
      en: 'A private in-memory hash table of one process; its contents are lost when the process exits.',
      ja: '1 つのプロセス専用のメモリ上のハッシュ表で、プロセスが終了すると内容は失われます。',
    },
    needsPostmap: false,
    source: 'virtual',
    notes: {
      en: 'Mostly used inside Postfix; rarely useful in main.cf.',
      ja: '主に Postfix の内部で使われ、main.cf で役立つことはまれです。',
    },
  },
  ldap: {
    summary: {
      en: 'LDAP directory client; the table name is a configuration file with the server, search base, filter and result attributes (ldap_table(5)).',
      ja: 'LDAP ディレクトリのクライアントです。テーブル名はサーバー、検索ベース、フィルタ、結果属性を書いた設定ファイルです (ldap_table(5))。',
    },
    needsPostmap: false,
    source: 'network',
    debianPackage: 'postfix-ldap',
    notes: join(CONFIG_FILE, debianPkg('postfix-ldap'), {
      en: 'Read-only. In a chrooted service, reach it through proxy: so the connection is shared and made outside the chroot.',
      ja: '読み出し専用です。chroot されたサービスでは proxy: 経由にすると、接続が共有され chroot の外から行われます。',
    }),
  },
  lmdb: {
    summary: {
      en: 'OpenLDAP LMDB memory-mapped database built by postmap; the table name is the source file, the database is name.lmdb.',
      ja: 'postmap が作る OpenLDAP の LMDB (メモリマップ型データベース) です。テーブル名は元ファイルで、データベースは name.lmdb です。',
    },
    needsPostmap: true,
    since: '2.11',
    source: 'database',
    fileSuffixes: ['.lmdb'],
    debianPackage: 'postfix-lmdb',
    notes: join(
      {
        en: 'After editing the source file run `postmap`; changes need neither a daemon restart nor `postfix reload`. Postfix grows the database as needed (lmdb_map_size sets the initial size).',
        ja: '元ファイルを編集したら `postmap` を実行します。変更にはデーモンの再起動も `postfix reload` も不要です。データベースは必要に応じて Postfix が拡張します (初期サイズは lmdb_map_size)。',
      },
      debianPkg('postfix-lmdb'),
    ),
  },
  memcache: {
    summary: {
      en: 'memcached client; the table name is a configuration file naming the server and key format (memcache_table(5)). Supports lookups and updates.',
      ja: 'memcached のクライアントです。テーブル名はサーバーやキー形式を書いた設定ファイルです (memcache_table(5))。検索と更新の両方ができます。',
    },
    needsPostmap: false,
    since: '2.9',
    source: 'network',
    notes: join(CONFIG_FILE, {
      en: 'Typically used as a shared cache (address_verify_map, postscreen_cache_map), optionally backed by a persistent table.',
      ja: '主に共有キャッシュ (address_verify_map、postscreen_cache_map) として使い、永続テーブルを裏付けにすることもできます。',
    }),
  },
  mongodb: {
    summary: {
      en: 'MongoDB client; the table name is a configuration file with the server URI, collection and query (mongodb_table(5)).',
      ja: 'MongoDB のクライアントです。テーブル名はサーバー URI、コレクション、クエリを書いた設定ファイルです (mongodb_table(5))。',
    },
    needsPostmap: false,
    since: '3.9',
    source: 'network',
    notes: join(CONFIG_FILE, {
      en: 'Only present when Postfix was built with MongoDB support; check `postconf -m`.',
      ja: 'MongoDB 対応でビルドされた Postfix にだけあります。`postconf -m` で確認してください。',
    }),
  },
  mysql: {
    summary: {
      en: 'MySQL / MariaDB client; the table name is a configuration file with hosts, credentials and the SQL query (mysql_table(5)).',
      ja: 'MySQL / MariaDB のクライアントです。テーブル名はホスト、認証情報、SQL クエリを書いた設定ファイルです (mysql_table(5))。',
    },
    needsPostmap: false,
    source: 'network',
    debianPackage: 'postfix-mysql',
    notes: join(CONFIG_FILE, debianPkg('postfix-mysql'), {
      en: 'Read-only. The configuration file holds a password: keep it readable by root and postfix only, and use proxy: to share connections.',
      ja: '読み出し専用です。設定ファイルにはパスワードが含まれるため root と postfix だけが読めるようにし、接続の共有には proxy: を使います。',
    }),
  },
  netinfo: {
    summary: {
      en: 'NeXTSTEP / old macOS NetInfo directory client (read-only).',
      ja: 'NeXTSTEP / 旧 macOS の NetInfo ディレクトリのクライアントです (読み出し専用)。',
    },
    needsPostmap: false,
    source: 'network',
    notes: {
      en: 'Obsolete; only on systems that still have NetInfo.',
      ja: '時代遅れの型で、NetInfo が残っているシステムでのみ使えます。',
    },
  },
  nis: {
    summary: {
      en: 'NIS (YP) map client; the table name is the NIS map name, e.g. nis:mail.aliases (read-only).',
      ja: 'NIS (YP) マップのクライアントです。テーブル名は NIS のマップ名です (例: nis:mail.aliases、読み出し専用)。',
    },
    needsPostmap: false,
    source: 'network',
  },
  nisplus: {
    summary: {
      en: 'NIS+ table client (read-only); the table name is a NIS+ query (nisplus_table(5)).',
      ja: 'NIS+ テーブルのクライアントです (読み出し専用)。テーブル名は NIS+ の問い合わせです (nisplus_table(5))。',
    },
    needsPostmap: false,
    source: 'network',
    notes: {
      en: 'Only on systems with NIS+ support (not in Debian\'s build).',
      ja: 'NIS+ 対応のシステムでのみ使えます (Debian のビルドには含まれません)。',
    },
  },
  pcre: {
    summary: {
      en: 'Text file of Perl-compatible regular expressions ("/pattern/flags result"), tried in order; the first match wins and $1... insert captured text.',
      ja: 'Perl 互換正規表現 ("/パターン/フラグ 結果") を並べたテキストファイルです。上から順に試して最初に一致した行が採用され、$1 などで一致部分を埋め込めます。',
    },
    needsPostmap: false,
    source: 'file',
    debianPackage: 'postfix-pcre',
    notes: join(TEXT_READ_ONCE, NO_PARTIAL_KEYS, debianPkg('postfix-pcre')),
  },
  pgsql: {
    summary: {
      en: 'PostgreSQL client; the table name is a configuration file with hosts, credentials and the SQL query (pgsql_table(5)).',
      ja: 'PostgreSQL のクライアントです。テーブル名はホスト、認証情報、SQL クエリを書いた設定ファイルです (pgsql_table(5))。',
    },
    needsPostmap: false,
    since: '2.1',
    source: 'network',
    debianPackage: 'postfix-pgsql',
    notes: join(CONFIG_FILE, debianPkg('postfix-pgsql'), {
      en: 'Read-only. Keep the configuration file (it holds a password) readable by root and postfix only.',
      ja: '読み出し専用です。設定ファイルにはパスワードが含まれるため root と postfix だけが読めるようにします。',
    }),
  },
  pipemap: {
    summary: {
      en: 'A pipeline of tables: pipemap:{type:name, type:name, ...}. The query goes to the first table, each result becomes the query for the next, and the last one gives the answer.',
      ja: 'テーブルのパイプラインです: pipemap:{type:name, type:name, ...}。問い合わせは最初のテーブルに渡り、各結果が次のテーブルへの問い合わせとなり、最後のテーブルの結果が答えになります。',
    },
    needsPostmap: false,
    since: '3.0',
    source: 'virtual',
    notes: {
      en: 'When any table in the chain finds nothing, the whole pipeline finds nothing. Read-only.',
      ja: '途中のテーブルが 1 つでも何も見つけなければ、パイプライン全体も何も見つけません。読み出し専用です。',
    },
  },
  proxy: {
    summary: {
      en: 'Access to another table through the proxymap(8) service: proxy:type:name. Processes share one open table or connection, and chrooted or unprivileged processes can read tables they could not open themselves.',
      ja: 'proxymap(8) サービスを介して別のテーブルを使います: proxy:type:name。プロセス間で 1 つのテーブルや接続を共有でき、chroot されたプロセスや権限のないプロセスも自分では開けないテーブルを読めます。',
    },
    needsPostmap: false,
    since: '2.0',
    source: 'virtual',
    notes: {
      en: 'proxymap serves only approved tables: proxy:type:name must appear in proxy_read_maps (proxy_write_maps for updates), otherwise it logs "request for unapproved table" and the lookup fails. The default proxy_read_maps already includes the values of most *_maps and smtpd_*_restrictions parameters, so explicit listing is needed for tables named elsewhere (restriction classes, master.cf -o) or after proxy_read_maps was changed.',
      ja: 'proxymap は承認されたテーブルしか扱いません。proxy:type:name が proxy_read_maps (更新する場合は proxy_write_maps) に含まれていないと "request for unapproved table" を記録して検索が失敗します。既定の proxy_read_maps にはほとんどの *_maps と smtpd_*_restrictions パラメータの値が含まれるため、明示が必要なのは他の場所 (制限クラス、master.cf の -o) で使うテーブルか、proxy_read_maps 自体を変更した場合です。',
    },
  },
  randmap: {
    summary: {
      en: 'Returns a random choice from the listed results on every lookup: randmap:{result1, result2, ...}.',
      ja: '検索のたびに列挙した結果から 1 つを無作為に返します: randmap:{結果1, 結果2, ...}。',
    },
    needsPostmap: false,
    since: '3.0',
    source: 'inline',
    notes: {
      en: 'Typical use: spread mail over several transports or relays, e.g. in sender_dependent_default_transport_maps.',
      ja: '典型的な用途は、複数のトランスポートやリレーへの振り分けです (例: sender_dependent_default_transport_maps)。',
    },
  },
  regexp: {
    summary: {
      en: 'Text file of POSIX regular expressions ("/pattern/flags result"), tried in order; the first match wins and $1... insert captured text.',
      ja: 'POSIX 正規表現 ("/パターン/フラグ 結果") を並べたテキストファイルです。上から順に試して最初に一致した行が採用され、$1 などで一致部分を埋め込めます。',
    },
    needsPostmap: false,
    source: 'file',
    notes: join(TEXT_READ_ONCE, NO_PARTIAL_KEYS, {
      en: 'Uses the system regular expression library, so it needs no extra package.',
      ja: 'システムの正規表現ライブラリを使うため、追加パッケージは不要です。',
    }),
  },
  sdbm: {
    summary: {
      en: 'SDBM file built by postmap; the database is the pair name.dir and name.pag.',
      ja: 'postmap が作る SDBM ファイルで、データベースは name.dir と name.pag の組です。',
    },
    needsPostmap: true,
    since: '2.2',
    source: 'database',
    fileSuffixes: ['.dir', '.pag'],
    notes: join(POSTMAP_RELOAD, {
      en: 'Only when Postfix is built with SDBM support (not in Debian\'s build).',
      ja: 'SDBM 対応でビルドされた Postfix でのみ使えます (Debian のビルドには含まれません)。',
    }),
  },
  socketmap: {
    summary: {
      en: 'Client for the Sendmail socketmap protocol: socketmap:inet:host:port:name or socketmap:unix:/path:name, where name is the map name sent with each request.',
      ja: 'Sendmail の socketmap プロトコルのクライアントです: socketmap:inet:host:port:name または socketmap:unix:/path:name。name は各要求で送るマップ名です。',
    },
    needsPostmap: false,
    since: '2.10',
    source: 'network',
    notes: join(NO_PARTIAL_KEYS, {
      en: 'Read-only. Used e.g. by MTA-STS resolvers for smtp_tls_policy_maps.',
      ja: '読み出し専用です。smtp_tls_policy_maps 用の MTA-STS リゾルバなどで使われます。',
    }),
  },
  sqlite: {
    summary: {
      en: 'SQLite database; the table name is a configuration file naming the database file and the SQL query (sqlite_table(5)).',
      ja: 'SQLite データベースです。テーブル名はデータベースファイルと SQL クエリを書いた設定ファイルです (sqlite_table(5))。',
    },
    needsPostmap: false,
    since: '2.8',
    source: 'database',
    debianPackage: 'postfix-sqlite',
    notes: join(CONFIG_FILE, debianPkg('postfix-sqlite'), {
      en: 'Read-only.',
      ja: '読み出し専用です。',
    }),
  },
  static: {
    summary: {
      en: 'Always returns its own name as the result, whatever the key: static:value. Since 3.0 a value with spaces can be written as static:{ text with spaces }.',
      ja: 'キーに関係なく常に自分の名前を結果として返します: static:値。3.0 以降は空白を含む値を static:{ 空白を含む文字列 } と書けます。',
    },
    needsPostmap: false,
    source: 'inline',
    notes: {
      en: 'E.g. transport_maps = static:smtp:[relay.example.com] sends everything to one relay.',
      ja: '例: transport_maps = static:smtp:[relay.example.com] ですべてを 1 つのリレーに送ります。',
    },
  },
  tcp: {
    summary: {
      en: 'Client for a simple line-based lookup server: tcp:host:port; Postfix sends "get key" and reads one reply line (tcp_table(5)).',
      ja: '単純な行単位の検索サーバーのクライアントです: tcp:host:port。Postfix は "get キー" を送り、応答を 1 行読みます (tcp_table(5))。',
    },
    needsPostmap: false,
    source: 'network',
    notes: join(NO_PARTIAL_KEYS, {
      en: 'The protocol has no authentication or encryption; keep the server local or on a trusted network.',
      ja: 'プロトコルに認証も暗号化もないため、サーバーはローカルか信頼できるネットワークに置いてください。',
    }),
  },
  texthash: {
    summary: {
      en: 'A "key value" text file in postmap input format, read directly without building a database; lookups behave like hash:.',
      ja: 'postmap の入力形式 (「キー 値」) のテキストファイルを、データベースを作らずに直接読みます。検索の振る舞いは hash: と同じです。',
    },
    needsPostmap: false,
    since: '2.8',
    source: 'file',
    notes: join(TEXT_READ_ONCE, {
      en: 'Unlike regexp: or cidr:, partial keys (parent domains, user@) are generated as with hash:. The file name is used as is; no suffix is added.',
      ja: 'regexp: や cidr: と違い、hash: と同じく部分キー (親ドメイン、user@ など) も検索されます。ファイル名はそのまま使われ、拡張子は付きません。',
    }),
  },
  unionmap: {
    summary: {
      en: 'Asks all listed tables and joins their results with commas: unionmap:{type:name, type:name, ...}.',
      ja: '列挙したすべてのテーブルに問い合わせ、結果をカンマでつないで返します: unionmap:{type:name, type:name, ...}。',
    },
    needsPostmap: false,
    since: '3.0',
    source: 'virtual',
    notes: {
      en: 'Finds nothing only when no table finds anything. Read-only.',
      ja: 'どのテーブルも何も見つけなかった場合だけ「見つからない」になります。読み出し専用です。',
    },
  },
  unix: {
    summary: {
      en: 'The system user database: unix:passwd.byname looks up a login name and returns a passwd(5) line, unix:group.byname a group name and its group(5) line.',
      ja: 'システムのユーザーデータベースです。unix:passwd.byname はログイン名を検索して passwd(5) の行を、unix:group.byname はグループ名を検索して group(5) の行を返します。',
    },
    needsPostmap: false,
    source: 'virtual',
    notes: {
      en: 'The default local_recipient_maps uses proxy:unix:passwd.byname so that chrooted smtpd processes can see local users.',
      ja: '既定の local_recipient_maps は、chroot された smtpd でもローカルユーザーを参照できるよう proxy:unix:passwd.byname を使います。',
    },
  },
};

/** The types whose source file must be compiled with postmap (postalias for aliases). */
export const postmapTableTypes: readonly string[] = Object.keys(tableTypes).filter((t) => tableTypes[t].needsPostmap);
