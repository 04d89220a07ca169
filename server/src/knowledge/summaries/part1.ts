/**
 * Plain-English summaries of Postfix main.cf parameters, part 1 of 3: every parameter name in
 * shared/data/postfix-parameters.tsv that sorts before "m" (plain string comparison), including the
 * legacy names and per-service templates that are not built in. Written for this project in its own
 * words. Defaults, types and versions are shown separately from data and are not repeated here.
 */
export const summariesPart1: Readonly<Record<string, string>> = {
  '2bounce_notice_recipient':
    "Who receives a notice when a bounce message itself cannot be delivered (a double bounce). Only used when notify_classes includes the '2bounce' class.",
  access_map_defer_code:
    "SMTP reply code the incoming SMTP server (smtpd) uses when an access(5) table returns 'defer', 'defer_if_permit' or 'defer_if_reject'. Rarely needs changing.",
  access_map_reject_code:
    "SMTP reply code smtpd uses when an access(5) table returns 'reject'. Rarely needs changing.",
  address_verify_cache_cleanup_interval:
    'How often the verify(8) service purges expired entries from its address verification cache. Zero turns cleanup off; cleanup needs a table type that supports delete and sequence operations (for example btree or lmdb).',
  address_verify_default_transport:
    'Replaces default_transport for address verification probes only, so probes can be routed differently from real mail.',
  address_verify_local_transport:
    'Replaces local_transport for address verification probes only.',
  address_verify_map:
    'Lookup table where the verify(8) service stores address verification results. Set it empty to keep results only in memory (lost on reload or stop); the file must live in a Postfix-owned directory such as data_directory.',
  address_verify_negative_cache:
    'Whether verify(8) caches failed probe results. Turning it off keeps the cache clean but sends a new probe for every lookup of a failing address.',
  address_verify_negative_expire_time:
    'How long a failed verification result stays in the address verification cache before it is removed.',
  address_verify_negative_refresh_time:
    'Age after which a failed verification result is re-checked with a new probe.',
  address_verify_pending_request_limit:
    'Upper bound on the number of address verification probes waiting in the queue; the queue manager temporarily fails probes beyond it. By default it is a quarter of qmgr_message_active_limit.',
  address_verify_poll_count:
    'How many times smtpd asks verify(8) whether a pending address probe has finished before it answers the client with a temporary failure. Fewer polls are made when smtpd runs under overload; a value of 1 gives a crude greylisting effect for new addresses.',
  address_verify_poll_delay:
    "Pause between smtpd's successive queries to verify(8) about a probe that is still in progress.",
  address_verify_positive_expire_time:
    'How long a successful verification result stays in the address verification cache before it is removed.',
  address_verify_positive_refresh_time:
    'Age after which a successful verification result is re-checked with a new probe. A failed refresh probe does not overwrite the earlier positive result.',
  address_verify_relay_transport:
    'Replaces relay_transport for address verification probes only.',
  address_verify_relayhost:
    'Replaces relayhost for address verification probes only; transport(5) entries still take precedence.',
  address_verify_sender:
    'Envelope sender address used for address verification probes. An empty value or <> means the null sender, which some sites refuse; smtpd exempts the probe sender from its access restrictions.',
  address_verify_sender_dependent_default_transport_maps:
    'Replaces sender_dependent_default_transport_maps for address verification probes only.',
  address_verify_sender_dependent_relayhost_maps:
    'Replaces sender_dependent_relayhost_maps for address verification probes only.',
  address_verify_sender_ttl:
    'When non-zero, a time-dependent part is added to the local part of the probe sender address and changes at this interval, so the probe address is harder to harvest. Has no effect when the probe sender is the null address; use several hours or more to avoid trouble with greylisting.',
  address_verify_service_name:
    'master.cf service name of the verify(8) daemon that tracks address verification state and sends probes.',
  address_verify_transport_maps:
    'Replaces transport_maps for address verification probes only.',
  address_verify_virtual_transport:
    'Replaces virtual_transport for address verification probes only.',
  alias_database:
    'The alias files that newaliases (or sendmail -bi) rebuilds. Kept separate from alias_maps because not every table used for lookups is a local file.',
  alias_maps:
    'Lookup tables that the local(8) delivery agent uses for aliases(5) expansion of local recipients, searched by bare local part. Rebuild file-based tables with newaliases or postalias after edits.',
  allow_mail_to_commands:
    "Where local(8) permits delivery to a '|command': any of 'alias', 'forward' (.forward files) and 'include' (:include: files).",
  allow_mail_to_files:
    "Where local(8) permits delivery to a '/file/name': any of 'alias', 'forward' (.forward files) and 'include' (:include: files).",
  allow_min_user:
    "Whether addresses whose local part starts with '-' are accepted. Off by default so such addresses cannot be mistaken for command-line options by programs that receive them.",
  allow_percent_hack:
    "Whether 'user%domain' addresses are rewritten to 'user@domain'. For header addresses this only applies where header rewriting is enabled (see local_header_rewrite_clients).",
  allow_srv_lookup_fallback:
    "Only relevant with use_srv_lookup: when the SMTP or LMTP client's SRV lookup fails or finds no SRV records, fall back to MX or address lookup as if SRV lookup were off.",
  allow_untrusted_routing:
    'Whether mail from untrusted clients with sender-specified routing (user@domain@site, user%site, site!user) may be forwarded to $relay_domains. Keep it off on backup MX hosts to avoid a relay loophole; it also decides whether such addresses can match access tables.',
  alternate_config_directories:
    'Extra configuration directories that unprivileged users may select with -c, -C or MAIL_CONFIG when running set-gid commands such as postqueue and postdrop. Must be set in the default main.cf; $name expansion is not done.',
  always_add_missing_headers:
    'Whether cleanup adds missing From:, To:, Date: and Message-ID: headers (or their Resent- forms) for all mail, not only mail from clients matching local_header_rewrite_clients. Adding headers can break DKIM signatures.',
  always_bcc:
    'An address that gets a blind copy of every message Postfix receives. The copy is sent with NOTIFY=NONE and is not made for mail Postfix forwards internally or generates itself.',
  anvil_rate_time_unit:
    "Time window over which the anvil(8) server computes connection and request rates used by smtpd's rate limits. anvil keeps these counters in memory only.",
  anvil_status_update_time:
    'How often the anvil(8) server logs its peak connection and rate statistics.',
  append_at_myorigin:
    "Appends '@$myorigin' to domain-less addresses in locally submitted mail ('@$remote_header_rewrite_domain' for remote mail). Postfix needs addresses with a domain, so keep this enabled.",
  append_dot_mydomain:
    "Appends '.$mydomain' to addresses whose domain has no dot, e.g. user@host becomes user@host.example.com ('.$remote_header_rewrite_domain' for remote mail). Its default depends on compatibility_level.",
  application_event_drain_time:
    "How long postkick(1) waits for its request to be accepted by a daemon's input buffer before giving up.",
  authorized_flush_users:
    "Users allowed to flush the mail queue with 'postqueue -f' or 'sendmail -q'; root and the mail_owner always may. A list of login names, /file/name or type:table patterns, with !pattern to exclude.",
  authorized_mailq_users:
    "Users allowed to list the mail queue with mailq or 'postqueue -p'; root and the mail_owner always may. A list of login names, /file/name or type:table patterns, with !pattern to exclude.",
  authorized_submit_users:
    'Users allowed to submit mail through the sendmail(1) command and postdrop(1). An empty list denies local submission to everyone; uses the same list syntax as authorized_mailq_users.',
  authorized_verp_clients:
    'Legacy name (not built in) of smtpd_authorized_verp_clients, the SMTP clients allowed to use the XVERP command; the new parameter still defaults to $authorized_verp_clients. Use the new name; Postfix 3.11 warns about the old one (see section 7 of postfix-facts.md).',
  backwards_bounce_logfile_compatibility:
    'Whether bounce(8) also writes its logfile records in the format that Postfix versions before 2.0 can read, in addition to the newer name=value format.',
  berkeley_db_create_buffer_size:
    'I/O buffer size in bytes, per table, for programs that create Berkeley DB hash or btree tables (such as postmap and postalias).',
  berkeley_db_read_buffer_size:
    'I/O buffer size in bytes, per table, for programs that read Berkeley DB hash or btree tables.',
  best_mx_transport:
    "Transport (or transport:nexthop) the SMTP client hands mail to when it finds that this host is the best MX for a domain it is not configured to receive for, instead of bouncing it with 'mail loops back to myself'. Listing the hosted domains properly is cheaper.",
  biff:
    "Whether local(8) sends new-mail notifications to the comsat/biff service for users who enabled 'biff y'. Turning it off saves work on systems with many interactive users.",
  body_checks:
    'Lookup tables (usually regexp or pcre) with body_checks(5) patterns that cleanup applies to each line of the message body.',
  body_checks_size_limit:
    'How many bytes of each body part (MIME segment) are inspected by body_checks; the rest is skipped to avoid scanning large attachments.',
  bounce_notice_recipient:
    "Who receives postmaster copies of the headers of bounced mail and transcripts of SMTP sessions in which mail was refused. Only used when notify_classes includes 'bounce'.",
  bounce_queue_lifetime:
    'Maximum time a bounce message (non-delivery notice) stays in the queue after temporary failures before it is given up. Zero means a single delivery attempt.',
  bounce_service_name:
    'master.cf service name of the bounce(8) daemon, which records delivery failures and produces non-delivery notifications.',
  bounce_size_limit:
    'Maximum number of bytes of the original message included in a non-delivery notice; larger messages are returned as headers only. Very large values risk the notice itself being rejected for size.',
  bounce_template_file:
    "File with custom templates for delivery status notifications (failed, delayed, success, verify), replacing the built-in texts. Preview the result with 'postconf -b file'.",
  broken_sasl_auth_clients:
    "Makes smtpd also advertise AUTH in the obsolete 'AUTH=' form understood by very old clients such as Outlook Express 4 and Exchange 5.0.",
  canonical_classes:
    'Which addresses canonical_maps is applied to: any of envelope_sender, envelope_recipient, header_sender and header_recipient.',
  canonical_maps:
    'Lookup tables used by cleanup to rewrite sender and recipient addresses in envelopes and headers, for example login name to Firstname.Lastname. See canonical(5); canonical_classes limits which addresses are affected.',
  cleanup_replace_stray_cr_lf:
    'Whether cleanup replaces a bare CR or LF in message content with a space. This blocks outbound SMTP smuggling and keeps signatures such as DKIM independent of how other servers treat such characters.',
  cleanup_service_name:
    'master.cf service name of the cleanup(8) daemon, which canonicalises addresses, applies canonical and virtual alias mapping and header/body checks to new mail.',
  command_directory:
    'Directory that contains the Postfix administrative commands (postconf, postmap, postqueue, and so on).',
  command_execution_directory:
    'Working directory local(8) changes to before running a command delivery; if the change fails, delivery is deferred. Per-recipient $name macros such as $home and $user are expanded at delivery time, not as main.cf parameters.',
  command_expansion_filter:
    'Characters that local(8) allows in the results of $name expansion inside mailbox_command and command_execution_directory; any other character is replaced by an underscore.',
  command_time_limit:
    'Maximum run time for a command delivery by local(8), and the default limit for pipe(8). If you raise it a lot, raise ipc_timeout as well.',
  compatibility_level:
    "Tells Postfix which version's default settings you have reviewed; when it is lower than the built-in level, Postfix uses older, backward-compatible defaults for some parameters and logs when they matter. Raise it once you have made any needed old settings explicit.",
  config_directory:
    'Where main.cf and master.cf are read from. Can be overridden with MAIL_CONFIG or the -c option; set-gid commands only accept directories listed in alternate_config_directories unless run by root.',
  confirm_delay_cleared:
    "Whether a sender who got a 'message delayed' warning is told again once the message is finally delivered. Can cause a burst of notices after a long outage.",
  connection_cache_protocol_timeout:
    'Client-side time limit for each connect, send or receive operation when a Postfix process talks to the scache(8) connection cache.',
  connection_cache_service_name:
    'master.cf service name of the scache(8) server, which keeps a shared pool of open SMTP/LMTP sessions.',
  connection_cache_status_update_time:
    'How often scache(8) logs hit and miss statistics for cached connections.',
  connection_cache_ttl_limit:
    'Largest time an idle connection may be kept in scache(8); requests for longer are cut down to this value.',
  content_filter:
    'Sends all newly queued mail to an after-queue content filter given as transport:destination (a master.cf service plus a next hop). A FILTER action from access, header or body checks takes precedence; an empty next hop falls back to default_filter_nexthop.',
  cyrus_sasl_config_path:
    "Colon-separated directories where Cyrus SASL looks for smtpd's application configuration file ($smtpd_sasl_path.conf). Empty means Cyrus SASL's own built-in search path.",
  daemon_directory:
    'Directory that holds the Postfix daemon programs (smtpd, qmgr, cleanup, and so on). These are started by master, not by hand, and the directory must be owned by root.',
  daemon_table_open_error_is_fatal:
    'What a daemon does when a lookup table cannot be opened: keep running with reduced functionality and log errors (no), or log a fatal error and exit (yes).',
  daemon_timeout:
    'Watchdog time limit for a Postfix daemon to finish one request; a process that takes longer is killed.',
  data_directory:
    'Directory for files that Postfix itself writes, such as the address verification and postscreen caches and the TLS random-number state. Must be owned by mail_owner and not shared with other software.',
  debug_peer_level:
    'How many extra verbose logging levels are turned on for a peer (client, server or next-hop) matched by debug_peer_list.',
  debug_peer_list:
    'Hosts, domains, networks or tables whose sessions get extra verbose logging as set by debug_peer_level, for troubleshooting one peer without logging everything.',
  debugger_command:
    "Command run when a daemon is started with the -D option in master.cf, typically to attach a debugger. It is $name-expanded; append '& sleep 5' so the debugger can attach.",
  default_cache_db_type:
    'Table type used in the default names of caches that Postfix maintains itself, such as address_verify_map and postscreen_cache_map. Fixed when Postfix is built, like default_database_type.',
  default_database_type:
    'Table type newaliases, postalias and postmap use when a file is given without an explicit type:. Fixed when Postfix is built; it also appears in default table names.',
  default_delivery_slot_cost:
    'Controls how readily the queue manager lets one message pre-empt another that is being delivered on the same transport: a message earns one delivery slot per this many recipients delivered. 0 disables pre-emption, 2 is the smallest effective value; per transport: transport_delivery_slot_cost.',
  default_delivery_slot_discount:
    'Percentage of the needed delivery slots that may still be missing when the queue manager allows a pre-emption (together with the slot loan). Per transport: transport_delivery_slot_discount.',
  default_delivery_slot_loan:
    'Number of delivery slots the queue manager may lend a message so it can pre-empt another before it has earned enough slots. Per transport: transport_delivery_slot_loan.',
  default_delivery_status_filter:
    'Lookup tables that rewrite the enhanced status code or text reported for each delivery; a success code may only become another success code, a failure code another failure code. Delivery agents use their own *_delivery_status_filter parameters, which default to this one.',
  default_destination_concurrency_failed_cohort_limit:
    'How many consecutive groups of connection or handshake failures a destination may have before the queue manager treats it as down and suspends delivery. 0 disables this; per transport: transport_destination_concurrency_failed_cohort_limit.',
  default_destination_concurrency_limit:
    'Default maximum number of parallel deliveries to one destination for lmtp, pipe, smtp and virtual; a destination is a domain, or a single recipient when the recipient limit is 1. Per transport: transport_destination_concurrency_limit.',
  default_destination_concurrency_negative_feedback:
    "How much the queue manager lowers a destination's concurrency after a connection or handshake failure, as a number from 0 to 1 or 'number/concurrency'. Per transport: transport_destination_concurrency_negative_feedback.",
  default_destination_concurrency_positive_feedback:
    "How much the queue manager raises a destination's concurrency after successful deliveries, as a number from 0 to 1 or 'number/concurrency'. Per transport: transport_destination_concurrency_positive_feedback.",
  default_destination_rate_delay:
    'Pause the queue manager inserts between deliveries to the same destination over the same transport, for rate limiting; 0 disables it. With a recipient limit of 1 it applies per recipient; pair it with a higher failed-cohort limit so one error does not defer everything.',
  default_destination_recipient_limit:
    'Default maximum number of recipients per delivery for lmtp, pipe, smtp and virtual. A value of 1 makes concurrency and rate limits apply per recipient instead of per domain; per transport: transport_destination_recipient_limit.',
  default_extra_recipient_limit:
    'Extra in-memory recipient slots the queue manager reserves per transport for messages that pre-empt others. Per transport: transport_extra_recipient_limit.',
  default_filter_nexthop:
    'Next hop used when content_filter or a FILTER action names a transport without a destination. When empty, the recipient domain is used.',
  default_minimum_delivery_slots:
    "Minimum number of recipients a message needs before the queue manager's pre-emptive scheduling considers it at all. Per transport: transport_minimum_delivery_slots.",
  default_privs:
    'Account whose rights local(8) uses for file and command deliveries from root-owned alias files or for mail to root. Never use a privileged account or the Postfix owner.',
  default_process_limit:
    'Default maximum number of processes per service in master.cf; the maxproc column of a service overrides it.',
  default_rbl_reply:
    'Reply template smtpd uses when a DNS blocklist restriction rejects a request. It supports its own $client, $rbl_domain, $rbl_reason and similar macros, not main.cf $name expansion; rbl_reply_maps can override it per list.',
  default_recipient_limit:
    'Default per-transport cap on how many recipients the queue manager keeps in memory for that transport; once a message is assigned to transports this takes priority over qmgr_message_recipient_limit. Per transport: transport_recipient_limit.',
  default_recipient_refill_delay:
    'When a message has more recipients than fit in memory, the longest the queue manager waits before loading more of them for a transport. Per transport: transport_recipient_refill_delay.',
  default_recipient_refill_limit:
    'When a message has more recipients than fit in memory, how many more the queue manager loads at a time for a transport. Per transport: transport_recipient_refill_limit.',
  default_transport:
    'Delivery method (transport:nexthop) for mail to domains that are not local, virtual, or relay domains; by default this is ordinary SMTP delivery. transport_maps and sender_dependent_default_transport_maps can override it.',
  default_transport_rate_delay:
    'Pause the queue manager inserts between any two deliveries over the same transport, whatever the destination; 0 disables it. Per transport: transport_transport_rate_delay (e.g. smtp_transport_rate_delay).',
  default_verp_delimiters:
    "The two characters used to build VERP sender addresses when XVERP or 'sendmail -XV' is requested without explicit delimiters. Both must be allowed by verp_delimiter_filter.",
  defer_code:
    "SMTP reply code smtpd sends when the 'defer' restriction rejects a request. Rarely needs changing.",
  defer_service_name:
    'master.cf service name of the defer service (run by the bounce(8) daemon), which records temporarily failed deliveries and sends delay warnings.',
  defer_transports:
    "Transports (master.cf service names) whose mail is held in the queue and only delivered when a flush is requested, e.g. with 'sendmail -q' or 'postqueue -f'. Typical for dial-up links.",
  delay_logging_resolution_limit:
    'Number of digits after the decimal point (0 to 6) used when logging sub-second delays, such as in the delays=a/b/c/d field of delivery log lines.',
  delay_notice_recipient:
    "Who receives postmaster copies of the headers of mail that is delayed longer than delay_warning_time. Only used when notify_classes includes 'delay'.",
  delay_warning_time:
    "How long a message may stay undelivered before the sender gets a 'message delayed' warning. Zero (the default) sends no warnings.",
  deliver_lock_attempts:
    'How many times Postfix tries to get an exclusive lock on a mailbox file or bounce logfile before giving up.',
  deliver_lock_delay:
    'Pause between attempts to lock a mailbox file or bounce logfile.',
  destination_concurrency_feedback_debug:
    'Makes the queue manager log details of its concurrency feedback decisions, for performance analysis.',
  detect_8bit_encoding_header:
    'Whether Postfix decides that a message has 8-bit content by looking at its Content-Transfer-Encoding: headers.',
  disable_dns_lookups:
    'Legacy switch that turns off DNS lookups in the SMTP and LMTP clients, using the system resolver (getaddrinfo, /etc/hosts) instead. Replaced by smtp_dns_support_level; Postfix 3.9 and later warn about it (see section 7 of postfix-facts.md).',
  disable_mime_input_processing:
    'Turns off MIME parsing of incoming mail, so Content-Type: headers get no special treatment and everything after the top-level headers counts as body. MIME part headers are then treated as ordinary body text.',
  disable_mime_output_conversion:
    'Stops Postfix from converting 8BITMIME content to 7-bit encoding when the receiving server does not announce 8BITMIME support.',
  disable_verp_bounces:
    'When set, a VERP message whose delivery fails for several recipients produces one bounce report for all of them instead of one per recipient.',
  disable_vrfy_command:
    'Whether smtpd refuses the SMTP VRFY command, which can otherwise be used to probe for valid addresses.',
  dns_ncache_ttl_fix_enable:
    'Workaround for C libraries that do not return the DNS response for non-existent records, which Postfix needs for negative-reply caching in DNS reputation (DNSBL) lookups. Only enable it if such a library is in use.',
  dnsblog_reply_delay:
    'Debugging aid: artificial delay added to the DNS blocklist lookups done by the dnsblog(8) service for postscreen.',
  dnsblog_service_name:
    'master.cf service name of dnsblog(8), the helper that performs DNS allowlist/blocklist lookups for postscreen.',
  dnssec_probe:
    'DNS query (type:name) Postfix sends to find out whether its resolver validates DNSSEC, which DANE needs; a warning is logged when the answer is not validated. Set it empty to disable the probe, for example where the root zone is unreachable.',
  domain_to_ascii:
    'Not a parameter: the name of a built-in expansion function in recent Postfix versions, written as ${domain_to_ascii{...}}, that converts a domain name to its ASCII (A-label) form. It is used, for example, inside the default of smtp_requiretls_policy.',
  dont_remove:
    "Debugging aid: when non-zero, finished queue files are moved to the 'saved' queue instead of being deleted. Inspect them with postcat.",
  double_bounce_sender:
    'Sender address Postfix uses for notifications to the postmaster. Mail sent to this address is silently discarded, which stops bounce loops.',
  duplicate_filter_limit:
    'How many addresses the duplicate filter remembers during aliases(5) or virtual(5) expansion, and during queue listings by showq.',
  empty_address_default_transport_maps_lookup_key:
    'Key looked up in sender_dependent_default_transport_maps when the sender is the null address (<>).',
  empty_address_local_login_sender_maps_lookup_key:
    'Key looked up in local_login_sender_maps when the sender is the null address (<>).',
  empty_address_recipient:
    'Where mail addressed to the null address ends up. smtpd does not accept such addresses, but they can arise locally through configuration or software errors.',
  empty_address_relayhost_maps_lookup_key:
    'Key looked up in sender_dependent_relayhost_maps when the sender is the null address (<>).',
  enable_errors_to:
    'Removed parameter (not built in): it once sent delivery error reports to the address in an Errors-To: header instead of the envelope sender. Current Postfix ignores Errors-To: and has no replacement.',
  enable_idna2003_compatibility:
    "Uses IDNA2003-compatible ('transitional') processing when converting UTF-8 domain names to and from ASCII, which changes the result for characters such as the German sharp s. Only for compatibility with very old Postfix behaviour; not recommended.",
  enable_long_queue_ids:
    'Switches to long queue IDs that never repeat because they encode the creation time down to microseconds, which makes log analysis easier. Existing queue files keep their names; going back to short IDs requires renaming them with postsuper.',
  enable_original_recipient:
    'Whether Postfix keeps the original recipient address after aliasing or other rewriting. It is used for the X-Original-To: header at delivery and for duplicate recipient removal in cleanup.',
  enable_threaded_bounces:
    'Whether bounce, delay and success notifications carry In-Reply-To: and References: headers pointing to the original message, so mail readers show them in the same thread.',
  error_notice_recipient:
    'Who receives postmaster notices about problems caused by policy, resource, software or protocol errors. Only sent for the classes enabled in notify_classes.',
  error_service_name:
    'master.cf service name of the error(8) delivery agent, which treats every message it is given as undeliverable.',
  execution_directory_expansion_filter:
    'Characters that local(8) allows in $name expansions within command_execution_directory; other characters become underscores.',
  expand_owner_alias:
    "When delivering to an alias that has an 'owner-alias' companion, use the expansion of the owner alias as envelope sender instead of the owner alias name itself.",
  export_environment:
    'Environment variables Postfix passes to non-Postfix processes it runs, such as commands started by local(8) or pipe(8). Items are names or name=value pairs.',
  extract_recipient_limit:
    "Removed parameter (not built in) that limited how many recipients 'sendmail -t' would take from message headers; it no longer has any effect.",
  fallback_relay:
    'Legacy name (not built in) of smtp_fallback_relay, the backup relay hosts for SMTP mail whose destination cannot be found or reached. smtp_fallback_relay still defaults to $fallback_relay; Postfix 3.11 warns about the old name (see section 7 of postfix-facts.md).',
  fallback_transport:
    'Transport that local(8) hands mail to for recipients not found in aliases or the UNIX password database. It is one of the last steps in local delivery, before luser_relay.',
  fallback_transport_maps:
    'Per-recipient lookup tables that choose a transport for recipients local(8) could not find in aliases or the password database. Checked just before fallback_transport; regexp $1 substitution is not allowed.',
  fast_flush_domains:
    "Destinations for which the flush(8) service keeps a per-destination list of queued mail, so ETRN or 'sendmail -qR' can deliver it quickly. Set it empty to turn fast flush off.",
  fast_flush_purge_time:
    'How long an empty fast flush logfile is kept before flush(8) deletes it.',
  fast_flush_refresh_time:
    'Age after which flush(8) refreshes a non-empty fast flush logfile that nobody has requested, by asking for delivery of the mail it lists.',
  fault_injection_code:
    'Testing aid that makes selected internal checks fail on purpose, to exercise error handling. Do not set it on a production system.',
  flush_service_name:
    "master.cf service name of flush(8), which keeps per-destination logfiles of queued mail for fast ETRN and 'sendmail -qR' delivery.",
  force_mime_input_conversion:
    'Converts message body content that is declared as 8-bit to quoted-printable on input, before header/body checks, Milters and after-queue content filters, so that signatures added later stay valid. Mail sent to smtpd_proxy_filter is not affected.',
  fork_attempts:
    'How many times a Postfix program retries creating a child process when fork() fails.',
  fork_delay:
    'Pause between retries when fork() fails.',
  forward_expansion_filter:
    'Characters that local(8) allows in $name expansions within forward_path; other characters become underscores.',
  forward_path:
    "Where local(8) looks for a user's .forward file, as a list of file names tried in order; the first existing one is used. Per-recipient macros such as $home, $user and $extension are expanded at delivery time.",
  frozen_delivered_to:
    'Whether local(8) fixes the Delivered-To: address once at the start of delivery instead of updating it while expanding aliases and .forward files. Leaving it on avoids extra queue files and cleanup work with deeply nested forwarding.',
  full_name_encoding_charset:
    'Character set name Postfix uses when it RFC 2047-encodes a non-ASCII full name in a From: header it generates (for sendmail submissions without From:). Postfix does not convert text; the value must match the actual encoding of the name from -F, NAME or the password file.',
  hash_queue_depth:
    "Number of subdirectory levels used to spread the files of the queues listed in hash_queue_names. Run 'postfix reload' after changing it.",
  hash_queue_names:
    "Queue directories (for example deferred and defer) whose files are spread over subdirectories to keep directories small. Run 'postfix reload' after changing it.",
  header_address_token_limit:
    'Maximum number of address tokens cleanup keeps in one address header; anything beyond is discarded.',
  header_checks:
    'Lookup tables (usually regexp or pcre) with header_checks(5) patterns that cleanup applies to the primary message headers. MIME part headers and attached-message headers are covered by mime_header_checks and nested_header_checks.',
  header_from_format:
    "Layout of the From: header that Postfix adds when a locally submitted message has none: 'standard' gives 'name <address>', 'obsolete' gives 'address (name)'.",
  header_size_limit:
    'Maximum size in bytes that cleanup stores for a single message header (including its continuation lines); the excess is discarded.',
  helpful_warnings:
    'Whether Postfix logs warnings and hints about questionable configuration settings.',
  home_mailbox:
    "Mailbox path, relative to the user's home directory, used by local(8) for delivery; end it with '/' for Maildir-style delivery. Takes effect only when no mailbox_transport or mailbox_command applies.",
  hopcount_limit:
    'Maximum number of Received: headers allowed in a message; messages with more are bounced, which breaks mail loops.',
  html_directory:
    "Where the Postfix HTML documentation is installed, or 'no' if it is not installed. It is informational; no daemon depends on it.",
  ignore_mx_lookup_error:
    'What the SMTP client does when an MX lookup gets no answer: defer and retry later (the standard behaviour), or fall back to an address lookup, which can misroute mail.',
  ignore_srv_lookup_error:
    'With use_srv_lookup, fall back to MX or address lookup when an SRV lookup fails, instead of deferring. allow_srv_lookup_fallback also covers the case where no SRV records exist.',
  import_environment:
    'Environment variables that Postfix programs keep from their parent, plus name=value settings to force. Everything else is removed from the environment for safety.',
  in_flow_delay:
    'How long the cleanup service pauses before accepting a new message from smtpd or pickup when mail arrives faster than it is delivered; a simple way to slow senders down. 0 disables it; values range from 0 to 10 seconds.',
  inet_interfaces:
    "Local network addresses on which Postfix accepts SMTP connections ('all', 'loopback-only', or a list of addresses); it also determines which user@[ip] addresses are local. Changes need a full 'postfix stop' and 'postfix start', not just a reload.",
  inet_protocols:
    "IP versions Postfix uses for listening and for outgoing connections and DNS lookups: 'ipv4', 'ipv6', or 'all'. Changes need a full stop and start of Postfix.",
  info_log_address_format:
    "How email addresses appear in non-debug log lines: 'external' quotes local parts that contain spaces or special characters, 'internal' logs them unquoted as older versions did.",
  initial_destination_concurrency:
    'Number of parallel deliveries the queue manager starts with for a new destination before the concurrency feedback raises or lowers it. Per transport: transport_initial_destination_concurrency.',
  internal_mail_filter_classes:
    "Which kinds of mail generated by Postfix itself are passed through non_smtpd_milters, header_checks and body_checks: 'bounce' (delivery status notices) and/or 'notify' (postmaster notices). Inspecting internal mail is generally risky.",
  invalid_hostname_reject_code:
    'SMTP reply code smtpd uses when reject_invalid_helo_hostname rejects a malformed HELO/EHLO argument. Rarely needs changing.',
  ipc_idle:
    'How long a client keeps an idle internal connection to a Postfix service (such as trivial-rewrite) open, so the service can exit when unused.',
  ipc_timeout:
    'Time limit for a single read or write on an internal Postfix communication channel; exceeding it is a fatal error, which breaks deadlocks. Raise it if you raise command_time_limit a lot.',
  ipc_ttl:
    'Maximum time a client keeps an active internal connection to a Postfix service open, so that the service can reach its max_use limit and restart.',
  known_tcp_ports:
    'Built-in service-name to port mappings (such as smtp=25, submission=587) that Postfix uses instead of looking them up in services(5). Entries must be separated by commas.',
  line_length_limit:
    'Maximum length of a line that Postfix stores; longer input lines are split into chunks on input and joined again on delivery.',
  lmdb_map_size:
    'Initial size limit in bytes for LMDB tables opened by Postfix; each time a table fills up, the limit is doubled.',
  lmtp_address_preference:
    "The LMTP client's counterpart of smtp_address_preference: which IP version it tries first when a destination has both IPv4 and IPv6 addresses.",
  lmtp_address_verify_target:
    "The LMTP client's counterpart of smtp_address_verify_target: whether address verification probes end at RCPT TO ('rcpt') or continue to DATA ('data').",
  lmtp_assume_final:
    "When an LMTP server does not announce DSN support, treat it as performing final delivery, so senders get 'delivered' rather than 'relayed' success notices.",
  lmtp_balance_inet_protocols:
    "The LMTP client's counterpart of smtp_balance_inet_protocols: makes sure both IPv4 and IPv6 addresses get tried before the address limit is reached.",
  lmtp_bind_address:
    "The LMTP client's counterpart of smtp_bind_address: the local IPv4 source address for outgoing LMTP connections.",
  lmtp_bind_address6:
    "The LMTP client's counterpart of smtp_bind_address6: the local IPv6 source address for outgoing LMTP connections.",
  lmtp_bind_address_enforce:
    "The LMTP client's counterpart of smtp_bind_address_enforce: defer delivery instead of continuing with a warning when the bind address cannot be used.",
  lmtp_body_checks:
    "The LMTP client's counterpart of smtp_body_checks: body_checks(5) tables applied while delivering over LMTP, limited to actions that do not change delivery time or destination.",
  lmtp_cache_connection:
    'Removed parameter (not built in) that kept LMTP connections open for reuse in old Postfix versions. Use lmtp_connection_cache_on_demand, lmtp_connection_cache_destinations or lmtp_connection_reuse_time_limit instead.',
  lmtp_cname_overrides_servername:
    "The LMTP client's counterpart of smtp_cname_overrides_servername: whether a CNAME target replaces the server name for logging, SASL and TLS checks. Deprecated; Postfix 3.11 warns when it is set (see section 7 of postfix-facts.md).",
  lmtp_connect_timeout:
    "Time limit for the LMTP client to complete a TCP connection; 0 uses the operating system's own limit. On timeout the next server address is tried.",
  lmtp_connection_cache_destinations:
    "The LMTP client's counterpart of smtp_connection_cache_destinations: destinations whose LMTP connections are always kept open for reuse.",
  lmtp_connection_cache_on_demand:
    "The LMTP client's counterpart of smtp_connection_cache_on_demand: keep connections open temporarily while a destination has a backlog in the active queue.",
  lmtp_connection_cache_time_limit:
    "The LMTP client's counterpart of smtp_connection_cache_time_limit: how long an unused cached LMTP connection stays open.",
  lmtp_connection_reuse_count_limit:
    "The LMTP client's counterpart of smtp_connection_reuse_count_limit: how many times a cached LMTP connection may be reused; 0 means no limit.",
  lmtp_connection_reuse_time_limit:
    "The LMTP client's counterpart of smtp_connection_reuse_time_limit: how long after it was opened an LMTP connection may still be reused.",
  lmtp_data_done_timeout:
    "Time limit for the LMTP client to send the final '.' and receive the server's replies. If it expires, a warning is logged because the message may be delivered more than once.",
  lmtp_data_init_timeout:
    "Time limit for the LMTP client to send DATA and receive the server's reply.",
  lmtp_data_xfer_timeout:
    'Time limit for the LMTP client while sending message content; a transfer that stalls longer is aborted.',
  lmtp_defer_if_no_mx_address_found:
    "The LMTP client's counterpart of smtp_defer_if_no_mx_address_found: defer instead of bouncing when no MX host resolves to an IP address.",
  lmtp_delivery_status_filter:
    "The lmtp(8) delivery agent's filter for rewriting the reported delivery status code or text; see default_delivery_status_filter for the format.",
  lmtp_destination_concurrency_limit:
    "Per-transport setting for the master.cf service named 'lmtp' (an instance of transport_destination_concurrency_limit): maximum parallel deliveries to one destination via that service. postconf only treats the name as known when master.cf defines that service.",
  lmtp_destination_recipient_limit:
    "Per-transport setting for the master.cf service named 'lmtp' (an instance of transport_destination_recipient_limit): maximum recipients per delivery via that service. A value of 1 makes its concurrency limit apply per recipient.",
  lmtp_discard_lhlo_keyword_address_maps:
    'Tables, looked up by LMTP server IP address, listing LHLO keywords (such as pipelining or starttls) the LMTP client should ignore for that server.',
  lmtp_discard_lhlo_keywords:
    "LHLO keywords (such as pipelining, starttls or auth) the LMTP client ignores in every server's LHLO reply. Add 'silent-discard' to stop logging this.",
  lmtp_dns_reply_filter:
    "The LMTP client's counterpart of smtp_dns_reply_filter: tables that can drop or rewrite DNS lookup results before they are used.",
  lmtp_dns_resolver_options:
    "The LMTP client's counterpart of smtp_dns_resolver_options: resolver flags such as res_defnames or res_dnsrch for the LMTP client's DNS lookups.",
  lmtp_dns_support_level:
    "The LMTP client's counterpart of smtp_dns_support_level: 'disabled', 'enabled' or 'dnssec' (needed for DANE).",
  lmtp_enforce_tls:
    "Legacy: the LMTP client's counterpart of smtp_enforce_tls (require verified TLS). Use lmtp_tls_security_level instead; Postfix 3.9 and later warn about it (see section 7 of postfix-facts.md).",
  lmtp_fallback_relay:
    "Backup LMTP servers (host or host:port, without 'inet:') tried in order when a destination cannot be found or reached.",
  lmtp_generic_maps:
    "The LMTP client's counterpart of smtp_generic_maps: rewrites envelope and header addresses as mail leaves over LMTP.",
  lmtp_header_checks:
    "The LMTP client's counterpart of smtp_header_checks: header_checks(5) tables applied while delivering over LMTP, limited to actions that do not change delivery time or destination.",
  lmtp_host_lookup:
    "The LMTP client's counterpart of smtp_host_lookup: how server addresses are found ('dns', 'native', or both).",
  lmtp_lhlo_name:
    'Host name the LMTP client sends in its LHLO command. Can be set per service in master.cf with -o.',
  lmtp_lhlo_timeout:
    'Time limit for the LMTP client to receive the server greeting and to send LHLO and receive the reply.',
  lmtp_line_length_limit:
    "The LMTP client's counterpart of smtp_line_length_limit: longer header and body lines are folded before being sent; 0 disables this.",
  lmtp_log_tls_feature_status:
    "The LMTP client's counterpart of smtp_log_tls_feature_status: adds a tls=... field to delivery log lines showing the TLS level and features such as REQUIRETLS that were used.",
  lmtp_mail_timeout:
    'Time limit for the LMTP client to send MAIL FROM and receive the reply.',
  lmtp_mime_header_checks:
    "The LMTP client's counterpart of smtp_mime_header_checks: MIME header checks applied while delivering over LMTP, with the same restricted set of actions.",
  lmtp_min_data_rate:
    "The LMTP client's counterpart of smtp_min_data_rate: minimum transfer rate in bytes per second during DATA, used only when lmtp_per_request_deadline is enabled.",
  lmtp_mx_address_limit:
    "The LMTP client's counterpart of smtp_mx_address_limit: maximum number of server IP addresses tried per delivery; 0 means no limit.",
  lmtp_mx_session_limit:
    "The LMTP client's counterpart of smtp_mx_session_limit: maximum number of sessions per delivery attempt before giving up or using lmtp_fallback_relay.",
  lmtp_nested_header_checks:
    "The LMTP client's counterpart of smtp_nested_header_checks: checks for headers of attached messages, applied while delivering over LMTP.",
  lmtp_per_record_deadline:
    'Legacy name (not built in) of lmtp_per_request_deadline; lmtp_per_request_deadline still defaults to its value. Postfix 3.11 warns about the old name (see section 7 of postfix-facts.md).',
  lmtp_per_request_deadline:
    "The LMTP client's counterpart of smtp_per_request_deadline: turns the lmtp_*_timeout limits into a deadline for a whole request and reply, which protects against peers that trickle data slowly.",
  lmtp_pix_workaround_delay_time:
    "The LMTP client's counterpart of smtp_pix_workaround_delay_time: the pause before sending the final '.' when the Cisco PIX workaround is active.",
  lmtp_pix_workaround_maps:
    "The LMTP client's counterpart of smtp_pix_workaround_maps: per-server-address choice of Cisco PIX firewall workarounds.",
  lmtp_pix_workaround_threshold_time:
    "The LMTP client's counterpart of smtp_pix_workaround_threshold_time: how long a message must have been queued before the PIX end-of-data workaround is used.",
  lmtp_pix_workarounds:
    "The LMTP client's counterpart of smtp_pix_workarounds: which Cisco PIX firewall bug workarounds are applied.",
  lmtp_quit_timeout:
    'Time limit for the LMTP client to send QUIT and receive the reply.',
  lmtp_quote_rfc821_envelope:
    "The LMTP client's counterpart of smtp_quote_rfc821_envelope: whether local parts in MAIL FROM and RCPT TO are quoted as RFC 5321 requires.",
  lmtp_randomize_addresses:
    "The LMTP client's counterpart of smtp_randomize_addresses: shuffles server addresses of equal preference to spread the load.",
  lmtp_rcpt_timeout:
    'Time limit for the LMTP client to send RCPT TO and receive the reply.',
  lmtp_reply_filter:
    "The LMTP client's counterpart of smtp_reply_filter: a table that rewrites LMTP server reply lines, as a last-resort interoperability workaround.",
  lmtp_requiretls_policy:
    "The LMTP client's counterpart of smtp_requiretls_policy: how REQUIRETLS is enforced for messages that were received with the REQUIRETLS option.",
  lmtp_rset_timeout:
    'Time limit for the LMTP client to send RSET and receive the reply. RSET ends an address probe or checks that a cached connection still works.',
  lmtp_sasl_auth_cache_name:
    "The LMTP client's counterpart of smtp_sasl_auth_cache_name: a table remembering rejected SASL logins so that the same failing credentials are not tried again.",
  lmtp_sasl_auth_cache_time:
    "The LMTP client's counterpart of smtp_sasl_auth_cache_time: how long a remembered SASL login failure is kept.",
  lmtp_sasl_auth_enable:
    'Turns on SASL authentication in the LMTP client; credentials come from lmtp_sasl_password_maps.',
  lmtp_sasl_auth_soft_bounce:
    "The LMTP client's counterpart of smtp_sasl_auth_soft_bounce: defer rather than bounce mail when the server rejects SASL authentication with a 535 reply.",
  lmtp_sasl_mechanism_filter:
    "The LMTP client's counterpart of smtp_sasl_mechanism_filter: limits which of the server's offered SASL mechanisms may be used.",
  lmtp_sasl_password_maps:
    'Lookup tables that give the LMTP client a username:password for a server host or domain (or for a sender, with sender-dependent authentication). Without an entry, no authentication is attempted.',
  lmtp_sasl_password_result_delimiter:
    "The LMTP client's counterpart of smtp_sasl_password_result_delimiter: the character that separates the username from the password in lmtp_sasl_password_maps results.",
  lmtp_sasl_path:
    'Plug-in specific setting passed to the SASL implementation chosen with lmtp_sasl_type, typically a configuration file name or a socket path.',
  lmtp_sasl_security_options:
    'Which kinds of SASL mechanisms the LMTP client may use, such as noplaintext and noanonymous; the available options depend on lmtp_sasl_type.',
  lmtp_sasl_tls_security_options:
    "The LMTP client's counterpart of smtp_sasl_tls_security_options: the SASL security options used when the session is TLS-encrypted.",
  lmtp_sasl_tls_verified_security_options:
    "The LMTP client's counterpart of smtp_sasl_tls_verified_security_options: the SASL security options used when the server's TLS certificate has been verified.",
  lmtp_sasl_type:
    "SASL plug-in type the LMTP client uses; 'postconf -A' lists the types available in this build.",
  lmtp_send_dummy_mail_auth:
    "The LMTP client's counterpart of smtp_send_dummy_mail_auth: whether AUTH=<> is added to MAIL FROM in authenticated sessions.",
  lmtp_send_xforward_command:
    'Whether the LMTP client sends XFORWARD (original client name, address, protocol and HELO) when the server announces support. Useful when lmtp(8) injects mail into a content filter; make sure the filter understands it.',
  lmtp_sender_dependent_authentication:
    "The LMTP client's counterpart of smtp_sender_dependent_authentication: looks up SASL credentials by sender address; this turns off connection caching.",
  lmtp_skip_5xx_greeting:
    "The LMTP client's counterpart of smtp_skip_5xx_greeting: try the next server when one greets with a 5xx reply.",
  lmtp_skip_quit_response:
    "Whether the LMTP client closes the connection right after sending QUIT, without waiting for the server's reply.",
  lmtp_starttls_timeout:
    "The LMTP client's counterpart of smtp_starttls_timeout: time limit for reads and writes during the TLS handshake and shutdown.",
  lmtp_tcp_port:
    'Default TCP port (name or number) the LMTP client connects to when the destination does not specify one.',
  lmtp_tls_CAfile:
    "The LMTP client's counterpart of smtp_tls_CAfile: a file of trusted CA certificates for verifying LMTP server certificates.",
  lmtp_tls_CApath:
    "The LMTP client's counterpart of smtp_tls_CApath: a directory of trusted CA certificates (with hash links), which must exist inside the chroot jail if lmtp runs chrooted.",
  lmtp_tls_block_early_mail_reply:
    "The LMTP client's counterpart of smtp_tls_block_early_mail_reply: detects a server that answers commands injected before TLS started (CVE-2009-3555 style attack).",
  lmtp_tls_cert_file:
    "The LMTP client's counterpart of smtp_tls_cert_file: the client RSA certificate (PEM). lmtp_tls_chain_files is the preferred way to configure client keys and certificates.",
  lmtp_tls_chain_files:
    "The LMTP client's counterpart of smtp_tls_chain_files: PEM files, each with private keys followed by their certificate chains; when set, the per-algorithm cert/key parameters are ignored.",
  lmtp_tls_ciphers:
    "The LMTP client's counterpart of smtp_tls_ciphers: the minimum cipher grade used with opportunistic TLS.",
  lmtp_tls_connection_reuse:
    "The LMTP client's counterpart of smtp_tls_connection_reuse: reuse TLS connections for several deliveries by means of tlsproxy(8) and scache(8).",
  lmtp_tls_dcert_file:
    "The LMTP client's counterpart of smtp_tls_dcert_file: a DSA client certificate. DSA is obsolete and should not be used.",
  lmtp_tls_dkey_file:
    "The LMTP client's counterpart of smtp_tls_dkey_file: the DSA client private key. DSA is obsolete and should not be used.",
  lmtp_tls_eccert_file:
    "The LMTP client's counterpart of smtp_tls_eccert_file: the client ECDSA certificate (PEM).",
  lmtp_tls_eckey_file:
    "The LMTP client's counterpart of smtp_tls_eckey_file: the client ECDSA private key (PEM).",
  lmtp_tls_enable_rpk:
    "The LMTP client's counterpart of smtp_tls_enable_rpk: ask servers for an RFC 7250 raw public key instead of a certificate. Do not combine with certificate-fingerprint matching.",
  lmtp_tls_enforce_peername:
    "Legacy: the LMTP client's counterpart of smtp_tls_enforce_peername (check the server name in its certificate with mandatory TLS). Use lmtp_tls_security_level instead; Postfix 3.11 warns about it (see section 7 of postfix-facts.md).",
  lmtp_tls_enforce_sts_mx_patterns:
    "The LMTP client's counterpart of smtp_tls_enforce_sts_mx_patterns: with a policy from an MTA-STS plugin, connect only to MX hosts matching the policy's patterns and verify certificates against the MX name.",
  lmtp_tls_exclude_ciphers:
    "The LMTP client's counterpart of smtp_tls_exclude_ciphers: ciphers or cipher types removed at every TLS security level.",
  lmtp_tls_fingerprint_cert_match:
    "The LMTP client's counterpart of smtp_tls_fingerprint_cert_match: accepted server certificate or public-key fingerprints for the 'fingerprint' security level.",
  lmtp_tls_fingerprint_digest:
    "The LMTP client's counterpart of smtp_tls_fingerprint_digest: the digest algorithm used for fingerprints. Its default depends on compatibility_level.",
  lmtp_tls_force_insecure_host_tlsa_lookup:
    "The LMTP client's counterpart of smtp_tls_force_insecure_host_tlsa_lookup: look up DANE TLSA records even for hosts whose addresses are in an unsigned DNS zone.",
  lmtp_tls_key_file:
    "The LMTP client's counterpart of smtp_tls_key_file: the client RSA private key (PEM), which may be in the certificate file.",
  lmtp_tls_loglevel:
    "The LMTP client's counterpart of smtp_tls_loglevel: how much TLS activity is logged (0 to 4).",
  lmtp_tls_mandatory_ciphers:
    "The LMTP client's counterpart of smtp_tls_mandatory_ciphers: the minimum cipher grade used with mandatory TLS.",
  lmtp_tls_mandatory_exclude_ciphers:
    "The LMTP client's counterpart of smtp_tls_mandatory_exclude_ciphers: extra ciphers excluded at mandatory TLS levels.",
  lmtp_tls_mandatory_protocols:
    "The LMTP client's counterpart of smtp_tls_mandatory_protocols: TLS protocol versions allowed with mandatory TLS.",
  lmtp_tls_note_starttls_offer:
    "The LMTP client's counterpart of smtp_tls_note_starttls_offer: logs servers that offer STARTTLS when TLS is not enabled for them.",
  lmtp_tls_per_site:
    "Legacy: the LMTP client's counterpart of smtp_tls_per_site (per-destination TLS usage). Use lmtp_tls_policy_maps instead; Postfix 3.9 and later warn about it (see section 7 of postfix-facts.md).",
  lmtp_tls_policy_maps:
    "The LMTP client's counterpart of smtp_tls_policy_maps: per-destination TLS security policy tables.",
  lmtp_tls_protocols:
    "The LMTP client's counterpart of smtp_tls_protocols: TLS protocol versions allowed with opportunistic TLS.",
  lmtp_tls_scert_verifydepth:
    "The LMTP client's counterpart of smtp_tls_scert_verifydepth: the maximum certificate chain depth accepted when verifying servers.",
  lmtp_tls_secure_cert_match:
    "The LMTP client's counterpart of smtp_tls_secure_cert_match: which names a server certificate must match at the 'secure' level.",
  lmtp_tls_security_level:
    "The LMTP client's counterpart of smtp_tls_security_level: the default TLS level for LMTP deliveries (none, may, encrypt, dane, verify, secure, and so on).",
  lmtp_tls_servername:
    "The LMTP client's counterpart of smtp_tls_servername: the name sent in the TLS SNI extension; ignored when DANE is used.",
  lmtp_tls_session_cache_database:
    "The LMTP client's counterpart of smtp_tls_session_cache_database: a table, maintained by tlsmgr(8), that caches TLS sessions; per-service master.cf overrides have no effect.",
  lmtp_tls_session_cache_timeout:
    "The LMTP client's counterpart of smtp_tls_session_cache_timeout: how long cached TLS sessions stay valid.",
  lmtp_tls_trust_anchor_file:
    "The LMTP client's counterpart of smtp_tls_trust_anchor_file: PEM trust anchors that, when set, replace the CAfile/CApath roots for server verification.",
  lmtp_tls_verify_cert_match:
    "The LMTP client's counterpart of smtp_tls_verify_cert_match: which names a server certificate must match at the 'verify' level.",
  lmtp_tls_wrappermode:
    "The LMTP client's counterpart of smtp_tls_wrappermode: start TLS immediately on connect instead of using STARTTLS.",
  lmtp_tlsrpt_enable:
    "The LMTP client's counterpart of smtp_tlsrpt_enable: report TLS connection results for RFC 8460 TLSRPT. Requires Postfix built with TLSRPT library support.",
  lmtp_tlsrpt_skip_reused_handshakes:
    "The LMTP client's counterpart of smtp_tlsrpt_skip_reused_handshakes: whether TLS handshakes that resume an earlier session are left out of TLSRPT reports.",
  lmtp_tlsrpt_socket_name:
    "The LMTP client's counterpart of smtp_tlsrpt_socket_name: the UNIX-domain datagram socket of the local TLSRPT reporting service; needed when lmtp_tlsrpt_enable is on.",
  lmtp_use_tls:
    "Legacy: the LMTP client's counterpart of smtp_use_tls (opportunistic TLS). Use lmtp_tls_security_level instead; Postfix 3.9 and later warn about it (see section 7 of postfix-facts.md).",
  lmtp_xforward_timeout:
    'Time limit for the LMTP client to send XFORWARD and receive the reply. On failure the client does not try another server address.',
  local_command_shell:
    'Shell that local(8) uses to run commands from aliases and .forward files, such as a restricted shell like smrsh. When empty, commands are run directly, or with /bin/sh only if they contain shell syntax.',
  local_delivery_status_filter:
    "The local(8) delivery agent's filter for rewriting the reported delivery status code or text, for example to hide file or command names; see default_delivery_status_filter.",
  local_destination_concurrency_limit:
    'Maximum parallel deliveries via the local transport to one recipient (or to one domain when local_destination_recipient_limit is above 1). Keep it low so expensive commands in aliases or .forward files do not pile up.',
  local_destination_recipient_limit:
    'Maximum recipients per delivery via the local transport. Raising it above 1 makes local_destination_concurrency_limit apply per domain instead of per recipient.',
  local_header_rewrite_clients:
    'Clients whose mail gets header addresses rewritten and completed with $myorigin or $mydomain (permit_inet_interfaces, permit_mynetworks, permit_sasl_authenticated, check_address_map and others). Headers of other remote mail are only rewritten if remote_header_rewrite_domain is set.',
  local_login_sender_maps:
    'Tables, looked up by UNIX login name, listing which envelope sender addresses each local user may use when submitting with sendmail; enforced by postdrop.',
  local_recipient_maps:
    'Tables of valid local recipients (for domains in mydestination and local IP addresses); smtpd rejects mail for users not found. Leaving it empty turns the check off; adjust it if you change local delivery or use luser_relay.',
  local_transport:
    'Delivery method (transport:nexthop) for domains in mydestination and for user@[ip] addresses of this host. If you replace the local delivery agent, review local_recipient_maps.',
  luser_relay:
    'Catch-all address that local(8) uses for unknown local recipients instead of bouncing; macros such as $user or $local are expanded at delivery time. Works only with local(8), and for non-UNIX accounts local_recipient_maps must be emptied.',
};
