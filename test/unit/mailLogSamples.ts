/**
 * Log lines written by the real Postfix 3.7.11 (Debian) through test/postfix/instance.ts: startPostfix with
 * maillog_file, SMTP sessions from 127.0.0.2 - 127.0.0.5 (relay denied, unknown user, a null sender, mail
 * deferred, discarded, bounced by a remote that denied relaying, expired with maximal_queue_lifetime = 0, long
 * queue ids, a submission service with its own syslog_name, a service dying on a fatal error). Copied verbatim.
 */
export const REAL = {
  daemonStarted:
    'Nov 30 02:09:51 mx postfix/master[11662]: daemon started -- version 3.7.11, configuration /tmp/pfrun-m6u0c2/conf',
  nisWarning:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: warning: dict_nis_init: NIS domain name not set - NIS lookups disabled',
  connect:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: connect from unknown[127.0.0.2]',
  relayDeferred454:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: NOQUEUE: reject: RCPT from unknown[127.0.0.2]: 454 4.7.1 <b@remote.example.net>: Relay access denied; from=<a@example.org> to=<b@remote.example.net> proto=ESMTP helo=<client.example.org>',
  disconnect:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: disconnect from unknown[127.0.0.2] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4',
  userUnknown:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: NOQUEUE: reject: RCPT from unknown[127.0.0.3]: 550 5.1.1 <nosuchuser@mx.test.example>: Recipient address rejected: User unknown in local recipient table; from=<a@example.org> to=<nosuchuser@mx.test.example> proto=ESMTP helo=<client.example.org>',
  nullSenderReject:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: NOQUEUE: reject: RCPT from unknown[127.0.0.1]: 550 5.1.1 <x@bounce.example>: Recipient address rejected: no such user here; from=<> to=<x@bounce.example> proto=SMTP helo=<c>',
  nonSmtpWarning:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: warning: non-SMTP command from unknown[127.0.0.1]: Subject: t',
  client:
    'Nov 30 02:09:51 mx postfix/smtpd[11666]: DBF7620C759: client=unknown[127.0.0.1]',
  messageId:
    'Nov 30 02:09:51 mx postfix/cleanup[11670]: DBF7620C759: message-id=<20261130020951.DBF7620C759@mx.test.example>',
  queueActive:
    'Nov 30 02:09:51 mx postfix/qmgr[11664]: DBF7620C759: from=<s@example.org>, size=304, nrcpt=1 (queue active)',
  connectRefused:
    'Nov 30 02:09:51 mx postfix/smtp[11671]: connect to 127.0.0.1[127.0.0.1]:1: Connection refused',
  deferred:
    'Nov 30 02:09:51 mx postfix/smtp[11671]: DBF7620C759: to=<y@defer.example>, relay=none, delay=0.02, delays=0.01/0.01/0/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:1: Connection refused)',
  sentDiscard:
    'Nov 30 02:09:51 mx postfix/discard[11674]: DE5BA20C75B: to=<w@discard.example>, relay=none, delay=0.01, delays=0.01/0.01/0/0, dsn=2.0.0, status=sent (silently)',
  removed:
    'Nov 30 02:09:51 mx postfix/qmgr[11664]: DE5BA20C75B: removed',
  submissionRelayDenied:
    'Nov 30 02:09:51 mx postfix-submission/submission/smtpd[11675]: NOQUEUE: reject: RCPT from unknown[127.0.0.4]: 554 5.7.1 <far@remote.example.net>: Relay access denied; from=<u@example.org> to=<far@remote.example.net> proto=ESMTP helo=<sub.example.org>',
  fatalNoWorkingInstance:
    'Nov 30 02:09:51 mx postfix/smtpd[11676]: fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains',
  masterExitStatus:
    'Nov 30 02:09:52 mx postfix/master[11662]: warning: process /usr/lib/postfix/sbin/smtpd pid 11676 exit status 1',
  masterThrottling:
    'Nov 30 02:09:52 mx postfix/master[11662]: warning: /usr/lib/postfix/sbin/smtpd: bad command startup -- throttling',
  origTo:
    'Nov 30 02:10:49 mx postfix/discard[17477]: E883820CBF6: to=<z@discard.example>, orig_to=<alias@mx.test.example>, relay=none, delay=0.01, delays=0/0.01/0/0, dsn=2.0.0, status=sent (silently)',
  relayDenied554:
    'Nov 30 02:10:49 mx postfix/relaytest/smtpd[17479]: NOQUEUE: reject: RCPT from unknown[127.0.0.1]: 554 5.7.1 <r@rbounce.example>: Relay access denied; from=<s@defer.example> to=<r@rbounce.example> proto=ESMTP helo=<mx.test.example>',
  expired:
    'Nov 30 02:10:49 mx postfix/qmgr[17470]: EAE4920CBF8: from=<s@discard.example>, status=expired, returned to sender',
  expiredNullSender:
    'Nov 30 02:10:50 mx postfix/qmgr[17470]: 01B8C20CBFF: from=<>, status=expired, returned to sender',
  senderNotification:
    'Nov 30 02:10:49 mx postfix/bounce[17480]: EAE4920CBF8: sender non-delivery notification: F3E0520CBFD',
  bouncedRemoteRelay:
    'Nov 30 02:10:50 mx postfix/smtp[17476]: E63B720CBF5: to=<r@rbounce.example>, relay=127.0.0.1[127.0.0.1]:2597, delay=0.07, delays=0.01/0.03/0.02/0.01, dsn=5.7.1, status=bounced (host 127.0.0.1[127.0.0.1] said: 554 5.7.1 <r@rbounce.example>: Relay access denied (in reply to RCPT TO command))',
  relaytestDisconnect:
    'Nov 30 02:10:50 mx postfix/relaytest/smtpd[17479]: disconnect from unknown[127.0.0.1] ehlo=1 mail=1 rcpt=0/1 data=0/1 rset=1 quit=1 commands=4/6',
  longQueueIdClient:
    'Nov 30 02:10:59 mx postfix/smtpd[18690]: 4jd6v70V6dzJ9db: client=unknown[127.0.0.1]',
  longQueueIdBounced:
    'Nov 30 02:10:59 mx postfix/smtp[18694]: 4jd6v70V6dzJ9db: to=<r@rbounce.example>, relay=127.0.0.1[127.0.0.1]:2597, delay=0.07, delays=0.01/0.03/0.01/0.01, dsn=5.7.1, status=bounced (host 127.0.0.1[127.0.0.1] said: 554 5.7.1 <r@rbounce.example>: Relay access denied (in reply to RCPT TO command))',
} as const;

