import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EffectiveConfig } from '../../server/src/analysis/effectiveConfig';
import { whoMayRelay, whoMayRelayMarkdown, whoMayRelaySummary } from '../../server/src/features/whoMayRelay';
import { parseMainCf } from '../../server/src/parser/mainCf';

const rows = (text: string) => whoMayRelay(new EffectiveConfig(parseMainCf(text)), '3.7');
const table = (text: string) => rows(text).map((r) => [r.who.en, r.to.en, r.decision, r.reply]);

test('the standard scenarios on a modern configuration', () => {
  const text = 'compatibility_level = 3.6\nmydestination = mx.example.com\nmynetworks = 127.0.0.0/8, 192.0.2.0/24\nrelay_domains = example.org\nsmtpd_sasl_auth_enable = yes\n';
  assert.deepEqual(table(text), [
    ['this host (127.0.0.1)', 'another domain', 'accept', '250 2.1.5 Ok'],
    ['a mynetworks client (192.0.2.1)', 'another domain', 'accept', '250 2.1.5 Ok'],
    ['an outside client', 'another domain', 'defer', '454 4.7.1 <someone@elsewhere.invalid>: Relay access denied'],
    ['an outside client with SASL login', 'another domain', 'accept', '250 2.1.5 Ok'],
    ['an outside client', 'a local domain (mx.example.com)', 'accept', '250 2.1.5 Ok'],
    ['an outside client', 'a relay domain (example.org)', 'accept', '250 2.1.5 Ok'],
  ]);
  assert.equal(whoMayRelaySummary(rows(text), 'en'), 'May relay: this host (127.0.0.1), a mynetworks client (192.0.2.1), an outside client with SASL login');
});

test('an open relay is called one', () => {
  const text = 'compatibility_level = 3.6\nmynetworks = 0.0.0.0/0\n';
  assert.equal(whoMayRelaySummary(rows(text), 'en'), '⚠ Open relay: outside clients can relay to any domain');
  assert.match(whoMayRelaySummary(rows(text), 'ja'), /オープンリレー/);
});

test('a configuration smtpd refuses is reported as such', () => {
  const text = 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks\n';
  assert.equal(rows(text)[0].decision, 'config-error');
  assert.match(whoMayRelaySummary(rows(text), 'en'), /will not start/);
});

test('the markdown table escapes what comes from the file', () => {
  const text = 'compatibility_level = 3.6\nmydestination = mx.example.com\n';
  const md = whoMayRelayMarkdown(rows(text), 'en');
  assert.match(md, /\| From \| To \| Result \| Reply \|/);
  assert.match(md, /`454 4\.7\.1 <someone@elsewhere\.invalid>: Relay access denied`/);
});

test('the relay settings show the table in their hover', async () => {
  const { createLanguageService } = await import('../../server/src/languageService');
  const { mainCf, settings } = await import('../helpers');
  const doc = mainCf('compatibility_level = 3.6\nmydestination = mx.example.com\nmynetworks = 127.0.0.0/8\n');
  const hover = createLanguageService().hover(doc, { line: 2, character: 3 }, settings());
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(value, /Who may relay/);
  assert.match(value, /\| an outside client \| another domain \| ⏸️ deferred \| `454 4\.7\.1 <someone@elsewhere\.invalid>: Relay access denied` \|/);
});

test('a relay domain that happens to be a common example domain does not look like an open relay', () => {
  const text = 'compatibility_level = 3.6\nmynetworks = 127.0.0.0/8, [::1]/128\nsmtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination\nrelay_domains = example.net, example.com\n';
  assert.equal(whoMayRelaySummary(rows(text), 'en'), 'May relay: this host (127.0.0.1)');
});
