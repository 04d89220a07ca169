// Loads dist/client.js with a stand-in for the 'vscode' module and prints how long the require took (ms).
// A proxy for extension activation: VS Code itself is not here, so activate() is not called; what is
// measured is loading and evaluating the client bundle, which is most of what activation costs before
// the server starts (the server's own start is measured separately).
const Module = require('node:module');
const path = require('node:path');

/** Anything: every property is another stand-in, and it can be called or constructed. */
function standIn() {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : standIn()),
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode') return 'vscode';
  return original.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: standIn() };

const clientJs = path.resolve(process.argv[2]);
const t0 = process.hrtime.bigint();
const client = require(clientJs);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (typeof client.activate !== 'function') throw new Error('dist/client.js exports no activate()');
process.stdout.write(`${ms}\n`);