/** trivial-rewrite and smtpd of the same real Postfix when transport_maps held a malformed inline: table. */
export const REAL_ERRORS = {
  inlineError:
    'Nov 30 02:09:11 mx postfix/trivial-rewrite[8637]: error: missing \'=\' after attribute name: "inline:{ bounce.example=error:5.1.1 no such user here, defer.example=smtp:[127.0.0.1]:1, discard.example=discard:silently }"; need "inline:{name=value...}"',
  temporaryLookupFailure:
    'Nov 30 02:09:11 mx postfix/smtpd[8630]: NOQUEUE: reject: RCPT from unknown[127.0.0.2]: 451 4.3.0 <b@remote.example.net>: Temporary lookup failure; from=<a@example.org> to=<b@remote.example.net> proto=ESMTP helo=<client.example.org>',
} as const;

/** The same records with other headers, in the formats of rsyslog (RFC 3339) and classic syslog (space-padded day). */
export const HEADERS = {
  rfc3339:
    '2026-11-30T02:09:51.123456+09:00 mx postfix/smtpd[11666]: NOQUEUE: reject: RCPT from unknown[127.0.0.2]: 454 4.7.1 <b@remote.example.net>: Relay access denied; from=<a@example.org> to=<b@remote.example.net> proto=ESMTP helo=<client.example.org>',
  rfc3339Zulu: '2026-11-30T02:09:51Z mx postfix/qmgr[17470]: E883820CBF6: removed',
  journalIso: '2026-11-30T02:09:51+0900 mx postfix/qmgr[17470]: E883820CBF6: removed',
  spacePaddedDay: 'Nov  3 02:09:51 mail.example.com postfix/smtpd[11666]: connect from mx.example.net[192.0.2.25]',
} as const;

/**
 * Formats taken from the Postfix source rather than produced here: postscreen's decision (the binary\'s
 * format string "NOQUEUE: reject: RCPT from [%s]:%s: %.*s; from=<%s>, to=<%s>, proto=%s, helo=<%s>"), a DNSBL
 * reply with its own ";", an IPv6 client with smtpd_client_port_logging, and the milter and header_checks actions (cleanup).
 */
export const FORMATS = {
  postscreen:
    'Nov 30 10:01:02 mx postfix/postscreen[77]: NOQUEUE: reject: RCPT from [192.0.2.7]:41234: 550 5.7.1 Service unavailable; client [192.0.2.7] blocked using zen.spamhaus.org; from=<a@example.org>, to=<b@example.com>, proto=ESMTP, helo=<x.example>',
  postscreenConnect: 'Nov 30 10:01:02 mx postfix/postscreen[77]: NOQUEUE: reject: CONNECT from [192.0.2.7]:41234: too many connections',
  dnsbl:
    'Nov 30 10:01:02 mx postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[198.51.100.9]: 554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.9; from=<spam@example.net> to=<user@example.com> proto=ESMTP helo=<bad.example>',
  ipv6Port:
    'Nov 30 10:01:02 mx postfix/smtpd[1234]: 4A1B2C3D4E: reject: RCPT from mx.example.net[2001:db8::25]:50123: 554 5.7.1 <far@elsewhere.example>: Relay access denied; from=<a@example.net> to=<far@elsewhere.example> proto=ESMTP helo=<mx.example.net>',
  milter:
    'Nov 30 10:01:02 mx postfix/cleanup[4321]: 4A1B2C3D4E: milter-reject: END-OF-MESSAGE from mx.example.net[192.0.2.25]: 5.7.1 Spam message rejected; from=<a@example.net> to=<b@example.com> proto=ESMTP helo=<mx.example.net>',
  headerChecks:
    'Nov 30 10:01:02 mx postfix/cleanup[4321]: 4A1B2C3D4E: reject: header Subject: buy now from mx.example.net[192.0.2.25]; from=<a@example.net> to=<b@example.com> proto=ESMTP helo=<mx.example.net>: 5.7.1 message content rejected',
} as const;
