/**
 * Short English summaries of Postfix main.cf parameters, part 3 of 3:
 * every documented parameter name that sorts at or after "smtpd"
 * (plain string comparison), including legacy names and per-transport
 * templates that are not built into Postfix.
 *
 * Each text says what the parameter controls, which program uses it when
 * that is not obvious from the name, and the main caveat. Defaults, types
 * and versions are shown separately from the parameter data and are
 * deliberately left out here.
 */

export const summariesPart3: Readonly<Record<string, string>> = {
  smtpd_authorized_verp_clients:
    'Clients of the SMTP server (smtpd) that may use the XVERP extension to request VERP delivery, where each recipient gets a bounce address of its own. Takes a network/host match list like mynetworks; IPv6 addresses must be written inside [].',
  smtpd_authorized_xclient_hosts:
    'Clients of the SMTP server (smtpd) that may send XCLIENT to replace the client name, address, HELO and login information used for access checks and logging. Meant for trusted front ends such as a content filter or an nginx mail proxy; a client listed here can pose as any other client.',
  smtpd_authorized_xforward_hosts:
    'Clients of the SMTP server (smtpd) that may send XFORWARD to pass along the original client details, so logging after an SMTP content filter shows the real origin. Unlike XCLIENT, this affects logging only, not access control.',
  smtpd_banner:
    'Text that the SMTP server (smtpd) sends after the 220 code in its greeting. The text must begin with $myhostname; avoid advertising the software version.',
  smtpd_client_auth_rate_limit:
    'How many AUTH commands one client may send to this SMTP service per anvil_rate_time_unit, whether they succeed or not; 0 means no limit. Enforced through anvil(8) and meant to slow down password guessing, not to shape normal traffic.',
  smtpd_client_connection_count_limit:
    'How many simultaneous connections one client may hold open to this SMTP service; 0 means no limit. Tracked by anvil(8); clients in smtpd_client_event_limit_exceptions are exempt.',
  smtpd_client_connection_limit_exceptions:
    'Legacy name (not a built-in parameter) for the clients that are exempt from the smtpd_client_* rate and count limits. Postfix 3.11 warns about it; use smtpd_client_event_limit_exceptions, which still falls back to this value when it is set.',
  smtpd_client_connection_rate_limit:
    'How many connection attempts one client may make to this SMTP service per anvil_rate_time_unit; 0 means no limit. Enforced through anvil(8) to limit abuse.',
  smtpd_client_event_limit_exceptions:
    'Clients that are exempt from all smtpd_client_*_count and smtpd_client_*_rate limits. Takes a network/host match list like mynetworks (IPv6 inside []).',
  smtpd_client_ipv4_prefix_length:
    'Network prefix length used to group IPv4 clients when anvil(8) counts connections and rates for the smtpd_client_* limits. A value of 32 counts each address separately; a shorter prefix treats a whole block as one client.',
  smtpd_client_ipv6_prefix_length:
    'Network prefix length used to group IPv6 clients when anvil(8) counts connections and rates for the smtpd_client_* limits. Grouping matters for IPv6 because one client can easily use many addresses from its prefix; 128 counts each address separately.',
  smtpd_client_message_rate_limit:
    'How many messages (MAIL FROM requests) one client may send to this SMTP service per anvil_rate_time_unit, whether or not they are accepted; 0 means no limit.',
  smtpd_client_new_tls_session_rate_limit:
    'How many new, not resumed, TLS sessions one client may negotiate with this SMTP service per anvil_rate_time_unit; 0 means no limit. If you set it, keep it at least as high as the per-client connection limit or legitimate sessions may be refused.',
  smtpd_client_port_logging:
    'Whether the SMTP server (smtpd) logs the client\'s TCP source port together with its hostname and address, in the form host[address]:port.',
  smtpd_client_recipient_rate_limit:
    'How many recipient addresses (RCPT TO commands) one client may send to this SMTP service per anvil_rate_time_unit, whether or not they are accepted; 0 means no limit.',
  smtpd_client_restrictions:
    'Restriction list the SMTP server (smtpd) applies to the connecting client (IP address and hostname checks such as check_client_access, permit_mynetworks, reject_rbl_client). With smtpd_delay_reject = yes it is evaluated at RCPT TO (or ETRN) time rather than on connect; an empty list allows every client.',
  smtpd_command_filter:
    'Lookup table that rewrites SMTP commands before the SMTP server (smtpd) processes them; the key is the command line as received and the result replaces it. A last-resort workaround for broken clients, usually a regexp: or pcre: table.',
  smtpd_data_restrictions:
    'Restriction list the SMTP server (smtpd) applies when the client sends DATA, e.g. reject_unauth_pipelining or reject_multi_recipient_bounce. Recipient-based checks here see no single recipient for mail with several recipients.',
  smtpd_delay_open_until_valid_rcpt:
    'Whether the SMTP server (smtpd) waits for the first accepted RCPT TO before it creates a queue file. This saves resources on sites that reject much mail; rejected recipients are then logged under NOQUEUE instead of a queue ID.',
  smtpd_delay_reject:
    'Whether the SMTP server (smtpd) postpones the client, HELO and sender restriction lists until RCPT TO (client and HELO lists until ETRN for ETRN). This lets rejections log the recipient, keeps clients that mishandle early rejects working, and allows helo, sender and recipient checks inside smtpd_client_restrictions.',
  smtpd_discard_ehlo_keyword_address_maps:
    'Lookup tables, searched by client IP address, that list EHLO keywords (such as pipelining, starttls, auth, chunking) the SMTP server (smtpd) should not announce to that client. Tables are not searched by hostname.',
  smtpd_discard_ehlo_keywords:
    'EHLO keywords (such as pipelining, starttls, auth, chunking) the SMTP server (smtpd) does not announce to any client; case does not matter. Add the pseudo keyword silent-discard to suppress the log entry.',
  smtpd_dns_reply_filter:
    'Optional table applied to DNS records that the SMTP server (smtpd) looks up, for example to ignore bogus records. Uses the same format as smtp_dns_reply_filter.',
  smtpd_end_of_data_restrictions:
    'Restriction list the SMTP server (smtpd) applies after the client has sent the whole message, at the final dot of DATA or the last BDAT chunk; the message size is known then, e.g. for a policy service. Same limits as smtpd_data_restrictions for mail with several recipients.',
  smtpd_enforce_tls:
    'Obsolete switch that makes the SMTP server (smtpd) require STARTTLS from every client, like smtpd_tls_security_level = encrypt. Postfix 3.9 and later warn about it; use smtpd_tls_security_level, and never require TLS on a public MX.',
  smtpd_error_sleep_time:
    'Delay that the SMTP server (smtpd) adds before each reply once a client has made more than smtpd_soft_error_limit errors (and fewer than smtpd_hard_error_limit). A bare number is read as seconds.',
  smtpd_etrn_restrictions:
    'Restriction list the SMTP server (smtpd) applies to the ETRN command, which asks Postfix to flush mail queued for a domain; check_etrn_access tests the requested domain. ETRN only works for domains eligible for the fast flush service.',
  smtpd_expansion_filter:
    'Characters that may appear in the values substituted for $name in RBL reply templates and reject footer text; any other character is replaced with an underscore. C-style escapes specify whitespace; this value is not $-expanded itself.',
  smtpd_forbid_bare_newline:
    'How the SMTP server (smtpd) treats client input lines ending in a bare LF instead of CRLF, a defence against SMTP smuggling. normalize (or yes) requires a proper CRLF.CRLF end of data and accepts bare LF elsewhere; note does the same and logs it; reject refuses such input; no accepts everything and is unsafe on an Internet-facing server.',
  smtpd_forbid_bare_newline_exclusions:
    'Clients that are exempt from smtpd_forbid_bare_newline, for example internal applications that send bare LF. Takes a network/host match list like mynetworks.',
  smtpd_forbid_bare_newline_reject_code:
    'SMTP reply code that the SMTP server (smtpd) uses when smtpd_forbid_bare_newline = reject refuses input with a bare LF. Must be a 5XX code; 521 also drops the connection.',
  smtpd_forbid_unauth_pipelining:
    'Whether the SMTP server (smtpd) disconnects a client that sends commands ahead of time where RFC 2920/5321 do not allow it, replying 554 5.5.0 and logging the unexpected input. Stops spamware and some SMTP smuggling attempts.',
  smtpd_forbidden_commands:
    'Commands that make the SMTP server (smtpd) end the session at once with a 221 reply, catching web proxies and similar abuse (CONNECT, GET, POST). Inline regexp: patterns may be listed; input that looks like a message header ("Label:") also disconnects.',
  smtpd_hard_error_limit:
    'Number of errors a client may make without delivering mail before the SMTP server (smtpd) disconnects it.',
  smtpd_helo_required:
    'Whether the SMTP server (smtpd) insists on HELO or EHLO before MAIL FROM and similar commands. Without it, a client can avoid smtpd_helo_restrictions simply by not sending HELO.',
  smtpd_helo_restrictions:
    'Restriction list the SMTP server (smtpd) applies to the HELO/EHLO hostname, e.g. reject_invalid_helo_hostname or check_helo_access. With smtpd_delay_reject = yes it runs at RCPT TO time; set smtpd_helo_required = yes so clients cannot skip it.',
  smtpd_hide_client_session:
    'Whether the SMTP server (smtpd) leaves the client hostname, address, TLS, SASL and protocol details out of its Received: header. Intended for submission services on ports 587 and 465; keep it off on the port 25 MTA service, where RFC 5321 expects that information.',
  smtpd_history_flush_threshold:
    'Size limit, in lines, for the SMTP command history that the SMTP server (smtpd) keeps for error reports to the postmaster; once the history is longer, it is discarded at the next EHLO, RSET or end of a message.',
  smtpd_junk_command_limit:
    'Number of NOOP, VRFY, ETRN or RSET commands a client may send before each further one counts as an error for the SMTP server (smtpd); the count resets after a delivered message.',
  smtpd_log_access_permit_actions:
    'Names of permit-type restrictions (e.g. permit_mynetworks, or static:all for every one) whose matches the SMTP server (smtpd) should log; normally only rejects are logged. Conditional actions such as defer_if_permit are not affected.',
  smtpd_milter_maps:
    'Lookup tables, searched by client IP address, that choose the Milter list for that client instead of smtpd_milters. Return DISABLE to turn Milters off for a client, since a table cannot return an empty value.',
  smtpd_milters:
    'Milter (mail filter) applications that inspect mail arriving through the SMTP server (smtpd), e.g. inet:127.0.0.1:8891 or unix:/path. Mail submitted locally with sendmail uses non_smtpd_milters instead.',
  smtpd_min_data_rate:
    'Minimum transfer rate, in bytes per second, that the SMTP server (smtpd) expects during DATA or BDAT when smtpd_per_request_deadline is on; each received chunk extends the deadline accordingly, never beyond smtpd_timeout.',
  smtpd_noop_commands:
    'Commands that the SMTP server (smtpd) simply answers with 250 Ok, without syntax checks or any state change. This overrides commands that smtpd implements itself.',
  smtpd_null_access_lookup_key:
    'Key that the SMTP server (smtpd) uses instead of the empty sender address <> when it looks up the sender in access(5) tables.',
  smtpd_peername_lookup:
    'Whether the SMTP server (smtpd) looks up the client hostname by reverse DNS and checks that it maps back to the client address. When off, every client is named unknown, which saves DNS delays but affects hostname-based restrictions.',
  smtpd_per_record_deadline:
    'Legacy name (not a built-in parameter) from Postfix 2.9-3.6 for a per-record time limit on SMTP server I/O. Use smtpd_per_request_deadline instead; Postfix 3.11 warns about the old name, which still serves as its fallback value.',
  smtpd_per_request_deadline:
    'Whether smtpd_timeout and smtpd_starttls_timeout limit the total time for receiving a whole SMTP request and sending a whole response, instead of each single read or write. Defeats clients that trickle data one byte at a time.',
  smtpd_policy_service_default_action:
    'Action the SMTP server (smtpd) takes when a check_policy_service request fails. It must be a valid policy or access(5) response; DUNNO continues with the remaining restrictions as if the policy server had not been asked.',
  smtpd_policy_service_max_idle:
    'How long the SMTP server (smtpd) keeps an unused connection to a policy server (check_policy_service) open before closing it.',
  smtpd_policy_service_max_ttl:
    'Maximum age of a connection from the SMTP server (smtpd) to a policy server (check_policy_service); after that the connection is closed even if it is in use.',
  smtpd_policy_service_policy_context:
    'Optional string that the SMTP server (smtpd) sends as the policy_context attribute in each policy service request, so that one policy server can tell different callers apart.',
  smtpd_policy_service_request_limit:
    'Maximum number of requests the SMTP server (smtpd) sends over one policy server connection before opening a new one; 0 means no limit. A workaround for policy servers that cannot keep a connection open.',
  smtpd_policy_service_retry_delay:
    'Pause before the SMTP server (smtpd) resends a policy service request that failed.',
  smtpd_policy_service_timeout:
    'Time limit for the SMTP server (smtpd) to connect to, write to, or read a reply from a policy server (check_policy_service).',
  smtpd_policy_service_try_limit:
    'How many times the SMTP server (smtpd) tries to send a policy service request before it gives up and applies smtpd_policy_service_default_action.',
  smtpd_proxy_ehlo:
    'Hostname that the SMTP server (smtpd) gives in its EHLO when it talks to a before-queue content filter (smtpd_proxy_filter).',
  smtpd_proxy_filter:
    'Before-queue content filter that the SMTP server (smtpd) passes every incoming message through while the client waits, as host:port, inet:host:port or unix:pathname. The filter must hand the mail back to another Postfix SMTP server process; no MX lookups are done.',
  smtpd_proxy_options:
    'Options for talking to a before-queue content filter (smtpd_proxy_filter). speed_adjust makes smtpd receive the whole message first and connect to the filter only afterwards, which saves filter processes but needs extra queue space.',
  smtpd_proxy_timeout:
    'Time limit for the SMTP server (smtpd) to connect to a before-queue content filter and for each exchange with it. When it fails, the client sees a generic error and the details go to the mail log.',
  smtpd_recipient_limit:
    'Maximum number of recipients the SMTP server (smtpd) accepts for one message; further RCPT TO commands get a temporary error reply. Large mailing lists rely on clients to resend the rest in another transaction.',
  smtpd_recipient_overshoot_limit:
    'How many recipients beyond smtpd_recipient_limit a client may send before the SMTP server (smtpd) counts each extra recipient as an error.',
  smtpd_recipient_restrictions:
    'Restriction list that the SMTP server (smtpd) evaluates for every RCPT TO, in addition to smtpd_relay_restrictions; the usual place for spam and policy checks. Both lists run for each recipient, in the order set by smtpd_relay_before_recipient_restrictions; a permit in one does not skip the other, only a reject ends evaluation. If smtpd_relay_restrictions is empty, this list must block relaying.',
  smtpd_reject_filter_maps:
    'Optional table (typically regexp: or pcre:) that rewrites the text of 4XX and 5XX replies from the SMTP server (smtpd) before any reject footer is added; it cannot turn a reject into an acceptance or the reverse. The log shows both the original and the replaced reply.',
  smtpd_reject_footer:
    'Text that the SMTP server (smtpd) appends to every 4XX and 5XX reply, for example a help URL or contact address. Supports \\n for line breaks, \\c at the start to stay on the same line, and a few session attributes such as $client_address and $localtime.',
  smtpd_reject_footer_maps:
    'Lookup tables, keyed by the complete 4XX or 5XX reply of the SMTP server (smtpd), that choose a reject footer for that reply; the footer syntax is as in smtpd_reject_footer. In regexp: or pcre: results, write $$name for footer attributes.',
  smtpd_reject_unlisted_recipient:
    'Whether the SMTP server (smtpd) rejects a recipient in a local, virtual alias, virtual mailbox or relay domain that is missing from that domain\'s recipient table (local_recipient_maps, virtual_alias_maps, virtual_mailbox_maps, relay_recipient_maps), even without an explicit reject_unlisted_recipient. Prevents accepting mail that would later bounce.',
  smtpd_reject_unlisted_sender:
    'Whether the SMTP server (smtpd) rejects a sender address in one of its own local, virtual or relay domains that is not listed in the matching recipient table, even without an explicit reject_unlisted_sender. Helps against forged senders from your own domains.',
  smtpd_relay_before_recipient_restrictions:
    'Order in which the SMTP server (smtpd) evaluates its two RCPT TO lists: yes runs smtpd_relay_restrictions first, no runs smtpd_recipient_restrictions first (older behaviour). Both lists still run for every recipient unless one rejects.',
  smtpd_relay_restrictions:
    'Relay-control restriction list that the SMTP server (smtpd) evaluates for every RCPT TO, together with smtpd_recipient_restrictions; it usually permits trusted clients and ends with reject_unauth_destination or defer_unauth_destination. A permit here does not skip the other list; only a reject ends evaluation. If neither list has such a relay block, smtpd exits with a fatal error.',
  smtpd_restriction_classes:
    'Names of user-defined restriction classes. Each name must also be defined as a main.cf parameter holding a restriction list, and can then be used inside smtpd restriction lists or as the result of an access(5) lookup, e.g. for per-recipient policies.',
  smtpd_sasl_application_name:
    'Legacy name (not a built-in parameter) from before Postfix 2.3 for the SASL application name, which chose the Cyrus SASL configuration file. Current Postfix ignores it; use smtpd_sasl_path.',
  smtpd_sasl_auth_enable:
    'Whether the SMTP server (smtpd) offers SMTP AUTH. Authenticated clients can then be allowed to relay with permit_sasl_authenticated; the backend is chosen with smtpd_sasl_type and smtpd_sasl_path. Often enabled only for submission services, with -o in master.cf.',
  smtpd_sasl_authenticated_header:
    'Whether the SMTP server (smtpd) records the SASL login name of an authenticated client in the Received: header it adds. This reveals account names to every recipient.',
  smtpd_sasl_exceptions_networks:
    'Clients to which the SMTP server (smtpd) does not offer AUTH in its EHLO reply, for example $mynetworks for clients that insist on logging in whenever AUTH is announced. Takes a network match list (IPv6 inside []).',
  smtpd_sasl_local_domain:
    'Name of the local SASL authentication realm of the SMTP server (smtpd); empty means no realm. When set, check_sasl_access looks up the login name in the form username@realm.',
  smtpd_sasl_mechanism_filter:
    'Filter on the SASL mechanism names that the SMTP server (smtpd) announces after EHLO: names, /file/name or type:table patterns, with ! to exclude. The built-in filter hides EXTERNAL, which Postfix does not implement.',
  smtpd_sasl_path:
    'Backend-specific location that the SMTP server (smtpd) gives to the SASL plug-in chosen with smtpd_sasl_type. For Dovecot it is the auth socket, e.g. private/auth (relative to the queue directory) or inet:host:port; for Cyrus it names the configuration file (smtpd means smtpd.conf).',
  smtpd_sasl_response_limit:
    'Maximum length, in bytes, of a client\'s reply to a SASL challenge that the SMTP server (smtpd) accepts. RFC 4954 requires at least 12288, which is also the lowest value allowed; raise it for large GSSAPI tokens.',
  smtpd_sasl_security_options:
    'Restrictions on the SASL mechanisms that the SMTP server (smtpd) offers, e.g. noanonymous, noplaintext, noactive, nodictionary; the set understood depends on smtpd_sasl_type. For TLS sessions smtpd_sasl_tls_security_options applies instead.',
  smtpd_sasl_service:
    'Service name that the SMTP server (smtpd) passes to the SASL plug-in chosen with smtpd_sasl_type and smtpd_sasl_path; the backend can use it to select its settings.',
  smtpd_sasl_tls_security_options:
    'SASL mechanism restrictions that the SMTP server (smtpd) applies to TLS-encrypted sessions, e.g. allowing plaintext mechanisms only after STARTTLS while smtpd_sasl_security_options forbids them on unencrypted ones.',
  smtpd_sasl_type:
    'SASL plug-in that the SMTP server (smtpd) uses for AUTH, typically cyrus or dovecot; postconf -a lists the types compiled in.',
  smtpd_sender_login_maps:
    'Lookup tables that map a sender (MAIL FROM) address to the SASL login names allowed to use it; looked up as user@domain, then user, then @domain. Used by reject_sender_login_mismatch and the related *_login_mismatch restrictions.',
  smtpd_sender_restrictions:
    'Restriction list the SMTP server (smtpd) applies to the MAIL FROM address, e.g. reject_non_fqdn_sender, reject_unknown_sender_domain or check_sender_access. With smtpd_delay_reject = yes it is evaluated at RCPT TO time.',
  smtpd_service_name:
    'master.cf service to which postscreen(8) hands over clients that pass its tests, normally the smtpd service.',
  smtpd_soft_error_limit:
    'Number of errors a client may make without delivering mail before the SMTP server (smtpd) starts to delay each reply by smtpd_error_sleep_time.',
  smtpd_starttls_timeout:
    'Time limit for reads and writes of the SMTP server (smtpd) during the TLS handshake and TLS shutdown. A bare number is read as seconds.',
  smtpd_timeout:
    'How long the SMTP server (smtpd) waits for a network read or write to complete, e.g. while waiting for the next client command; see smtpd_per_request_deadline for how the limit is applied. A bare number is read as seconds.',
  smtpd_tls_CAfile:
    'PEM file with CA certificates that the SMTP server (smtpd) trusts when it verifies client certificates; the CA names are also sent to clients in the certificate request. Read before chroot, so it need not be inside the jail; leave empty unless client certificates are used.',
  smtpd_tls_CApath:
    'Directory of hashed PEM CA certificates (see openssl rehash) that the SMTP server (smtpd) trusts for verifying client certificates. Unlike smtpd_tls_CAfile, it must exist inside the chroot jail if smtpd runs chrooted, and its CA names are not sent to clients.',
  smtpd_tls_always_issue_session_ids:
    'Whether the SMTP server (smtpd) hands out TLS session IDs even when it has no session cache. Keeping them avoids problems with some clients such as certain Outlook versions.',
  smtpd_tls_ask_ccert:
    'Whether the SMTP server (smtpd) asks clients for a TLS certificate. Needed for certificate-based access such as permit_tls_clientcerts and check_ccert_access; some mail clients react badly to the request.',
  smtpd_tls_auth_only:
    'Whether the SMTP server (smtpd) offers and accepts AUTH only after the session is TLS-encrypted, so passwords are never sent in cleartext. Implied by smtpd_tls_security_level = encrypt.',
  smtpd_tls_ccert_verifydepth:
    'Maximum length of the certificate chain that the SMTP server (smtpd) follows when it verifies a client certificate; 1 is enough if the issuing CA is in the local CA file.',
  smtpd_tls_cert_file:
    'PEM file with the RSA certificate of the SMTP server (smtpd), optionally with its private key and intermediate certificates. smtpd_tls_chain_files is the preferred way; the special value none allows TLS without a certificate, which TLS 1.3 does not support.',
  smtpd_tls_chain_files:
    'PEM files with the SMTP server\'s private keys, each directly followed by its certificate chain (leaf first); list several files for e.g. RSA and ECDSA. When set, the legacy *_cert_file and *_key_file settings are ignored.',
  smtpd_tls_cipherlist:
    'Removed pre-2.3 setting for the SMTP server\'s OpenSSL cipher list (not a built-in parameter); current Postfix does not use it. Use smtpd_tls_ciphers and smtpd_tls_mandatory_ciphers.',
  smtpd_tls_ciphers:
    'Minimum cipher grade (high, medium, low, export or null) that the SMTP server (smtpd) accepts with opportunistic TLS; the grades are defined by the tls_*_cipherlist parameters. On a public MX, a narrow cipher choice can make clients fall back to plaintext or fail.',
  smtpd_tls_dcert_file:
    'PEM file with a DSA certificate (and optionally its key) for the SMTP server (smtpd). DSA is obsolete; do not use it.',
  smtpd_tls_dh1024_param_file:
    'File with Diffie-Hellman parameters for the SMTP server\'s DHE ciphers; despite the name, 2048-bit parameters are normal. With OpenSSL 3 an empty value or auto lets OpenSSL choose; Postfix 3.9 and later warn when it is set.',
  smtpd_tls_dh512_param_file:
    'File with Diffie-Hellman parameters for export-grade DHE ciphers in the SMTP server. Postfix 3.6 and later no longer support export-grade DH and silently ignore this setting.',
  smtpd_tls_dkey_file:
    'PEM file with the DSA private key for smtpd_tls_dcert_file, if not stored in that file. DSA is obsolete; do not use it.',
  smtpd_tls_eccert_file:
    'PEM file with an ECDSA certificate (and optionally its key) for the SMTP server (smtpd). smtpd_tls_chain_files is the preferred way.',
  smtpd_tls_eckey_file:
    'PEM file with the ECDSA private key for smtpd_tls_eccert_file, if not stored in that file; it must not be passphrase-protected and should be readable by root only.',
  smtpd_tls_eecdh_grade:
    'Former choice of elliptic-curve key exchange strength (none, strong, ultra, auto) for the SMTP server. Current Postfix ignores the value and always behaves as auto; Postfix 3.9 and later warn if it is set.',
  smtpd_tls_enable_rpk:
    'Whether the SMTP server (smtpd), when it asks for a client certificate, asks for an RFC 7250 raw public key instead. Use public-key fingerprints in check_ccert_access; certificate fingerprints stop matching once a client sends a raw key.',
  smtpd_tls_exclude_ciphers:
    'Ciphers or cipher properties (e.g. aNULL, RC4, MD5) that the SMTP server (smtpd) removes from its cipher list at every TLS level. A plain list, not OpenSSL cipher syntax; exclude only what you must.',
  smtpd_tls_fingerprint_digest:
    'Digest algorithm (e.g. sha256, sha1, md5) that the SMTP server (smtpd) uses for client certificate and public-key fingerprints in check_ccert_access and permit_tls_clientcerts; table entries must use the same algorithm.',
  smtpd_tls_key_file:
    'PEM file with the RSA private key for smtpd_tls_cert_file, if not stored in that file; it must not be passphrase-protected and should be readable by root only.',
  smtpd_tls_loglevel:
    'Amount of TLS logging from the SMTP server (smtpd): 0 none, 1 a summary line per handshake, 2 handshake progress, 3 and 4 hex dumps of the traffic. Use 1 for normal operation.',
  smtpd_tls_mandatory_ciphers:
    'Minimum cipher grade (high, medium, low, export or null) that the SMTP server (smtpd) accepts when TLS is mandatory (security level encrypt).',
  smtpd_tls_mandatory_exclude_ciphers:
    'Extra ciphers or cipher properties that the SMTP server (smtpd) excludes when TLS is mandatory, on top of smtpd_tls_exclude_ciphers.',
  smtpd_tls_mandatory_protocols:
    'TLS protocol versions that the SMTP server (smtpd) accepts when TLS is mandatory (security level encrypt). Write bounds such as >=TLSv1.2 or exclusions such as !SSLv3, !TLSv1.',
  smtpd_tls_protocols:
    'TLS protocol versions that the SMTP server (smtpd) accepts with opportunistic TLS. Write bounds such as >=TLSv1.2 or exclusions such as !SSLv2, !SSLv3; an empty value allows every version OpenSSL supports.',
  smtpd_tls_received_header:
    'Whether the SMTP server (smtpd) puts the TLS protocol, cipher and client certificate names into its Received: header. Such details are only trustworthy when added by the final destination.',
  smtpd_tls_req_ccert:
    'Whether the SMTP server (smtpd) requires a valid, trusted client certificate; implies smtpd_tls_ask_ccert. Only takes effect when TLS is mandatory; with optional TLS it is ignored with a warning.',
  smtpd_tls_security_level:
    'TLS policy of the SMTP server (smtpd): none (no STARTTLS), may (offer STARTTLS) or encrypt (require TLS; implies smtpd_tls_auth_only). Client-verifying levels are treated as encrypt with a warning. Never use encrypt on a public MX; ignored with smtpd_tls_wrappermode = yes.',
  smtpd_tls_session_cache_database:
    'Optional database (e.g. btree:${data_directory}/smtpd_scache) for the server-side TLS session cache, which tlsmgr(8) maintains. Rarely needed, since session tickets need no server storage; per-service master.cf overrides have no effect.',
  smtpd_tls_session_cache_timeout:
    'How long the SMTP server\'s TLS sessions stay resumable, both in the session cache and for session tickets. 0 disables session resumption; values are capped at 100 days and raised to at least 2 minutes. Set in main.cf only, because tlsmgr(8) applies it.',
  smtpd_tls_wrappermode:
    'Whether the SMTP server (smtpd) starts TLS immediately on connect instead of waiting for STARTTLS, as used on port 465 (submissions). Set it with -o on a dedicated master.cf service, not globally.',
  smtpd_upstream_proxy_protocol:
    'Proxy protocol spoken by a proxy in front of the SMTP server (smtpd); haproxy makes smtpd expect a HAProxy header with the real client address and port on every connection. For an nginx mail proxy use XCLIENT (smtpd_authorized_xclient_hosts) instead.',
  smtpd_upstream_proxy_timeout:
    'Time limit for receiving the proxy protocol header (see smtpd_upstream_proxy_protocol) at the start of a connection to the SMTP server (smtpd).',
  smtpd_use_tls:
    'Obsolete switch that makes the SMTP server (smtpd) offer STARTTLS without requiring it, like smtpd_tls_security_level = may. Postfix 3.9 and later warn about it; use smtpd_tls_security_level.',
  smtputf8_autodetect_classes:
    'Mail origins for which Postfix checks whether a message contains UTF-8 and, if so, marks it as needing SMTPUTF8 for delivery: sendmail, smtpd, qmqpd, forward, bounce, notify, verify or all. A roll-out aid so that existing UTF-8 mail flows keep working with servers that lack SMTPUTF8.',
  smtputf8_enable:
    'Whether Postfix supports SMTPUTF8 (RFC 6531-6533): UTF-8 in envelope addresses and headers, announced by the SMTP server and used by the SMTP client. Postfix must be built with this support.',
  socketmap_max_reply_size:
    'Largest reply, in bytes and not counting the netstring framing, that Postfix accepts from a socketmap: lookup server.',
  soft_bounce:
    'Safety net that keeps mail queued instead of returning it: local bounces are suppressed, permanent errors from remote servers, filters and plug-ins are treated as temporary, and the SMTP server replies 4xx instead of 5xx. Useful while testing; it does not fix routing or rewriting mistakes, and logged replies may differ from those actually sent.',
  stale_lock_time:
    'Age after which the local(8) and virtual(8) delivery agents treat an exclusive mailbox lock file as stale and remove it.',
  stress:
    'Overload indicator: master(8) sets it to yes for the processes of a service that has reached its process limit, and stress-dependent defaults such as smtpd_timeout switch to shorter values. Leave it alone in main.cf; see STRESS_README.',
  strict_7bit_headers:
    'Whether the cleanup(8) server rejects mail with 8-bit characters in message headers. Likely to reject legitimate mail on a general-purpose server.',
  strict_8bitmime:
    'Shorthand that turns on both strict_7bit_headers and strict_8bitmime_body. Likely to reject legitimate mail on a general-purpose server.',
  strict_8bitmime_body:
    'Whether the cleanup(8) server rejects 8-bit body text that has no 8-bit MIME encoding declared. This also rejects some legitimate mail, e.g. bounces from older mailers.',
  strict_mailbox_ownership:
    'Whether the local(8) delivery agent defers delivery to a mailbox file that is not owned by its recipient, instead of writing to it.',
  strict_mime_encoding_domain:
    'Whether the cleanup(8) server rejects messages with an invalid Content-Transfer-Encoding for message/* or multipart/* parts. A single violation causes rejection, so avoid it on a general-purpose server.',
  strict_rfc821_envelopes:
    'Whether the SMTP server (smtpd) requires MAIL FROM and RCPT TO addresses in angle brackets without RFC 822 comments or phrases. Blocks some broken software, but also some legitimate senders.',
  strict_smtputf8:
    'Whether the SMTP server (smtpd) accepts UTF-8 sender or recipient addresses only when the client has requested SMTPUTF8 for that transaction.',
  sun_mailtool_compatibility:
    'Obsolete workaround for Sun mailtool that changed mailbox locking; use mailbox_delivery_lock = dotlock instead.',
  swap_bangpath:
    'Whether Postfix rewrites UUCP-style site!user addresses into user@site, which matters for UUCP connectivity. Header addresses are only rewritten for mail that qualifies under local_header_rewrite_clients or remote_header_rewrite_domain.',
  syslog_facility:
    'Syslog facility (as in syslog.conf, e.g. mail or local0) that Postfix programs log to. Errors that happen before a program has read its configuration still use the built-in facility.',
  syslog_name:
    'Prefix of Postfix log entries, giving e.g. postfix/smtpd; often set per master.cf service (e.g. postfix/submission) or per multi-instance to tell log lines apart. Errors before the configuration is read still use the built-in name.',
  tcp_windowsize:
    'TCP window size for Postfix TCP connections (smtpd, qmqpd, smtp, lmtp), a workaround for routers that break TCP window scaling; values from 1 to 65535 enable it and 0 leaves the system default. For servers it is applied by master(8), so running network listeners must be restarted to pick up a change.',
  tls_append_default_CA:
    'Whether Postfix adds the system\'s default CA certificates to those in the *_tls_CAfile and *_tls_CApath settings. Keep it off when clients are trusted by certificate, or any publicly signed certificate could gain relay access through permit_tls_all_clientcerts.',
  tls_config_file:
    'OpenSSL configuration file that Postfix loads for baseline TLS settings: default (the system openssl.cnf), none (load nothing), or an absolute path. Errors in a non-default file disable TLS; overly strict system-wide settings can break opportunistic TLS.',
  tls_config_name:
    'Application name that Postfix passes to OpenSSL to select its section in the file chosen with tls_config_file; when empty or not found, OpenSSL\'s default openssl_conf section is used.',
  tls_daemon_random_bytes:
    'Number of random bytes that each smtp(8) or smtpd(8) process obtains from tlsmgr(8) to seed its own pseudo-random number generator.',
  tls_dane_digest_agility:
    'Withdrawn DANE TLSA digest-agility switch (not a built-in parameter); current Postfix ignores it and always behaves as with on.',
  tls_dane_digests:
    'Digest algorithms, strongest first, that the SMTP client supports for DANE TLSA records, optionally as name=number (e.g. sha512=2). Every listed digest must be supported by OpenSSL or DANE is disabled; do not omit sha256.',
  tls_dane_trust_anchor_digest_enable:
    'Withdrawn switch for DANE trust-anchor (usage 2) TLSA records (not a built-in parameter); current Postfix ignores it and always support them.',
  tls_disable_workarounds:
    'OpenSSL bug workarounds that Postfix should turn off, as names such as TLS_ROLLBACK_BUG or as a hexadecimal bit mask starting with 0x. Only for closed environments or known security problems with a workaround.',
  tls_eecdh_auto_curves:
    'Preference-ordered list of elliptic curves (key exchange groups such as X25519 or prime256v1) that the Postfix SMTP client and server offer for ECDHE. Names unknown to OpenSSL are skipped; avoid listing only rarely supported curves.',
  tls_eecdh_strong_curve:
    'Curve used for ECDHE key exchange with the legacy "strong" grade of smtpd_tls_eecdh_grade. Current Postfix ignores that grade setting and uses tls_eecdh_auto_curves, so this has no practical effect.',
  tls_eecdh_ultra_curve:
    'Curve used for ECDHE key exchange with the legacy "ultra" grade of smtpd_tls_eecdh_grade. Current Postfix ignores that grade setting and uses tls_eecdh_auto_curves, so this has no practical effect.',
  tls_export_cipherlist:
    'OpenSSL cipher list that defines the export cipher grade for the *_tls_ciphers and *_tls_mandatory_ciphers settings. Do not change it.',
  tls_fast_shutdown_enable:
    'Whether Postfix closes a TLS session without waiting for the peer to answer its close notification. Avoids hangs with peers that never answer; fine for TLS 1.0 and later.',
  tls_ffdhe_auto_groups:
    'Preference-ordered list of finite-field Diffie-Hellman groups (e.g. ffdhe2048, ffdhe3072) that the Postfix SMTP client and server offer for key exchange, alongside the curves in tls_eecdh_auto_curves.',
  tls_high_cipherlist:
    'OpenSSL cipher list that defines the high cipher grade for the *_tls_ciphers and *_tls_mandatory_ciphers settings. Do not change it.',
  tls_legacy_public_key_fingerprints:
    'Temporary migration aid for sites still using the incorrect public-key fingerprints computed by Postfix 2.9.0-2.9.5; replace those fingerprints and leave this off.',
  tls_low_cipherlist:
    'OpenSSL cipher list that defines the low cipher grade for the *_tls_ciphers and *_tls_mandatory_ciphers settings. Do not change it.',
  tls_medium_cipherlist:
    'OpenSSL cipher list that defines the medium cipher grade for the *_tls_ciphers and *_tls_mandatory_ciphers settings; this grade is the usual choice for both client and server. Do not change it.',
  tls_null_cipherlist:
    'OpenSSL cipher list that defines the null grade (authentication without encryption) for the *_tls_mandatory_ciphers settings. Do not change it.',
  tls_preempt_cipherlist:
    'Whether the Postfix SMTP server picks the cipher by its own preference order rather than the client\'s. Can cause interoperability problems with clients that announce ciphers they implement badly.',
  tls_random_bytes:
    'Number of bytes tlsmgr(8) reads from tls_random_source each time it (re)seeds its pseudo-random number generator.',
  tls_random_exchange_name:
    'File in which tlsmgr(8) saves the state of its pseudo-random number generator between restarts; it is created when missing and should live under data_directory.',
  tls_random_prng_update_period:
    'How often tlsmgr(8) saves its pseudo-random number generator state to the file named by tls_random_exchange_name.',
  tls_random_reseed_period:
    'Longest interval between reseeds of the tlsmgr(8) pseudo-random number generator from tls_random_source; the actual interval is chosen at random up to this value.',
  tls_random_source:
    'External entropy source for tlsmgr(8): dev:/path for a device such as /dev/urandom, egd:/path for an EGD socket, or a regular file. Use a non-blocking source.',
  tls_required_enable:
    'Whether Postfix honours the RFC 8689 "TLS-Required: no" message header: for such messages the SMTP client skips TLS policy lookups and uses at most the may level (no certificate checks, plaintext fallback). An ESMTP REQUIRETLS request overrides the header.',
  tls_server_sni_maps:
    'Lookup tables that map a TLS SNI name sent by the client (or a parent domain written with a leading dot) to the keys and certificate chains that smtpd and the tlsproxy server should present. Indexed tables must be built with postmap -F; include your default names too.',
  tls_session_ticket_cipher:
    'Cipher that the Postfix SMTP server uses to encrypt RFC 5077 TLS session tickets; it must be a CBC cipher with 128-bit blocks. An empty value turns session tickets off.',
  tls_ssl_options:
    'Extra OpenSSL options to turn on, as names such as NO_COMPRESSION, NO_RENEGOTIATION or PRIORITIZE_CHACHA, or as a hexadecimal mask starting with 0x. The mask form is a temporary measure; its bits may change meaning between releases.',
  tls_wildcard_matches_multiple_labels:
    'Whether a "*" in a server certificate name may match several DNS labels when the Postfix SMTP client verifies names, e.g. *.example.net matching example.com.mx1.example.net. Such wildcards are not standard.',
  tlsmgr_service_name:
    'Name of the tlsmgr(8) service in master.cf, which maintains TLS session caches and the random number pool.',
  tlsproxy_client_CAfile:
    'CA certificate file that tlsproxy(8) uses, when it makes outgoing TLS connections for the SMTP client, to verify server certificates; the counterpart of smtp_tls_CAfile.',
  tlsproxy_client_CApath:
    'CA certificate directory that tlsproxy(8) uses, when it makes outgoing TLS connections for the SMTP client, to verify server certificates; the counterpart of smtp_tls_CApath.',
  tlsproxy_client_cert_file:
    'RSA client certificate that tlsproxy(8) presents on outgoing TLS connections; the counterpart of smtp_tls_cert_file. tlsproxy_client_chain_files is preferred.',
  tlsproxy_client_chain_files:
    'Files with private keys and certificate chains that tlsproxy(8) presents on outgoing TLS connections; the counterpart of smtp_tls_chain_files.',
  tlsproxy_client_dcert_file:
    'DSA client certificate for outgoing tlsproxy(8) connections; the counterpart of smtp_tls_dcert_file. DSA is obsolete; do not use it.',
  tlsproxy_client_dkey_file:
    'DSA private key for outgoing tlsproxy(8) connections; the counterpart of smtp_tls_dkey_file. DSA is obsolete; do not use it.',
  tlsproxy_client_eccert_file:
    'ECDSA client certificate that tlsproxy(8) presents on outgoing TLS connections; the counterpart of smtp_tls_eccert_file.',
  tlsproxy_client_eckey_file:
    'ECDSA private key for outgoing tlsproxy(8) connections; the counterpart of smtp_tls_eckey_file.',
  tlsproxy_client_enforce_tls:
    'Obsolete tlsproxy(8) client switch that requires TLS on outgoing connections, the counterpart of smtp_enforce_tls. Postfix 3.9 and later warn about it; use tlsproxy_client_security_level.',
  tlsproxy_client_fingerprint_digest:
    'Digest algorithm that tlsproxy(8) uses for server certificate fingerprints on outgoing connections; the counterpart of smtp_tls_fingerprint_digest.',
  tlsproxy_client_key_file:
    'RSA private key for outgoing tlsproxy(8) connections; the counterpart of smtp_tls_key_file.',
  tlsproxy_client_level:
    'Legacy name (not a built-in parameter) for the tlsproxy(8) client\'s default TLS security level. Postfix 3.11 warns about it; use tlsproxy_client_security_level, which still falls back to this value when it is set.',
  tlsproxy_client_loglevel:
    'TLS logging level of tlsproxy(8) for outgoing connections; the counterpart of smtp_tls_loglevel.',
  tlsproxy_client_loglevel_parameter:
    'Name of the parameter whose value tlsproxy(8) uses as its client TLS logging level, normally smtp_tls_loglevel.',
  tlsproxy_client_per_site:
    'Obsolete per-site TLS usage table for outgoing tlsproxy(8) connections, the counterpart of smtp_tls_per_site. Postfix 3.9 and later warn about it; use tlsproxy_client_policy_maps.',
  tlsproxy_client_policy:
    'Legacy name (not a built-in parameter) for the tlsproxy(8) client TLS policy tables. Postfix 3.11 warns about it; use tlsproxy_client_policy_maps, which still falls back to this value when it is set.',
  tlsproxy_client_policy_maps:
    'TLS policy tables, keyed by next-hop destination, for outgoing tlsproxy(8) connections; the counterpart of smtp_tls_policy_maps.',
  tlsproxy_client_scert_verifydepth:
    'Maximum certificate chain length that tlsproxy(8) follows when verifying server certificates; the counterpart of smtp_tls_scert_verifydepth.',
  tlsproxy_client_security_level:
    'Default TLS security level for outgoing tlsproxy(8) connections, such as may, encrypt, dane or verify; the counterpart of smtp_tls_security_level.',
  tlsproxy_client_use_tls:
    'Obsolete tlsproxy(8) client switch for opportunistic TLS, the counterpart of smtp_use_tls. Postfix 3.9 and later warn about it; use tlsproxy_client_security_level.',
  tlsproxy_enforce_tls:
    'Obsolete tlsproxy(8) server switch that requires STARTTLS from clients, the counterpart of smtpd_enforce_tls. Postfix 3.9 and later warn about it; use tlsproxy_tls_security_level.',
  tlsproxy_service_name:
    'Name of the tlsproxy(8) service in master.cf, which converts between plaintext and TLS for postscreen(8) and for SMTP client connection reuse.',
  tlsproxy_tls_CAfile:
    'CA certificate file that the tlsproxy(8) server side (STARTTLS for postscreen) uses to verify client certificates; the counterpart of smtpd_tls_CAfile.',
  tlsproxy_tls_CApath:
    'CA certificate directory that the tlsproxy(8) server side uses to verify client certificates; the counterpart of smtpd_tls_CApath.',
  tlsproxy_tls_always_issue_session_ids:
    'Whether the tlsproxy(8) server side issues TLS session IDs even without a session cache; the counterpart of smtpd_tls_always_issue_session_ids.',
  tlsproxy_tls_ask_ccert:
    'Whether the tlsproxy(8) server side asks clients for a certificate; the counterpart of smtpd_tls_ask_ccert.',
  tlsproxy_tls_ccert_verifydepth:
    'Maximum client certificate chain length that the tlsproxy(8) server side follows; the counterpart of smtpd_tls_ccert_verifydepth.',
  tlsproxy_tls_cert_file:
    'RSA certificate that the tlsproxy(8) server side presents to clients; the counterpart of smtpd_tls_cert_file. tlsproxy_tls_chain_files is preferred.',
  tlsproxy_tls_chain_files:
    'Files with private keys and certificate chains that the tlsproxy(8) server side presents; the counterpart of smtpd_tls_chain_files.',
  tlsproxy_tls_ciphers:
    'Minimum cipher grade for opportunistic TLS on the tlsproxy(8) server side; the counterpart of smtpd_tls_ciphers.',
  tlsproxy_tls_dcert_file:
    'DSA certificate for the tlsproxy(8) server side; the counterpart of smtpd_tls_dcert_file. DSA is obsolete; do not use it.',
  tlsproxy_tls_dh1024_param_file:
    'Diffie-Hellman parameter file for DHE ciphers on the tlsproxy(8) server side; the counterpart of smtpd_tls_dh1024_param_file.',
  tlsproxy_tls_dh512_param_file:
    'Export-grade Diffie-Hellman parameter file for the tlsproxy(8) server side, the counterpart of smtpd_tls_dh512_param_file; ignored by current Postfix.',
  tlsproxy_tls_dkey_file:
    'DSA private key for the tlsproxy(8) server side; the counterpart of smtpd_tls_dkey_file. DSA is obsolete; do not use it.',
  tlsproxy_tls_eccert_file:
    'ECDSA certificate that the tlsproxy(8) server side presents; the counterpart of smtpd_tls_eccert_file.',
  tlsproxy_tls_eckey_file:
    'ECDSA private key for the tlsproxy(8) server side; the counterpart of smtpd_tls_eckey_file.',
  tlsproxy_tls_eecdh_grade:
    'Elliptic-curve key exchange grade for the tlsproxy(8) server side, the counterpart of smtpd_tls_eecdh_grade; like that setting, its value is ignored by current Postfix.',
  tlsproxy_tls_enable_rpk:
    'Whether the tlsproxy(8) server side asks clients for an RFC 7250 raw public key instead of a certificate; the counterpart of smtpd_tls_enable_rpk.',
  tlsproxy_tls_exclude_ciphers:
    'Ciphers excluded at every TLS level on the tlsproxy(8) server side; the counterpart of smtpd_tls_exclude_ciphers.',
  tlsproxy_tls_fingerprint_digest:
    'Digest algorithm for client certificate fingerprints on the tlsproxy(8) server side; the counterpart of smtpd_tls_fingerprint_digest.',
  tlsproxy_tls_key_file:
    'RSA private key for the tlsproxy(8) server side; the counterpart of smtpd_tls_key_file.',
  tlsproxy_tls_loglevel:
    'TLS logging level of the tlsproxy(8) server side; the counterpart of smtpd_tls_loglevel.',
  tlsproxy_tls_mandatory_ciphers:
    'Minimum cipher grade with mandatory TLS on the tlsproxy(8) server side; the counterpart of smtpd_tls_mandatory_ciphers.',
  tlsproxy_tls_mandatory_exclude_ciphers:
    'Extra ciphers excluded with mandatory TLS on the tlsproxy(8) server side; the counterpart of smtpd_tls_mandatory_exclude_ciphers.',
  tlsproxy_tls_mandatory_protocols:
    'TLS protocol versions accepted with mandatory TLS on the tlsproxy(8) server side; the counterpart of smtpd_tls_mandatory_protocols.',
  tlsproxy_tls_protocols:
    'TLS protocol versions accepted with opportunistic TLS on the tlsproxy(8) server side; the counterpart of smtpd_tls_protocols.',
  tlsproxy_tls_req_ccert:
    'Whether the tlsproxy(8) server side requires a trusted client certificate when TLS is mandatory; the counterpart of smtpd_tls_req_ccert.',
  tlsproxy_tls_security_level:
    'TLS security level (none, may or encrypt) of the tlsproxy(8) server side; the counterpart of smtpd_tls_security_level.',
  tlsproxy_tls_session_cache_timeout:
    'Obsolete setting (not a built-in parameter) for tlsproxy(8) TLS session lifetime. tlsproxy shares the SMTP server\'s session cache in tlsmgr(8), so smtpd_tls_session_cache_timeout applies instead.',
  tlsproxy_use_tls:
    'Obsolete tlsproxy(8) server switch for offering STARTTLS, the counterpart of smtpd_use_tls. Postfix 3.9 and later warn about it; use tlsproxy_tls_security_level.',
  tlsproxy_watchdog_timeout:
    'Time after which a built-in watchdog kills a tlsproxy(8) process that is stuck on local or remote I/O, so a bug cannot hang it forever. Values below 10 seconds are not allowed.',
  trace_service_name:
    'Name of the trace service in master.cf, run by the bounce(8) daemon, which records deliveries and sends the delivery report requested with sendmail -v.',
  transport_delivery_slot_cost:
    'Template, not a literal name: replace transport with a master.cf service name (e.g. smtp_delivery_slot_cost) to override default_delivery_slot_cost for that transport in the queue manager\'s preemptive scheduling.',
  transport_delivery_slot_discount:
    'Template, not a literal name: replace transport with a master.cf service name to override default_delivery_slot_discount for that transport in the queue manager\'s preemptive scheduling.',
  transport_delivery_slot_loan:
    'Template, not a literal name: replace transport with a master.cf service name to override default_delivery_slot_loan for that transport in the queue manager\'s preemptive scheduling.',
  transport_destination_concurrency_failed_cohort_limit:
    'Template, not a literal name: replace transport with a master.cf service name to override default_destination_concurrency_failed_cohort_limit, i.e. how many rounds of connection or handshake failures the queue manager tolerates before treating a destination as dead.',
  transport_destination_concurrency_limit:
    'Template, not a literal name: replace transport with a master.cf service name (e.g. smtp_destination_concurrency_limit) to cap parallel deliveries to one destination through that transport; overrides default_destination_concurrency_limit.',
  transport_destination_concurrency_negative_feedback:
    'Template, not a literal name: replace transport with a master.cf service name to override default_destination_concurrency_negative_feedback, how fast the queue manager lowers concurrency after delivery failures.',
  transport_destination_concurrency_positive_feedback:
    'Template, not a literal name: replace transport with a master.cf service name to override default_destination_concurrency_positive_feedback, how fast the queue manager raises concurrency after successful deliveries.',
  transport_destination_rate_delay:
    'Template, not a literal name: replace transport with a master.cf service name to set a pause between deliveries to the same destination through that transport; overrides default_destination_rate_delay. A non-zero delay also limits that destination to one delivery at a time.',
  transport_destination_recipient_limit:
    'Template, not a literal name: replace transport with a master.cf service name to cap recipients per delivery to one destination through that transport; overrides default_destination_recipient_limit. A limit of 1 makes the concurrency limit apply per recipient instead of per domain.',
  transport_extra_recipient_limit:
    'Template, not a literal name: replace transport with a master.cf service name to override default_extra_recipient_limit, the extra in-memory recipient slots the queue manager reserves for that transport when one message preempts another.',
  transport_initial_destination_concurrency:
    'Template, not a literal name: replace transport with a master.cf service name to override initial_destination_concurrency, the number of parallel deliveries the queue manager starts with for a new destination.',
  transport_maps:
    'Lookup tables that map a recipient address or domain to a delivery transport and next hop (transport:nexthop), overriding the default routing; see transport(5). Indexed files must be rebuilt with postmap after changes.',
  transport_minimum_delivery_slots:
    'Template, not a literal name: replace transport with a master.cf service name to override default_minimum_delivery_slots, how many recipients a message needs before the queue manager\'s preemptive scheduling applies to it.',
  transport_recipient_limit:
    'Template, not a literal name: replace transport with a master.cf service name to override default_recipient_limit, the number of recipients the queue manager keeps in memory for that transport.',
  transport_recipient_refill_delay:
    'Template, not a literal name: replace transport with a master.cf service name to override default_recipient_refill_delay, the longest pause between loading further batches of recipients when a message\'s recipients do not all fit in memory.',
  transport_recipient_refill_limit:
    'Template, not a literal name: replace transport with a master.cf service name to override default_recipient_refill_limit, how many recipients the queue manager reads from a queue file at a time.',
  transport_retry_time:
    'How long the queue manager waits before trying again to use a delivery transport that has failed, e.g. one that is misconfigured or cannot start.',
  transport_time_limit:
    'Template, not a literal name: replace transport with the name of a master.cf service that runs pipe(8) or spawn(8) to override command_time_limit, the run time allowed for the external command.',
  transport_transport_rate_delay:
    'Template, not a literal name: replace the first transport with a master.cf service name to set a pause between any two deliveries through that transport, whatever the destination; overrides default_transport_rate_delay.',
  trigger_timeout:
    'Time limit for sending a wake-up trigger to a Postfix daemon such as pickup(8) or qmgr(8), so that programs do not hang when the system is very busy.',
  undisclosed_recipients_header:
    'Header that the cleanup(8) server adds to a message that has no To: or Cc: header, e.g. To: undisclosed-recipients:;. Empty means no header is added.',
  unknown_address_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unknown_sender_domain or reject_unknown_recipient_domain rejects an address whose domain has no usable DNS records. Do not change it without a good understanding of RFC 5321.',
  unknown_address_tempfail_action:
    'What the SMTP server (smtpd) does when reject_unknown_sender_domain or reject_unknown_recipient_domain cannot decide because of a temporary DNS error: defer_if_permit defers only if the mail would otherwise be accepted, defer defers at once.',
  unknown_client_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unknown_client_hostname rejects a client whose address and hostname do not map to each other. Temporary DNS failures always get 450.',
  unknown_helo_hostname_tempfail_action:
    'What the SMTP server (smtpd) does when reject_unknown_helo_hostname cannot decide because of a temporary DNS error: defer_if_permit defers only if the mail would otherwise be accepted, defer defers at once.',
  unknown_hostname_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unknown_helo_hostname rejects the HELO/EHLO hostname. Do not change it without a good understanding of RFC 5321.',
  unknown_local_recipient_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses for a recipient in a local domain (mydestination, inet_interfaces, proxy_interfaces) that local_recipient_maps does not list. Setting 450 while testing a new setup avoids losing mail to mistakes.',
  unknown_relay_recipient_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses for a recipient in relay_domains that relay_recipient_maps does not list.',
  unknown_virtual_alias_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses for a recipient in virtual_alias_domains that virtual_alias_maps does not list.',
  unknown_virtual_mailbox_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses for a recipient in virtual_mailbox_domains that virtual_mailbox_maps does not list.',
  unverified_recipient_defer_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unverified_recipient cannot verify the address because the probe failed temporarily. 250 may be used to accept the address anyway.',
  unverified_recipient_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unverified_recipient finds that the address bounces. 250 may be used to accept the address anyway; a 5xx code makes the rejection permanent.',
  unverified_recipient_reject_reason:
    'Reply text (without the numeric code or enhanced status code) that the SMTP server (smtpd) uses when reject_unverified_recipient rejects an address; when empty, the reply shows the actual verification result.',
  unverified_recipient_tempfail_action:
    'What the SMTP server (smtpd) does when reject_unverified_recipient cannot decide because of a temporary error: defer_if_permit defers only if the mail would otherwise be accepted, defer defers at once.',
  unverified_sender_defer_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unverified_sender cannot verify the address because the probe failed temporarily. 250 may be used to accept the address anyway.',
  unverified_sender_reject_code:
    'SMTP reply code the SMTP server (smtpd) uses when reject_unverified_sender finds that the sender address bounces. 250 may be used to accept the address anyway; a 5xx code makes the rejection permanent.',
  unverified_sender_reject_reason:
    'Reply text (without the numeric code or enhanced status code) that the SMTP server (smtpd) uses when reject_unverified_sender rejects an address; when empty, the reply shows the actual verification result.',
  unverified_sender_tempfail_action:
    'What the SMTP server (smtpd) does when reject_unverified_sender cannot decide because of a temporary error: defer_if_permit defers only if the mail would otherwise be accepted, defer defers at once.',
  use_srv_lookup:
    'Services (such as submission or submissions) for which the SMTP client finds relay hosts and ports through DNS SRV records instead of MX records, e.g. with relayhost = example.com:submission. Writing a destination in [] still forces address lookup.',
  verp_delimiter_filter:
    'Characters that may be used as VERP delimiters, in sendmail -V and in the SMTP XVERP extension.',
  virtual_alias_address_length_limit:
    'Maximum length of an address produced by virtual alias expansion; stops alias loops that make addresses grow without bound.',
  virtual_alias_domains:
    'Domains whose addresses are all aliases resolved through virtual_alias_maps to other local or remote addresses; unknown addresses are rejected by the SMTP server. Do not also list these domains in mydestination or virtual_mailbox_domains.',
  virtual_alias_expansion_limit:
    'Maximum number of addresses that virtual alias expansion may produce from one original recipient.',
  virtual_alias_maps:
    'Lookup tables that rewrite recipient addresses or whole domains to other local or remote addresses, for all recipients; see virtual(5). Lookups are recursive; indexed files must be rebuilt with postmap after changes.',
  virtual_alias_recursion_limit:
    'Maximum nesting depth of virtual alias expansion, i.e. how many times a result may itself be expanded again.',
  virtual_delivery_status_filter:
    'Optional filter that lets the virtual(8) delivery agent rewrite the status code or text of its delivery results; see default_delivery_status_filter.',
  virtual_destination_concurrency_limit:
    'Per-transport setting (not a built-in parameter) for a master.cf service named virtual: the maximum number of parallel deliveries to one destination, enforced by the queue manager; an instance of transport_destination_concurrency_limit.',
  virtual_destination_recipient_limit:
    'Per-transport setting (not a built-in parameter) for a master.cf service named virtual: the maximum number of recipients per delivery, enforced by the queue manager; an instance of transport_destination_recipient_limit.',
  virtual_gid_maps:
    'Lookup tables that give the group ID the virtual(8) delivery agent uses when writing a recipient\'s mailbox; static:5000 gives all mailboxes one group. Regular-expression tables cannot use $1 substitutions here.',
  virtual_mailbox_base:
    'Directory that the virtual(8) delivery agent puts in front of every mailbox path returned by virtual_mailbox_maps, e.g. /var/mail/vhosts; it keeps a broken table from writing all over the file system.',
  virtual_mailbox_domains:
    'Domains for which Postfix is the final destination and delivers through virtual_transport (normally the virtual(8) agent); the SMTP server rejects recipients missing from virtual_mailbox_maps. Do not also list these domains in mydestination.',
  virtual_mailbox_limit:
    'Maximum size, in bytes, of a single mailbox file or maildir message written by the virtual(8) delivery agent; 0 means no limit. A non-zero value smaller than message_size_limit is a fatal configuration error for virtual(8).',
  virtual_mailbox_lock:
    'Locking methods the virtual(8) delivery agent uses for mbox-style mailboxes, e.g. fcntl, flock, dotlock (postconf -l lists them). Not used for maildir; dotlock needs write access to the mailbox directory.',
  virtual_mailbox_maps:
    'Lookup tables listing the valid recipients of virtual_mailbox_domains; for the virtual(8) agent the result is the mailbox path below virtual_mailbox_base, and a trailing slash selects maildir format.',
  virtual_maps:
    'Legacy name (not a built-in parameter) from before Postfix 2.0 for virtual alias tables and domains. Use virtual_alias_maps and virtual_alias_domains; Postfix 3.11 warns about it, and virtual_alias_maps still falls back to its value.',
  virtual_minimum_uid:
    'Lowest user ID that the virtual(8) delivery agent accepts from virtual_uid_maps; a smaller result defers the message instead of delivering as a privileged user.',
  virtual_transport:
    'Delivery transport (and optional next hop), as transport:nexthop, used for domains in virtual_mailbox_domains; often changed to an LMTP service such as lmtp:unix:private/dovecot-lmtp. transport_maps can override it.',
  virtual_uid_maps:
    'Lookup tables that give the user ID the virtual(8) delivery agent uses when writing a recipient\'s mailbox; static:5000 gives all mailboxes one owner. Regular-expression tables cannot use $1 substitutions here.',
};
