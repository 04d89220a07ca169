// Plain-English summaries of Postfix main.cf parameters, part 2 of 3:
// every parameter name that sorts at or after "m" and before "smtpd"
// (plain string comparison), including legacy and template names.
// Written for the project; defaults, types and versions come from data, not from here.

export const summariesPart2: Readonly<Record<string, string>> = {
  mail_name:
    "Name this mail system gives itself: it appears in Received: headers, in bounce messages and, through $mail_name in smtpd_banner, in the SMTP greeting.",
  mail_owner:
    "Unprivileged UNIX account that owns the Postfix queue and runs most Postfix daemons. Use a dedicated account whose user and group IDs are shared with no other account and that owns nothing else on the system.",
  mail_release_date:
    "Release date (YYYYMMDD) of the installed Postfix build. The software supplies this value for information and expansions; it is not something to configure.",
  mail_spool_directory:
    "Directory in which local(8) keeps per-user UNIX mailbox files; a value that ends in '/' switches to maildir-style delivery. Only used when home_mailbox, mailbox_command and mailbox_transport do not take over mailbox delivery.",
  mail_version:
    "Version of the running Postfix (major.minor.patchlevel), provided by the software itself so that it can be expanded elsewhere, e.g. in a banner or milter_macro_v. Not meant to be changed.",
  mailbox_command:
    "External program that local(8) runs to deliver to a user's mailbox instead of writing the mailbox itself (for example an LDA such as procmail or dovecot-lda). It runs with the recipient's user and group privileges, except that mail for root runs as default_privs.",
  mailbox_command_maps:
    "Lookup tables that give local(8) a per-recipient mailbox delivery command, with the same behavior as mailbox_command. A match here wins over the global mailbox_command setting.",
  mailbox_delivery_lock:
    "Locking methods (such as fcntl, flock, dotlock) that local(8) applies to a UNIX-style mailbox before appending mail; 'postconf -l' shows what the system supports. Match the locking used by your mail readers and POP/IMAP server.",
  mailbox_size_limit:
    "Upper size in bytes for any mailbox or file that local(8) writes, including files written by commands it runs; 0 means no limit. A non-zero value below message_size_limit is a fatal configuration error for local(8).",
  mailbox_transport:
    "Hands mailbox delivery for all local(8) recipients to another transport, typically an LMTP service of an IMAP server (e.g. lmtp:unix:private/dovecot-lmtp). Applies whether or not the recipient exists in the UNIX password file; aliases and .forward are still processed first.",
  mailbox_transport_maps:
    "Per-recipient version of mailbox_transport: lookup tables that choose the transport local(8) hands mailbox delivery to. A match takes precedence over mailbox_transport.",
  maillog_file:
    "File that the postlogd(8) service writes Postfix logging to instead of syslog; empty means syslog, and /dev/stdout is for running in the foreground ('postfix start-fg'). Requires the postlog service in master.cf and a path allowed by maillog_file_prefixes.",
  maillog_file_compressor:
    "Program that 'postfix logrotate' runs on the rotated maillog_file, with the rotated file name as its argument (e.g. gzip).",
  maillog_file_permissions:
    "File mode postlogd(8) uses for maillog_file, given in octal (for example 0600 for owner-only or 0644 to let other users read the log).",
  maillog_file_prefixes:
    "Safety list of path prefixes that maillog_file must start with; a maillog_file outside these prefixes is refused, limiting the damage of a typo.",
  maillog_file_rotate_suffix:
    "strftime(3) format of the suffix that 'postfix logrotate' appends to maillog_file when rotating it; the default yields a date-and-time suffix so rotation can run often.",
  mailq_path:
    "Where the Sendmail-compatible mailq(1) command (queue listing) is installed; used by Postfix installation and documentation tools.",
  manpage_directory:
    "Directory where the Postfix manual pages are installed.",
  maps_rbl_domains:
    "Obsolete list of DNS blocklist domains used by the old reject_maps_rbl restriction, which has been removed. Use reject_rbl_client with an explicit domain instead.",
  maps_rbl_reject_code:
    "SMTP reply code smtpd(8) sends when reject_rbl_client or one of the reject_rhsbl_* restrictions blocks a request. Only change it if you understand the SMTP reply code rules.",
  masquerade_classes:
    "Which kinds of addresses address masquerading rewrites: envelope_sender, envelope_recipient, header_sender and/or header_recipient. Only matters when masquerade_domains is set.",
  masquerade_domains:
    "Domains whose subdomain part is stripped from addresses by cleanup(8), so that user@host.example.com becomes user@example.com. A name with a leading '!' exempts that domain and its subdomains.",
  masquerade_exceptions:
    "User names (local parts) whose addresses are left alone by address masquerading even when the domain matches masquerade_domains, e.g. root.",
  master_service_disable:
    "Turns off master(8) listeners without editing master.cf: list service types (inet, unix, fifo, pass) or name/type pairs from master.cf. Handy for multi-instance setups or emergencies.",
  max_idle:
    "Seconds an idle Postfix daemon process waits for a new connection or request before exiting voluntarily. Long-lived services such as the queue manager ignore it.",
  max_use:
    "Number of connections or requests a Postfix daemon process serves before it exits and lets master(8) start a fresh one. Long-lived services such as the queue manager ignore it.",
  maximal_backoff_time:
    "Upper bound on the wait between delivery attempts for a deferred message; retry intervals grow as a message ages in the queue, but never beyond this value.",
  maximal_queue_lifetime:
    "How long a message may stay in the queue while delivery keeps failing with temporary errors; after that it is returned to the sender as undeliverable. 0 means a single delivery attempt.",
  message_drop_headers:
    "Header names that cleanup(8) deletes from incoming mail after header_checks and before Milters run, e.g. Bcc: and Return-Path:.",
  message_reject_characters:
    "Characters that cause cleanup(8) to reject a message when they occur in its content; C-style escapes such as \\0 or \\r may be used.",
  message_size_limit:
    "Largest message, in bytes, that Postfix accepts, counting envelope information as well as content. smtpd(8) announces it via ESMTP SIZE; mailbox_size_limit and virtual_mailbox_limit must not be smaller.",
  message_strip_characters:
    "Characters that cleanup(8) silently removes from message content; C-style escapes such as \\0 may be used.",
  meta_directory:
    "Directory holding non-executable files shared by all Postfix instances, such as postfix-files, dynamicmaps.cf and the multi-instance templates main.cf.proto and master.cf.proto.",
  milter_command_timeout:
    "Time limit for sending one SMTP-event command to a Milter and getting its answer.",
  milter_connect_macros:
    "Macros (Sendmail-style names such as j or {daemon_name}) that Postfix passes to Milters when a connection is reported.",
  milter_connect_timeout:
    "Time limit for opening a connection to a Milter and negotiating protocol options with it.",
  milter_content_timeout:
    "Time limit for sending message header and body content to a Milter and getting its answer.",
  milter_data_macros:
    "Macros that Postfix passes to Milters (protocol version 4 and later) after the DATA command.",
  milter_default_action:
    "What smtpd(8) or cleanup(8) does when a Milter cannot be reached or answers badly, for example accept (act as if it were absent), reject, tempfail or quarantine (accept but hold); newer releases add further choices.",
  milter_end_of_data_macros:
    "Macros that Postfix passes to Milters at the end of the message content.",
  milter_end_of_header_macros:
    "Macros that Postfix passes to Milters after the last message header line.",
  milter_header_checks:
    "header_checks(5)-style tables that inspect headers added or changed by Milters, e.g. to discard or hold such messages (PREPEND is not available here).",
  milter_helo_macros:
    "Macros that Postfix passes to Milters after HELO/EHLO, e.g. TLS session details such as {tls_version} and {cipher}.",
  milter_macro_daemon_name:
    "Value Postfix reports to Milters as the {daemon_name} macro.",
  milter_macro_defaults:
    "name=value pairs giving fallback values for Milter macros that Postfix cannot fill from the current session or message.",
  milter_macro_v:
    "Value Postfix reports to Milters as the {v} macro (the MTA name and version).",
  milter_mail_macros:
    "Macros that Postfix passes to Milters after MAIL FROM, such as the queue ID, sender address and SASL login details.",
  milter_protocol:
    "Milter protocol version (2, 3, 4 or 6) that Postfix offers in the handshake, optionally followed by extensions such as no_header_reply. It should match what the filter or its Milter library expects.",
  milter_rcpt_macros:
    "Macros that Postfix passes to Milters after each RCPT TO, such as the recipient address and the resolved host and mailer.",
  milter_unknown_command_macros:
    "Macros that Postfix passes to Milters (protocol version 3 and later) when a client sends an unknown SMTP command.",
  mime_boundary_length_limit:
    "How many leading characters of a MIME multipart boundary string the MIME parser compares; boundaries that agree in that many characters cannot be told apart.",
  mime_header_checks:
    "header_checks(5)-style tables that cleanup(8) applies to MIME-related headers (Content-*) of the message and of its MIME parts.",
  mime_nesting_limit:
    "Deepest level of nested MIME parts or attached messages that the MIME parser handles; mail that is nested deeper is rejected.",
  minimal_backoff_time:
    "Shortest time the queue manager waits before retrying a deferred message; it also sets how long an unreachable destination is treated as dead. Keep queue_run_delay no larger than this.",
  multi_instance_directories:
    "Configuration directories of the additional Postfix instances that postmulti(1) manages together with the default instance. Set this only in the default instance's main.cf.",
  multi_instance_enable:
    "Whether the multi-instance manager may start, stop or reload this instance; new instances start out disabled. Managed by postmulti(1).",
  multi_instance_group:
    "Optional group name that lets postmulti(1) start, stop or otherwise control related instances together. Managed by postmulti(1).",
  multi_instance_name:
    "Optional name of this Postfix instance, used by postmulti(1); it also serves as the default syslog_name.",
  multi_instance_wrapper:
    "Command (for example postmulti) that postfix(1) invokes to act on all instances when multi_instance_directories is non-empty.",
  multi_recipient_bounce_reject_code:
    "SMTP reply code smtpd(8) sends when reject_multi_recipient_bounce refuses a null-sender message with more than one recipient.",
  mydestination:
    "Domains this machine treats as its own final destination: mail for them goes to local_transport (normally local(8), i.e. /etc/passwd users and aliases) and recipients must pass local_recipient_maps. Recipients here pass reject_unauth_destination. Never list virtual alias or virtual mailbox domains here.",
  mydomain:
    "Internet domain of this host. If unset it is derived from myhostname minus its first label, and it serves as a building block for other defaults such as mydestination and myorigin.",
  myhostname:
    "Fully qualified host name of this mail system, used in the SMTP greeting, HELO/EHLO, Received: headers and as the base for many other defaults. Set it explicitly when the system host name is not a proper FQDN.",
  mynetworks:
    "Client addresses Postfix treats as trusted, chiefly for permit_mynetworks (which normally lets them relay). Accepts CIDR networks, host names, /file and type:table entries. When set, mynetworks_style is ignored; list only hosts you truly trust, since anything here can relay through you.",
  mynetworks_style:
    "How Postfix derives mynetworks when that parameter is not set: host (only this machine's own IP addresses), subnet (the subnets of its interfaces) or class (whole A/B/C classes, rarely wise). Ignored once mynetworks is set; the default depends on compatibility_level.",
  myorigin:
    "Domain appended to bare user names in locally submitted mail, so sender 'joe' becomes joe@$myorigin (also used for unqualified recipients). Usually $myhostname or $mydomain.",
  nested_header_checks:
    "header_checks(5)-style tables that cleanup(8) applies to the non-MIME headers of messages attached to the main message.",
  newaliases_path:
    "Where the Sendmail-compatible newaliases(1) command, which rebuilds the aliases database, is installed.",
  non_bdb_custom_mapping:
    "Optional custom mapping from the Berkeley DB table types hash: and btree: to replacement types, used when the non-Berkeley-DB migration redirects table references (otherwise default_database_type and default_cache_db_type are used).",
  non_bdb_migration_allow_root_prefixes:
    "Trusted directory prefixes that a source file must be under before the migration service (nbdb_reindexd) may run postmap or postalias as root to create its non-Berkeley-DB index.",
  non_bdb_migration_allow_user_prefixes:
    "Trusted directory prefixes that a source file must be under before the migration service (nbdb_reindexd) may run postmap or postalias as an unprivileged owner to create its index.",
  non_bdb_migration_level:
    "State of the migration away from Berkeley DB hash:/btree: tables: disabled, redirecting such references to supported types, or also re-indexing missing files automatically. Normally changed with 'postfix non-bdb' rather than by hand.",
  non_bdb_migration_log_redirect:
    "Whether Postfix logs a note when it redirects a hash: or btree: table reference to its non-Berkeley-DB replacement during the migration.",
  non_bdb_migration_service_name:
    "master.cf service name of the nbdb_reindexd(8) service that builds missing non-Berkeley-DB index files during the migration.",
  non_empty_end_of_header_action:
    "What cleanup(8) does when the message header block ends with a line that is not empty (for example a malformed header line, so that the rest becomes body): fix it quietly as older releases did, add a header that flags the problem, or reject the message.",
  non_fqdn_reject_code:
    "SMTP reply code smtpd(8) sends when reject_non_fqdn_helo_hostname, reject_non_fqdn_sender or reject_non_fqdn_recipient fires.",
  non_smtpd_milters:
    "Milters applied to mail that does not come through smtpd(8): sendmail(1) submissions, qmqpd(8) mail and re-queued mail. For SMTP mail use smtpd_milters.",
  notify_classes:
    "Which problem classes are reported to the postmaster, chosen from resource, software, bounce, 2bounce, delay, policy, protocol and data. Reports can contain sensitive data such as message content.",
  openssl_path:
    "Location of the openssl(1) command that 'postfix tls' uses to create keys and certificates and to compute DANE TLSA digests.",
  owner_request_special:
    "Gives owner-listname aliases their mailing-list meaning in local(8) (errors go to the owner) and keeps owner-listname and listname-request from being split as address extensions when recipient_delimiter is '-'.",
  parent_domain_matches_subdomains:
    "Features (by parameter name) in which a pattern such as example.com also matches its subdomains; features not listed need an explicit .example.com pattern. Meant as backward compatibility; removing a name makes that feature stricter.",
  permit_mx_backup_networks:
    "Limits the permit_mx_backup restriction to destinations whose primary MX hosts are in these networks (mynetworks syntax); empty means no such limit. permit_mx_backup is deprecated: list backup domains in relay_domains instead.",
  pickup_service_name:
    "master.cf service name of pickup(8), which moves locally submitted mail from the maildrop directory into the queue.",
  pipe_delivery_status_filter:
    "Optional table for pipe(8) that can rewrite the status code or text of its delivery results; see default_delivery_status_filter for the format.",
  plaintext_reject_code:
    "SMTP reply code smtpd(8) sends when reject_plaintext_session refuses a session that is not TLS-encrypted.",
  postlog_service_name:
    "master.cf service name of postlogd(8), the service that appends log records to maillog_file.",
  postlogd_watchdog_timeout:
    "How long a postlogd(8) process may spend on one request before its watchdog timer kills it, guarding against hangs.",
  postmulti_control_commands:
    "postfix(1) subcommands that postmulti(1) treats as control commands for running instances; disabled instances are skipped.",
  postmulti_start_commands:
    "postfix(1) subcommands that postmulti(1) treats as start commands; disabled instances are only checked, and a failed start aborts later members of the group.",
  postmulti_stop_commands:
    "postfix(1) subcommands that postmulti(1) treats as stop commands; disabled instances are skipped and the others are handled in reverse order.",
  postscreen_access_list:
    "Permanent allow/deny list that postscreen(8) consults as soon as a client connects: permit_mynetworks and type:table lookups (typically cidr:) returning permit, reject or dunno, searched until the first match. Allowed clients skip all further tests; denied ones get postscreen_denylist_action.",
  postscreen_allowlist_interfaces:
    "Local postscreen(8) addresses on which a client that is not yet allowlisted can earn temporary allowlist status; without that status it never reaches smtpd(8). Typical use: stop bots that target a backup MX address from being allowlisted there.",
  postscreen_bare_newline_action:
    "What postscreen(8) does when a client sends a line ending in a bare LF: ignore (log only), enforce (reject its mail with a 550 reply, but continue the session for logging) or drop (disconnect with a 521 reply).",
  postscreen_bare_newline_enable:
    "Turns on postscreen(8)'s bare-newline test, run after the greeting. Costly: a client that passes must disconnect and reconnect before it can reach a real smtpd(8).",
  postscreen_bare_newline_ttl:
    "How long postscreen(8) remembers that a client passed the bare-newline test, exempting it from that test meanwhile.",
  postscreen_blacklist_action:
    "Legacy name, replaced by postscreen_denylist_action; the old name is still honored as that parameter's default but should be renamed.",
  postscreen_cache_cleanup_interval:
    "Time between cleanup runs that remove expired entries from postscreen_cache_map; 0 disables cleanup. The table type must support delete and sequence operations.",
  postscreen_cache_map:
    "Persistent table in which postscreen(8) records per-client test results; to share one cache among several postscreen instances, use a proxy:btree: table (or memcache).",
  postscreen_cache_retention_time:
    "How long postscreen(8) keeps an expired cache entry before deleting it, so that a returning client is not logged as new and the cache does not fill with one-time clients.",
  postscreen_client_connection_count_limit:
    "How many simultaneous connections a single client address may have open with postscreen(8); the postscreen counterpart of smtpd_client_connection_count_limit. Triage can take seconds, so keep it generous.",
  postscreen_command_count_limit:
    "Maximum number of commands postscreen(8)'s built-in SMTP engine accepts in one session before hanging up.",
  postscreen_command_filter:
    "Optional table that rewrites commands from remote clients before postscreen(8)'s SMTP engine parses them; same format as smtpd_command_filter.",
  postscreen_command_time_limit:
    "Time limit for postscreen(8)'s built-in SMTP engine to receive one complete command line from a client.",
  postscreen_denylist_action:
    "What postscreen(8) does with a client that postscreen_access_list denies: ignore (log only and go on testing), enforce (reject its mail with 550 while continuing the session) or drop (disconnect immediately with 521).",
  postscreen_disable_vrfy_command:
    "Whether postscreen(8)'s built-in SMTP engine refuses VRFY; the postscreen counterpart of disable_vrfy_command.",
  postscreen_discard_ehlo_keyword_address_maps:
    "Tables, keyed by client IP address, listing EHLO keywords that postscreen(8) leaves out of its EHLO reply for that client.",
  postscreen_discard_ehlo_keywords:
    "EHLO keywords (such as pipelining or starttls) that postscreen(8) leaves out of its EHLO reply to every client.",
  postscreen_dnsbl_action:
    "What postscreen(8) does when a client's combined DNSBL score reaches postscreen_dnsbl_threshold: ignore (log only), enforce (reject its mail with 550) or drop (disconnect with 521).",
  postscreen_dnsbl_allowlist_threshold:
    "Negative score at or below which a client, thanks to DNS allowlist (DNSWL) entries in postscreen_dnsbl_sites, skips the other postscreen(8) tests. The feature is off unless a negative value is set.",
  postscreen_dnsbl_max_ttl:
    "Upper limit on how long postscreen(8) trusts a passed DNS reputation check before it must be repeated; a DNS TTL above this is shortened to it.",
  postscreen_dnsbl_min_ttl:
    "Lower limit on how long postscreen(8) trusts a passed DNS reputation check; a DNS TTL below this is raised to it.",
  postscreen_dnsbl_reply_map:
    "Table that maps the real DNSBL domain (for example one containing a private access key) to the name postscreen(8) shows in its reject reply, so the secret is not disclosed.",
  postscreen_dnsbl_sites:
    "DNS blocklist and allowlist zones that postscreen(8) queries (via dnsblog(8)) for each new client, each as domain[=filter][*weight]. Weights add up to the client's score, compared with postscreen_dnsbl_threshold; negative weights mark allowlists.",
  postscreen_dnsbl_threshold:
    "Combined DNSBL score at or above which postscreen(8) treats a client as listed and applies postscreen_dnsbl_action.",
  postscreen_dnsbl_timeout:
    "How long postscreen(8) waits for DNSBL/DNSWL answers for one client; separate from the resolver's own timeouts in dnsblog(8).",
  postscreen_dnsbl_ttl:
    "Legacy name, replaced by postscreen_dnsbl_max_ttl (together with postscreen_dnsbl_min_ttl); the old name only feeds the new parameter's default.",
  postscreen_dnsbl_whitelist_threshold:
    "Legacy name, replaced by postscreen_dnsbl_allowlist_threshold; the old name only feeds the new parameter's default.",
  postscreen_enforce_tls:
    "Legacy switch for mandatory STARTTLS in postscreen(8); use postscreen_tls_security_level = encrypt instead, which overrides it when set.",
  postscreen_expansion_filter:
    "Characters allowed in the values substituted into postscreen_reject_footer; others are replaced. Same idea as smtpd_expansion_filter.",
  postscreen_forbidden_commands:
    "Commands that postscreen(8) regards as non-SMTP (for example HTTP verbs such as CONNECT or GET) for its non-SMTP command test.",
  postscreen_greet_action:
    "What postscreen(8) does when a client talks before its turn during postscreen_greet_wait (pregreet): ignore (log only), enforce (reject its mail with 550) or drop (disconnect with 521).",
  postscreen_greet_banner:
    "Text of the extra '220-' line that postscreen(8) sends ahead of the real greeting to lure bots into talking too early; empty disables that teaser line.",
  postscreen_greet_ttl:
    "How long postscreen(8) remembers that a client passed the pregreet test, exempting it from that test meanwhile.",
  postscreen_greet_wait:
    "How long postscreen(8) waits, before sending the full greeting, for a client to speak out of turn and for DNSBL answers to arrive.",
  postscreen_helo_required:
    "Whether postscreen(8)'s built-in SMTP engine insists on HELO/EHLO before MAIL FROM; the postscreen counterpart of smtpd_helo_required.",
  postscreen_non_smtp_command_action:
    "What postscreen(8) does when a client sends a command from postscreen_forbidden_commands: ignore (log only), enforce (reject its mail with 550) or drop (disconnect with 521).",
  postscreen_non_smtp_command_enable:
    "Turns on postscreen(8)'s test for non-SMTP commands (e.g. a proxy's CONNECT), run after the greeting. Costly: a client that passes must disconnect and reconnect before it can reach a real smtpd(8).",
  postscreen_non_smtp_command_ttl:
    "How long postscreen(8) remembers that a client passed the non-SMTP command test, exempting it from that test meanwhile.",
  postscreen_pipelining_action:
    "What postscreen(8) does when a client sends several commands without waiting for replies where that is not allowed: ignore (log only), enforce (reject its mail with 550) or drop (disconnect with 521).",
  postscreen_pipelining_enable:
    "Turns on postscreen(8)'s improper-pipelining test, run after the greeting. Costly: a client that passes must disconnect and reconnect before it can reach a real smtpd(8).",
  postscreen_pipelining_ttl:
    "How long postscreen(8) remembers that a client passed the pipelining test, exempting it from that test meanwhile.",
  postscreen_post_queue_limit:
    "How many clients that passed the tests may wait for a free smtpd(8) process; when this queue is full, postscreen(8) answers new clients with 421.",
  postscreen_pre_queue_limit:
    "How many not-yet-allowlisted clients may wait for postscreen(8)'s verdict at once; when full, further such clients are told 421.",
  postscreen_reject_footer:
    "Optional text appended to postscreen(8)'s 4XX and 5XX replies, e.g. a contact URL; works like smtpd_reject_footer.",
  postscreen_reject_footer_maps:
    "Tables that choose the footer appended to postscreen(8)'s 4XX and 5XX replies, keyed by the complete reply; works like smtpd_reject_footer_maps.",
  postscreen_tls_security_level:
    "STARTTLS level offered by postscreen(8) (none, may or encrypt), implemented through tlsproxy(8). When set, it overrides the legacy postscreen_use_tls and postscreen_enforce_tls.",
  postscreen_upstream_proxy_protocol:
    "Protocol a load balancer in front of postscreen(8) uses to pass the real client address and port; 'haproxy' is the supported choice, empty means no upstream proxy.",
  postscreen_upstream_proxy_timeout:
    "How long postscreen(8) waits to receive the upstream proxy protocol header before giving up on the connection.",
  postscreen_use_tls:
    "Legacy switch for opportunistic STARTTLS in postscreen(8); use postscreen_tls_security_level = may instead, which overrides it when set.",
  postscreen_watchdog_timeout:
    "How long a postscreen(8) process may take for one client command or cache operation before its watchdog timer kills it, guarding against hangs.",
  postscreen_whitelist_interfaces:
    "Legacy name, replaced by postscreen_allowlist_interfaces; the old name only feeds the new parameter's default.",
  prepend_delivered_header:
    "Delivery contexts (command, file, forward) in which local(8) adds a Delivered-To: header; local(8) uses that header to detect mail loops. Removing 'forward' weakens loop detection.",
  process_id:
    "Read-only value: the process ID of the running Postfix program, filled in at run time. Setting it in main.cf has no effect.",
  process_id_directory:
    "Directory, relative to queue_directory, where Postfix keeps its PID files. Treat it as read-only.",
  process_name:
    "Read-only value: the name of the running Postfix program (e.g. smtpd), filled in at run time. Setting it in main.cf has no effect.",
  propagate_unmatched_extensions:
    "Which address mappings carry an address extension from the looked-up address over to the result (canonical, virtual, alias, forward, include, generic), so user+ext@a mapped to x@b becomes x+ext@b. Enabling it beyond canonical and virtual can break forwarding and lists.",
  proxy_interfaces:
    "Public addresses at which this host receives mail through a proxy or NAT device. Postfix treats them as its own, like inet_interfaces: mail to user@[address] is local, and an MX record pointing at them is recognized as this host, avoiding mail loops.",
  proxy_read_maps:
    "Tables that proxymap(8) is allowed to open for read-only proxy: lookups; a proxy: reference to any other table is refused. Add your own tables here when you use proxy: outside the defaults.",
  proxy_write_maps:
    "Tables that proxymap(8) is allowed to open for read-write proxy: access (caches such as the verify or postscreen databases); entries not starting with proxy: are ignored.",
  proxymap_service_name:
    "master.cf service name of the read-only proxymap lookup service.",
  proxywrite_service_name:
    "master.cf service name of the read-write proxymap lookup service (proxywrite).",
  qmgr_clog_warn_time:
    "Minimum interval between qmgr(8) warnings that a particular destination is clogging the active queue; 0 turns these warnings off.",
  qmgr_daemon_timeout:
    "How long the queue manager may spend on one request before its watchdog timer kills it.",
  qmgr_fudge_factor:
    "Obsolete: used only by the old queue manager oqmgr(8), as the share of delivery resources a large mailing-list message may take on a busy system.",
  qmgr_ipc_timeout:
    "Time limit for the queue manager's exchanges with other Postfix processes over internal channels, used to break out of deadlocks.",
  qmgr_message_active_limit:
    "Maximum number of messages qmgr(8) keeps in the active queue at once.",
  qmgr_message_recipient_limit:
    "Maximum number of recipients qmgr(8) holds in memory, which also bounds its in-memory cache of dead destinations.",
  qmgr_message_recipient_minimum:
    "Minimum number of in-memory recipients every message may have in qmgr(8), overriding the global and per-transport recipient limits when needed.",
  qmqpd_authorized_clients:
    "Client addresses or networks allowed to connect to the qmqpd(8) QMQP server; empty means none. QMQP clients can relay to any destination, so list only trusted hosts.",
  qmqpd_client_port_logging:
    "Whether qmqpd(8) logs the client's TCP port in addition to its name and address.",
  qmqpd_error_delay:
    "Pause before qmqpd(8) sends a negative reply, to slow down confused or abusive clients.",
  qmqpd_timeout:
    "Network read/write time limit for the qmqpd(8) QMQP server; it disconnects when an operation takes longer.",
  queue_directory:
    "Top directory of the Postfix queue, which is also the chroot directory of daemons that run chrooted.",
  queue_file_attribute_count_limit:
    "Maximum number of name=value attributes that cleanup(8) will store in one queue file.",
  queue_minfree:
    "Free space in bytes the queue file system must have for smtpd(8) to accept mail. smtpd(8) already requires 1.5 times message_size_limit, so a useful value is at least that much.",
  queue_run_delay:
    "Interval between qmgr(8) scans of the deferred queue. Keep it no larger than minimal_backoff_time.",
  queue_service_name:
    "master.cf service name of the queue manager qmgr(8).",
  rbl_reply_maps:
    "Tables, keyed by DNS blocklist domain, that supply the reply template used when reject_rbl_* or reject_rhsbl_* rejects a client; without a match default_rbl_reply is used.",
  readme_directory:
    "Where the Postfix README files are installed, or 'no' if they are not.",
  receive_override_options:
    "Per-service switches (usually set with -o in master.cf) that turn off parts of the receive path: no_unknown_recipient_checks, no_address_mappings, no_header_body_checks, no_milters. Typically used around an external content filter.",
  recipient_bcc_maps:
    "Tables keyed by recipient address that add one blind-copy recipient when mail enters Postfix from outside; handled by cleanup(8).",
  recipient_canonical_classes:
    "Which recipient addresses recipient_canonical_maps rewrites: envelope_recipient, header_recipient or both.",
  recipient_canonical_maps:
    "Address mapping tables applied by cleanup(8) to recipient addresses only (envelope and/or headers per recipient_canonical_classes); see canonical(5).",
  recipient_delimiter:
    "Characters that separate a user name from an address extension (e.g. '+' makes user+tag@example.com fall back to user@example.com). Also used for .forward+ext files in local(8). Empty disables extensions.",
  reject_code:
    "SMTP reply code smtpd(8) sends when the plain 'reject' restriction is reached.",
  reject_tempfail_action:
    "What smtpd(8) does when a reject-type restriction cannot decide because of a temporary error: defer_if_permit (keep checking, defer only if the mail would otherwise be accepted) or defer (defer at once).",
  relay_clientcerts:
    "Tables of client certificate or public-key fingerprints for which permit_tls_clientcerts grants access (e.g. relaying) in smtpd(8); the digest algorithm is set by smtpd_tls_fingerprint_digest.",
  relay_destination_concurrency_limit:
    "Not built in: an instance of the transport_destination_concurrency_limit template for the 'relay' service (parallel deliveries per destination). Only meaningful while master.cf defines a service named relay.",
  relay_destination_recipient_limit:
    "Not built in: an instance of the transport_destination_recipient_limit template for the 'relay' service (recipients per delivery). Only meaningful while master.cf defines a service named relay.",
  relay_domains:
    "Domains (plus subdomains, while relay_domains is in parent_domain_matches_subdomains) for which this host accepts mail from any client and forwards it, e.g. as backup MX or gateway. Recipients here pass reject_unauth_destination and go via relay_transport; list valid users in relay_recipient_maps. Default depends on compatibility_level.",
  relay_domains_reject_code:
    "SMTP reply code for reject_unauth_destination when a recipient is not in a domain this host may accept; defer_unauth_destination uses this code minus 100.",
  relay_recipient_maps:
    "Tables listing every valid recipient in relay_domains; when set, smtpd(8) rejects unknown relay recipients at RCPT time (with smtpd_reject_unlisted_recipient = yes). Empty means all addresses there are accepted, which invites backscatter. '@domain' accepts a whole domain.",
  relay_transport:
    "Default transport (optionally transport:nexthop) for mail to relay_domains; 'relay' is an smtp(8) copy in master.cf. transport_maps entries override it, and a nexthop given here overrides relayhost.",
  relayhost:
    "Default next hop for mail to non-local destinations (relay_domains and the default class), e.g. a smarthost: host, host:port, [host] or [host]:port, where brackets skip MX lookup. Overridden by transport_maps, sender_dependent_relayhost_maps and a nexthop in relay_transport/default_transport. Empty = deliver per recipient MX.",
  relocated_maps:
    "Tables of users or domains that have moved, with their new contact information; matching recipients are refused or bounced with a 'user has moved' notice that includes the lookup result (see relocated(5)).",
  relocated_prefix_enable:
    "Whether Postfix puts its standard 'user has moved to' wording in front of the relocated_maps result in the reject or bounce text; with 'no' the table result is shown without that prefix.",
  remote_header_rewrite_domain:
    "Domain appended to incomplete addresses in headers of mail from remote clients (those not matched by local_header_rewrite_clients); when empty, such headers are not rewritten at all.",
  require_home_directory:
    "Whether local(8) requires the recipient's home directory to exist before delivering; useful only when home directories are mounted from elsewhere.",
  requiretls_enable:
    "Turns on support for the ESMTP REQUIRETLS option (RFC 8689): smtpd(8) accepts it, and the SMTP/LMTP clients then deliver such mail only over verified TLS to servers that also announce REQUIRETLS, as governed by smtp_requiretls_policy; otherwise the message is returned.",
  requiretls_esmtp_header:
    "Whether smtpd(8) records that a message arrived with the ESMTP REQUIRETLS option by adding a 'Require-TLS-ESMTP: yes' header, for example when passing it through a before-queue content filter.",
  requiretls_redact_dsn:
    "When returning a delivery status notice for a message sent with REQUIRETLS, leave out the original body (headers only) and do not require REQUIRETLS for the notice. Setting 'no' risks the notice being lost on a return path without REQUIRETLS support.",
  reset_owner_alias:
    "Whether local(8) drops the inherited owner-alias when expanding a child alias that has no owner-alias of its own. Keeping it sends that child alias's local addresses to a new queue file, so one member's temporary error does not cause repeat deliveries to the others; 'yes' restores the older, more fragile behavior.",
  resolve_dequoted_address:
    "Whether the address resolver looks inside a quoted local part for extra @, % or ! routing operators. Turning it off is technically correct but opens user@domain@domain relay tricks via backup MX setups.",
  resolve_null_domain:
    "Whether an address ending in a bare '@' (empty domain) is resolved as the local host instead of being rejected as invalid.",
  resolve_numeric_domain:
    "Whether user@ipaddress is resolved as user@[ipaddress] instead of being rejected as invalid.",
  respectful_logging:
    "Whether log messages use allowlist/denylist wording instead of whitelist/blacklist; the default depends on compatibility_level. Check log-parsing scripts before changing.",
  rewrite_service_name:
    "master.cf service name of trivial-rewrite(8), which rewrites addresses to standard form and resolves them to transport, next hop and recipient.",
  sample_directory:
    "Obsolete: directory for the sample configuration files that older releases installed.",
  send_cyrus_sasl_authzid:
    "Whether the SMTP/LMTP client, when authenticating with Cyrus SASL, also sends an authorization ID (equal to the login name). Sending it was the old behavior and causes login failures with some servers.",
  sender_based_routing:
    "Legacy setting that should not be used; sender-dependent routing is configured with sender_dependent_relayhost_maps (and sender_dependent_default_transport_maps).",
  sender_bcc_maps:
    "Tables keyed by sender address that add one blind-copy recipient when mail enters Postfix from outside; handled by cleanup(8).",
  sender_canonical_classes:
    "Which sender addresses sender_canonical_maps rewrites: envelope_sender, header_sender or both.",
  sender_canonical_maps:
    "Address mapping tables applied by cleanup(8) to sender addresses only (envelope and/or headers per sender_canonical_classes), e.g. to turn login names into public addresses; see canonical(5).",
  sender_dependent_default_transport_maps:
    "Tables, keyed by envelope sender address and then @domain, that override default_transport per sender (e.g. to send some senders' mail through a different outbound service). DUNNO stops the search without overriding.",
  sender_dependent_relayhost_maps:
    "Tables, keyed by envelope sender address and then @domain, that override relayhost per sender, e.g. one smarthost per sending domain. DUNNO stops the search; transport_maps still take precedence.",
  sendmail_fix_line_endings:
    "How the sendmail(1) command converts CRLF line endings in submitted mail to LF: always, strict (only if the first line ends in CRLF) or never.",
  sendmail_path:
    "Where the Sendmail-compatible sendmail(1) submission command is installed.",
  service_name:
    "Read-only: the master.cf service name of the running daemon, set by Postfix at run time; useful to tell apart log lines of services that share one program. Setting it in main.cf has no effect.",
  service_throttle_time:
    "How long master(8) waits before starting a new process for a service whose processes appear to be failing.",
  setgid_group:
    "Group that owns the set-gid Postfix commands (postdrop, postqueue) and the group-writable queue directories; after changing it, run 'postfix set-permissions'. Use a group that nothing else uses.",
  shlib_directory:
    "Where Postfix's shared libraries and database plugins (named with relative paths in dynamicmaps.cf) live; 'no' when Postfix is built without shared libraries.",
  show_user_unknown_table_name:
    "Whether 'User unknown' replies name the table that failed to find the recipient; helpful for troubleshooting, but it reveals internal details.",
  showq_service_name:
    "master.cf service name of showq(8), which produces the queue listings shown by mailq and postqueue -p.",
  smtp_address_preference:
    "Which address family the SMTP client tries first when a destination has IPv6 and IPv4 addresses of equal MX preference: ipv6, ipv4 or any. Has no effect unless inet_protocols enables both families.",
  smtp_address_verify_target:
    "For address verification probes, the SMTP stage whose reply decides whether an address is deliverable: rcpt, or data for servers that refuse recipients only after DATA. Usually set with -o on a dedicated transport used via transport_maps.",
  smtp_always_send_ehlo:
    "Whether the SMTP client always opens with EHLO; when off, it sends EHLO only if the server's greeting mentions ESMTP and uses HELO otherwise.",
  smtp_balance_inet_protocols:
    "When a destination has both IPv4 and IPv6 addresses, interleave the two families so the SMTP client gets to try each before reaching smtp_mx_address_limit; helps when one family is broken.",
  smtp_bind_address:
    "Local IPv4 address that the SMTP client binds to for outgoing connections, e.g. to pick the sending IP on a multi-homed host. Must be an address of this machine.",
  smtp_bind_address6:
    "Local IPv6 address that the SMTP client binds to for outgoing connections, e.g. to pick the sending IP on a multi-homed host. Must be an address of this machine.",
  smtp_bind_address_enforce:
    "Defer delivery, instead of logging a warning and connecting anyway, when the SMTP client cannot use smtp_bind_address or smtp_bind_address6.",
  smtp_body_checks:
    "body_checks(5)-style tables that the SMTP client applies to message body lines while delivering; actions that would change delivery time or destination are unavailable here.",
  smtp_cname_overrides_servername:
    "Whether a server name found via a DNS CNAME is replaced by the CNAME target for logging, SASL password lookup and TLS policy and certificate checks. Deprecated: do not set it.",
  smtp_connect_timeout:
    "Time limit for the SMTP client to complete a TCP connection to a server; 0 leaves it to the operating system.",
  smtp_connection_cache_destinations:
    "Destinations (e.g. your relayhost) for which the SMTP client always keeps the connection open after a delivery and reuses it for the next one, via scache(8).",
  smtp_connection_cache_on_demand:
    "Whether the SMTP client temporarily caches and reuses connections to a destination while that destination has a backlog in the active queue.",
  smtp_connection_cache_time_limit:
    "How long an unused cached SMTP connection stays open waiting for another delivery. Do not raise it much without the remote site's consent.",
  smtp_connection_reuse_count_limit:
    "How many times a cached SMTP connection may be reused before it is closed; a limit of N allows N+1 uses, 0 means no count limit.",
  smtp_connection_reuse_time_limit:
    "How long, counted from when the connection was opened, a cached SMTP connection may still be reused for further deliveries.",
  smtp_data_done_timeout:
    "Time limit for the SMTP client to send the final '.' of a message and receive the server's reply; servers may scan content at this point.",
  smtp_data_init_timeout:
    "Time limit for the SMTP client to send DATA and receive the server's reply.",
  smtp_data_xfer_timeout:
    "How long the SMTP client lets the transfer of message content make no progress before it gives up.",
  smtp_defer_if_no_mx_address_found:
    "Whether to defer mail, instead of returning it as undeliverable, when none of a destination's MX hosts resolves to an IP address.",
  smtp_delivery_status_filter:
    "Optional table for smtp(8) that may replace the status code or text of its delivery results before they are logged or reported; format as in default_delivery_status_filter.",
  smtp_destination_concurrency_limit:
    "Not built in: an instance of the transport_destination_concurrency_limit template for the 'smtp' service (parallel deliveries per destination). Only meaningful while master.cf defines a service named smtp.",
  smtp_destination_recipient_limit:
    "Not built in: an instance of the transport_destination_recipient_limit template for the 'smtp' service (recipients per delivery). Only meaningful while master.cf defines a service named smtp.",
  smtp_discard_ehlo_keyword_address_maps:
    "Tables, keyed by remote server IP address, listing EHLO keywords the SMTP client should pretend that server did not announce (e.g. a broken STARTTLS or PIPELINING).",
  smtp_discard_ehlo_keywords:
    "EHLO keywords that the SMTP client ignores in every server's EHLO reply, as if they had not been announced.",
  smtp_dns_reply_filter:
    "Optional tables matched against each DNS record the SMTP client looks up for delivery (written as 'name ttl class type preference value'); IGNORE drops that record. Delivery is deferred if every record is dropped.",
  smtp_dns_resolver_options:
    "Resolver flags for the SMTP client's DNS lookups: res_defnames and res_dnsrch, which complete short names with domains from resolv.conf. Both can give wrong results.",
  smtp_dns_support_level:
    "How the SMTP client uses DNS: disabled (native host lookups only), enabled, or dnssec (ask for DNSSEC-validated answers, needed for DANE). When empty, the legacy disable_dns_lookups decides.",
  smtp_enforce_tls:
    "Legacy switch for mandatory, verified TLS in the SMTP client. Replaced by smtp_tls_security_level (e.g. encrypt or verify), which overrides it when set.",
  smtp_fallback_relay:
    "Relay hosts the SMTP client tries when a destination cannot be found or its servers cannot be reached, instead of bouncing or deferring. Not used for destinations this host is an MX for, which avoids loops.",
  smtp_generic_maps:
    "Address rewriting tables that the SMTP client applies to outgoing mail (envelope and headers), typically turning internal addresses such as user@host.localdomain into valid Internet addresses; see generic(5).",
  smtp_header_checks:
    "header_checks(5)-style tables that the SMTP client applies to message headers while delivering; actions that would change delivery time or destination are unavailable here.",
  smtp_helo_name:
    "Host name that the SMTP client sends in HELO/EHLO; set it per transport with -o when one host sends from several identities.",
  smtp_helo_timeout:
    "Time limit for the SMTP client to receive the server's greeting and to send HELO/EHLO and receive the reply.",
  smtp_host_lookup:
    "How the SMTP client finds a host's addresses: dns, native (system resolver, e.g. /etc/hosts), or both with dns tried first. Ignored when DNS is disabled via smtp_dns_support_level.",
  smtp_line_length_limit:
    "Longest header or body line, without CRLF, that the SMTP client sends; longer lines are split by inserting CRLF plus a space. 0 disables splitting.",
  smtp_log_tls_feature_status:
    "Whether delivery log lines include a tls= field summarizing the TLS security level and features such as REQUIRETLS, including whether they were relaxed or failed.",
  smtp_mail_timeout:
    "Time limit for the SMTP client to send MAIL FROM and receive the server's reply.",
  smtp_mime_header_checks:
    "mime_header_checks-style tables that the SMTP client applies to MIME headers while delivering; actions that would change delivery time or destination are unavailable here.",
  smtp_min_data_rate:
    "With smtp_per_request_deadline enabled, the minimum content transfer rate in bytes per second: each chunk sent extends the DATA deadline accordingly, up to smtp_data_xfer_timeout.",
  smtp_mx_address_limit:
    "Maximum number of IP addresses the SMTP client collects from a destination's MX lookup; 0 means no limit.",
  smtp_mx_session_limit:
    "Maximum number of SMTP sessions the SMTP client tries per delivery before giving up or switching to smtp_fallback_relay; sessions that fail before EHLO/TLS completes are not counted. 0 means no limit.",
  smtp_nested_header_checks:
    "nested_header_checks-style tables that the SMTP client applies to headers of attached messages while delivering; actions that would change delivery time or destination are unavailable here.",
  smtp_never_send_ehlo:
    "Whether the SMTP client always uses HELO and never EHLO, i.e. never uses ESMTP extensions.",
  smtp_per_record_deadline:
    "Legacy name, replaced by smtp_per_request_deadline; the old name only feeds the new parameter's default, and newer releases warn about it.",
  smtp_per_request_deadline:
    "Turns the smtp_*_timeout limits from per read/write limits into a deadline for sending a whole request and receiving the whole reply, which defeats servers that trickle data. See smtp_min_data_rate for message content.",
  smtp_pix_workaround_delay_time:
    "How long the SMTP client pauses before sending the final '.' when the delay_dotcrlf workaround for Cisco PIX firewalls is active.",
  smtp_pix_workaround_maps:
    "Tables, keyed by remote server IP address, that choose Cisco PIX workarounds per server, overriding smtp_pix_workarounds.",
  smtp_pix_workaround_threshold_time:
    "How long a message must have been queued before the SMTP client applies the PIX delay_dotcrlf workaround for servers behind a PIX firewall with 'smtp fixup'.",
  smtp_pix_workarounds:
    "Workarounds the SMTP client applies when it detects a Cisco PIX firewall: disable_esmtp (use HELO, no extensions) and delay_dotcrlf (pause before the final '.').",
  smtp_quit_timeout:
    "Time limit for the SMTP client to send QUIT and receive the server's reply.",
  smtp_quote_rfc821_envelope:
    "Whether the SMTP client quotes addresses in MAIL FROM and RCPT TO as RFC 5321 requires, e.g. a local part that ends in a dot.",
  smtp_randomize_addresses:
    "Whether the SMTP client shuffles MX host addresses of equal preference to spread load across them.",
  smtp_rcpt_timeout:
    "Time limit for the SMTP client to send one RCPT TO and receive the server's reply.",
  smtp_reply_filter:
    "Last-resort table that rewrites each reply line from remote SMTP servers before the SMTP client interprets it, to work around broken servers or for testing.",
  smtp_requiretls_policy:
    "How the SMTP client enforces REQUIRETLS for messages that requested it: a list of actions (enforce, opportunistic+starttls, opportunistic, disable) and type:table lookups keyed by next-hop domain. Only matters with requiretls_enable.",
  smtp_rset_timeout:
    "Time limit for the SMTP client to send RSET and receive the reply; RSET ends address-verification probes and tests whether a cached connection still works.",
  smtp_sasl_auth_cache_name:
    "Optional table (must be proxy:, e.g. proxy:btree: under data_directory) where the SMTP client remembers server/username/password combinations that failed with 535, so it stops retrying them until the password changes or the entry expires.",
  smtp_sasl_auth_cache_time:
    "How long an entry in smtp_sasl_auth_cache_name is kept before it is removed.",
  smtp_sasl_auth_enable:
    "Turns on SASL authentication in the SMTP client, e.g. to log in to a relayhost or submission server. Credentials come from smtp_sasl_password_maps; without a matching entry, no login is attempted.",
  smtp_sasl_auth_soft_bounce:
    "Whether a 535 authentication rejection from the remote server makes the SMTP client defer mail (try again later) instead of returning it to the sender.",
  smtp_sasl_mechanism_filter:
    "Restricts which of the server's offered SASL mechanisms the SMTP client may use (e.g. plain, login); empty means any mechanism both sides support.",
  smtp_sasl_password_maps:
    "Credentials for SMTP client SASL login, one username:password per key. Keys tried: the sender address (only with smtp_sender_dependent_authentication), the remote host name, then the next-hop destination as written, e.g. [smtp.example.com]:587. Read before chroot, so the file can stay in /etc/postfix.",
  smtp_sasl_password_result_delimiter:
    "Character that separates the username from the password in smtp_sasl_password_maps lookup results.",
  smtp_sasl_path:
    "Plug-in-specific setting passed to the SASL client implementation chosen with smtp_sasl_type, typically a configuration name or socket path.",
  smtp_sasl_security_options:
    "SASL mechanism restrictions for the SMTP client on connections without TLS, e.g. noplaintext, noanonymous. With noplaintext, PLAIN and LOGIN are refused; the TLS case is set separately in smtp_sasl_tls_security_options.",
  smtp_sasl_tls_security_options:
    "SASL mechanism restrictions for the SMTP client on TLS-encrypted connections. It inherits smtp_sasl_security_options, so to allow PLAIN/LOGIN only over TLS, set it to e.g. noanonymous.",
  smtp_sasl_tls_verified_security_options:
    "SASL mechanism restrictions for the SMTP client on TLS connections whose server certificate was verified, e.g. to allow plaintext passwords only to a verified server.",
  smtp_sasl_type:
    "SASL implementation the SMTP client uses for authentication; 'postconf -A' lists the client types available (normally only cyrus).",
  smtp_send_dummy_mail_auth:
    "Whether the SMTP client adds AUTH=<> to MAIL FROM in SASL-authenticated sessions. Some broken servers choke on it, so enable it only when needed.",
  smtp_send_xforward_command:
    "Whether the SMTP client passes the original client's name, address, protocol and HELO name with XFORWARD when the server supports it; used when feeding a content filter so logs show the real client.",
  smtp_sender_dependent_authentication:
    "Look up smtp_sasl_password_maps by envelope sender first, so different senders can log in with different credentials. Works only with SASL authentication enabled, and turns off SMTP connection caching so that each sender's mail uses the right login.",
  smtp_skip_4xx_greeting:
    "Obsolete setting that current Postfix no longer reads (not a built-in name); it used to choose whether the SMTP client skips servers whose greeting is a 4XX code, which is now always done.",
  smtp_skip_5xx_greeting:
    "Whether the SMTP client moves on to the next server when one greets with a 5XX code, instead of bouncing the mail.",
  smtp_skip_quit_response:
    "Whether the SMTP client closes the connection after QUIT without waiting for the server's reply.",
  smtp_starttls_timeout:
    "Time limit for the SMTP client's reads and writes during the TLS handshake and TLS shutdown.",
  smtp_tcp_port:
    "TCP port the SMTP client connects to when a destination does not name one; a service name from services(5) or a number.",
  smtp_tls_CAfile:
    "PEM file of trusted CA certificates that the SMTP client uses to verify server certificates; loaded before entering the chroot jail.",
  smtp_tls_CApath:
    "Directory of PEM CA certificates (with OpenSSL hash links) that the SMTP client uses to verify server certificates; it must be reachable inside the chroot jail if smtp(8) runs chrooted.",
  smtp_tls_block_early_mail_reply:
    "Makes the SMTP client fail the delivery when the server sends replies before their commands, a sign of the CVE-2009-3555 TLS renegotiation attack that injects commands into the session.",
  smtp_tls_cert_file:
    "PEM file with the SMTP client's RSA certificate (and optionally its key), used when a server asks for a client certificate. smtp_tls_chain_files is the preferred modern setting.",
  smtp_tls_chain_files:
    "PEM files, each holding a private key followed by its certificate chain, for the SMTP client's own certificates. Replaces the per-algorithm cert/key file parameters.",
  smtp_tls_cipherlist:
    "Removed legacy setting that current Postfix ignores; cipher selection for the SMTP client is done with smtp_tls_ciphers, smtp_tls_mandatory_ciphers and the exclude lists.",
  smtp_tls_ciphers:
    "Minimum cipher grade (e.g. medium, high) that the SMTP client uses with opportunistic TLS (level may).",
  smtp_tls_connection_reuse:
    "Lets the SMTP client reuse TLS-encrypted connections for several deliveries, by running TLS in tlsproxy(8) and caching the connection in scache(8).",
  smtp_tls_dane_insecure_mx_policy:
    "What the SMTP client does at the dane level when the MX lookup was not DNSSEC-signed but the MX host has signed TLSA records: may (ignore TLSA, opportunistic TLS), encrypt (require TLS without authentication) or dane (use the TLSA records).",
  smtp_tls_dcert_file:
    "PEM file with an SMTP client DSA certificate. DSA is obsolete and should not be used.",
  smtp_tls_dkey_file:
    "PEM file with the SMTP client DSA private key belonging to smtp_tls_dcert_file. DSA is obsolete and should not be used.",
  smtp_tls_eccert_file:
    "PEM file with the SMTP client's ECDSA certificate (and optionally its key). smtp_tls_chain_files is the preferred modern setting.",
  smtp_tls_eckey_file:
    "PEM file with the SMTP client's ECDSA private key, if not stored with smtp_tls_eccert_file.",
  smtp_tls_enable_rpk:
    "Ask remote servers for an RFC 7250 raw public key instead of a certificate at the may, encrypt and fingerprint levels. With fingerprint matching, pin public-key (not certificate) fingerprints, or verification breaks when the server switches to raw keys.",
  smtp_tls_enforce_peername:
    "Legacy companion of smtp_enforce_tls: whether mandatory TLS also requires the server certificate to match the server name. Replaced by smtp_tls_security_level (encrypt versus verify).",
  smtp_tls_enforce_sts_mx_patterns:
    "With an MTA-STS policy supplied by a policy plugin, connect only to MX hosts that match the policy's MX patterns and verify each certificate against the MX host name.",
  smtp_tls_exclude_ciphers:
    "Ciphers or cipher types the SMTP client never uses at any TLS level; a plain list of names, not an OpenSSL cipher string.",
  smtp_tls_fingerprint_cert_match:
    "Certificate or public-key fingerprints that a server must match at the fingerprint security level, where CAs and expiry dates are not considered.",
  smtp_tls_fingerprint_digest:
    "Digest algorithm (e.g. sha256) used to compute server certificate or public-key fingerprints for the fingerprint level; the default depends on compatibility_level.",
  smtp_tls_force_insecure_host_tlsa_lookup:
    "Whether the SMTP client also looks up DANE TLSA records for MX hosts whose address records are in an unsigned zone; this rarely yields validated results.",
  smtp_tls_key_file:
    "PEM file with the SMTP client's RSA private key, if not stored with smtp_tls_cert_file.",
  smtp_tls_loglevel:
    "Amount of TLS logging by the SMTP client, 0 to 4: 1 logs a summary per handshake, 2 adds handshake steps, 3 and 4 add hex dumps. Use 2 or more only for troubleshooting.",
  smtp_tls_mandatory_ciphers:
    "Minimum cipher grade (e.g. medium, high) that the SMTP client uses when TLS is mandatory (encrypt and stronger levels).",
  smtp_tls_mandatory_exclude_ciphers:
    "Extra ciphers or cipher types the SMTP client avoids only at mandatory TLS levels, on top of smtp_tls_exclude_ciphers.",
  smtp_tls_mandatory_protocols:
    "TLS protocol versions the SMTP client may use when TLS is mandatory, e.g. '>=TLSv1.2'.",
  smtp_tls_note_starttls_offer:
    "Whether the SMTP client logs the name of a server that offers STARTTLS while TLS is not enabled for it, to help find candidates for a TLS policy.",
  smtp_tls_per_site:
    "Legacy per-destination TLS table (NONE, MAY, MUST, MUST_NOPEERMATCH); replaced by smtp_tls_policy_maps, which overrides it when set.",
  smtp_tls_policy_maps:
    "Per-destination TLS policy for the SMTP client, keyed by next-hop domain or [host]:port, e.g. 'example.com secure' or 'dane'; entries override smtp_tls_security_level. Also where MTA-STS/DANE policy plugins plug in.",
  smtp_tls_protocols:
    "TLS protocol versions the SMTP client may use with opportunistic TLS, e.g. '>=TLSv1.2'.",
  smtp_tls_scert_verifydepth:
    "Maximum length of the certificate chain the SMTP client will follow when verifying a server certificate.",
  smtp_tls_secure_cert_match:
    "Which names the server certificate must match at the secure level: strategies nexthop and dot-nexthop, or explicit names or .domain patterns. A policy entry's match= attribute overrides it.",
  smtp_tls_security_level:
    "Default TLS policy of the SMTP client: none, may (opportunistic), encrypt, dane, dane-only, fingerprint, verify or secure. smtp_tls_policy_maps can override it per destination; when set, it supersedes the legacy smtp_use_tls and smtp_enforce_tls.",
  smtp_tls_servername:
    "Name the SMTP client sends in the TLS SNI extension: empty (none), hostname, nexthop or a fixed DNS name. Ignored with DANE, which always sends the name it requires; fixed names mostly make sense per destination.",
  smtp_tls_session_cache_database:
    "Table (handled by tlsmgr(8)) where the SMTP client stores TLS sessions for resumption, e.g. btree:$data_directory/smtp_scache; empty disables the cache.",
  smtp_tls_session_cache_timeout:
    "How long cached SMTP client TLS sessions stay valid; tlsmgr(8) also cleans the cache at this interval.",
  smtp_tls_trust_anchor_file:
    "PEM files with trust-anchor certificates or public keys; when set, the SMTP client trusts only chains that lead to these anchors, no longer the CAs in smtp_tls_CAfile/CApath. Usually better set per destination with the policy table's tafile attribute.",
  smtp_tls_verify_cert_match:
    "Which names the server certificate must match at the verify level: hostname (the MX name), nexthop, dot-nexthop, or explicit names and .domain patterns. A policy entry's match= attribute overrides it.",
  smtp_tls_wrappermode:
    "Use TLS from the first byte of the connection (SMTPS/submissions, port 465) instead of STARTTLS. Requires smtp_tls_security_level = encrypt or stronger.",
  smtp_tlsrpt_enable:
    "Enable RFC 8460 TLSRPT: the SMTP client reports TLS successes and failures to a local reporting service so domains that ask for TLS reports receive them. Needs Postfix built with a TLSRPT library and smtp_tlsrpt_socket_name.",
  smtp_tlsrpt_skip_reused_handshakes:
    "Whether TLSRPT reporting skips TLS handshakes that resumed an earlier session and reports only new sessions.",
  smtp_tlsrpt_socket_name:
    "Path (absolute or relative to queue_directory) of the UNIX datagram socket of the local TLSRPT reporting service; required when smtp_tlsrpt_enable is on.",
  smtp_use_tls:
    "Legacy switch for opportunistic STARTTLS in the SMTP client. Replaced by smtp_tls_security_level = may, which overrides it when set.",
  smtp_xforward_timeout:
    "Time limit for the SMTP client to send XFORWARD and receive the server's reply.",
};
