import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postmapTableTypes, tableTypes } from '../../server/src/knowledge/tableTypes';
import { Localized } from '../../server/src/i18n/locale';

// Section 6 of shared/reference/postfix-facts.md, with the versions given there.
const FACTS = 'btree cdb(2.2) cidr(2.2) dbm environ fail(2.9) hash inline(3.0) internal ldap lmdb(2.11) memcache(2.9) mongodb(3.9) mysql netinfo nis nisplus pcre pgsql(2.1) pipemap(3.0) proxy(2.0) randmap(3.0) regexp sdbm(2.2) socketmap(2.10) sqlite(2.8) static tcp texthash(2.8) unionmap(3.0) unix';

function factVersions(): Map<string, string | undefined> {
  const m = new Map<string, string | undefined>();
  for (const item of FACTS.split(' ')) {
    const match = /^([a-z]+)(?:\(([\d.]+)\))?$/.exec(item);
    assert.ok(match, item);
    m.set(match[1], match[2]);
  }
  return m;
}

function texts(): Array<[string, Localized]> {
  const out: Array<[string, Localized]> = [];
  for (const [name, d] of Object.entries(tableTypes)) {
    out.push([name, d.summary]);
    if (d.notes) out.push([name, d.notes]);
  }
  return out;
}

test('exactly the 31 table types of the reference, with their versions', () => {
  const facts = factVersions();
  assert.equal(facts.size, 31);
  assert.deepEqual(Object.keys(tableTypes).sort(), [...facts.keys()].sort());
  for (const [name, since] of facts) assert.equal(tableTypes[name].since, since, `${name}.since`);
  assert.equal(tableTypes.cidr.since, '2.2');
  assert.equal(tableTypes.lmdb.since, '2.11');
  assert.equal(tableTypes.hash.since, undefined);
});

test('postmap is needed for exactly the indexed file types', () => {
  assert.equal(tableTypes.hash.needsPostmap, true);
  assert.equal(tableTypes.regexp.needsPostmap, false);
  assert.deepEqual([...postmapTableTypes].sort(), ['btree', 'cdb', 'dbm', 'hash', 'lmdb', 'sdbm']);
  for (const t of postmapTableTypes) {
    assert.equal(tableTypes[t].source, 'database', t);
    assert.ok(tableTypes[t].fileSuffixes && tableTypes[t].fileSuffixes!.length > 0, `${t} has file suffixes`);
  }
  assert.deepEqual(tableTypes.hash.fileSuffixes, ['.db']);
  assert.deepEqual(tableTypes.lmdb.fileSuffixes, ['.lmdb']);
  assert.deepEqual(tableTypes.cdb.fileSuffixes, ['.cdb']);
  assert.deepEqual(tableTypes.dbm.fileSuffixes, ['.dir', '.pag']);
});

test('text tables are read at start-up and need postfix reload', () => {
  for (const t of ['regexp', 'pcre', 'cidr', 'texthash']) {
    assert.equal(tableTypes[t].source, 'file', t);
    assert.equal(tableTypes[t].needsPostmap, false, t);
    assert.match(tableTypes[t].notes!.en, /postfix reload/, t);
    assert.match(tableTypes[t].notes!.ja!, /postfix reload/, t);
  }
});

test('proxy: tables must be approved in proxy_read_maps / proxy_write_maps', () => {
  const n = tableTypes.proxy.notes!;
  assert.match(n.en, /proxy_read_maps/);
  assert.match(n.en, /proxy_write_maps/);
  assert.match(n.ja!, /proxy_read_maps/);
  assert.equal(tableTypes.proxy.source, 'virtual');
});

test('Debian dynamic map packages', () => {
  const expected: Record<string, string> = {
    mysql: 'postfix-mysql',
    pgsql: 'postfix-pgsql',
    ldap: 'postfix-ldap',
    lmdb: 'postfix-lmdb',
    sqlite: 'postfix-sqlite',
    pcre: 'postfix-pcre',
    cdb: 'postfix-cdb',
  };
  const actual: Record<string, string> = {};
  for (const [name, d] of Object.entries(tableTypes)) if (d.debianPackage) actual[name] = d.debianPackage;
  assert.deepEqual(actual, expected);
  for (const [name, pkg] of Object.entries(expected)) assert.ok(tableTypes[name].notes!.en.includes(pkg), `${name} notes name ${pkg}`);
});

test('what each type reads', () => {
  for (const t of ['ldap', 'mysql', 'pgsql', 'mongodb', 'memcache', 'tcp', 'socketmap', 'nis']) assert.equal(tableTypes[t].source, 'network', t);
  for (const t of ['inline', 'static', 'randmap']) assert.equal(tableTypes[t].source, 'inline', t);
  for (const t of ['pipemap', 'unionmap', 'proxy', 'environ', 'fail', 'unix']) assert.equal(tableTypes[t].source, 'virtual', t);
});

test('every text has English and Japanese', () => {
  for (const [name, l] of texts()) {
    assert.ok(l.en.trim().length > 10, `${name}: English`);
    assert.ok(l.ja && /[\u3040-\u30ff\u4e00-\u9fff]/.test(l.ja), `${name}: Japanese`);
    assert.doesNotMatch(l.en, /[\u3040-\u30ff\u4e00-\u9fff]/, `${name}: English contains Japanese`);
  }
});
