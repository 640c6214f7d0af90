'use strict';
/**
 * What `-r ts-node/register/transpile-only` did for the processes the tests start (the API, the
 * CLI), with each file's JavaScript kept on disk under the hash of its source, its path, the
 * compiler options and this file. ts-node transpiled the ~600 files a start loads each time, about
 * 8 s of a busy CPU per CLI call; the CLI and crash tests waited mostly on that. Same compiler, same
 * options (tsconfig.json), no type check, as before.
 *
 * SAMVERKAN_TRANSPILE_CACHE names the directory (default: one per user in the system's temp dir).
 * Each file carries its source map inline; `NODE_OPTIONS=--enable-source-maps` makes a child's stack
 * traces point into the TypeScript (not on by default: it doubles the time a start takes).
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const PROJECT = path.join(ROOT, 'tsconfig.json');
const read = (file) => fs.readFileSync(file, 'utf8');
const CACHE =
  process.env.SAMVERKAN_TRANSPILE_CACHE ||
  path.join(os.tmpdir(), `samverkan-transpiled-${process.getuid?.() ?? 'user'}`);
const SALT = [
  require('typescript/package.json').version,
  read(PROJECT),
  read(path.join(ROOT, 'tsconfig.base.json')),
  read(__filename),
];

let compilerOptions;
/** Loads the compiler only on a miss: a start that finds every file cached never parses it. */
function transpile(source, filename) {
  const ts = require('typescript');
  if (!compilerOptions) {
    const fail = (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    };
    const parsed = ts.getParsedCommandLineOfConfigFile(
      PROJECT,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail },
    );
    compilerOptions = {
      ...parsed.options,
      sourceMap: false,
      inlineSourceMap: true,
      inlineSources: true,
      declaration: false,
    };
  }
  return ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
}

function cached(source, filename) {
  const key = createHash('sha256')
    .update([...SALT, filename, source].join('\0'))
    .digest('hex');
  const file = path.join(CACHE, key.slice(0, 2), `${key}.js`);
  try {
    return read(file);
  } catch {
    const output = transpile(source, filename);
    try {
      // Written aside and renamed: a process starting alongside reads a whole file or none.
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, output);
      fs.renameSync(partial, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
    return output;
  }
}

const loadJs = require.extensions['.js'];
require.extensions['.ts'] = function (module, filename) {
  if (filename.includes(`${path.sep}node_modules${path.sep}`)) return loadJs(module, filename);
  module._compile(cached(read(filename), filename), filename);
};
