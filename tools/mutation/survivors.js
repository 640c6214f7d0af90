#!/usr/bin/env node
/**
 * `node tools/mutation/survivors.js <module>`: the mutants of the last `npm run test:mutation` of that
 * module that no test caught (survived, or covered by no test), one line each: file:line:column,
 * mutator, the original code and what it was replaced with. A list to work through, not a score.
 */
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const name = process.argv[2];
const report = join(__dirname, '..', '..', 'reports', 'mutation', String(name), 'mutation.json');
if (!name || !existsSync(report)) {
  process.stderr.write(
    name
      ? `No report for ${name}: run \`npm run test:mutation -- ${name}\` first.\n`
      : 'Usage: node tools/mutation/survivors.js <module>\n',
  );
  process.exit(2);
}
const { files } = JSON.parse(readFileSync(report, 'utf8'));
let count = 0;
for (const [path, file] of Object.entries(files)) {
  const lines = file.source.split('\n');
  for (const mutant of file.mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const { start, end } = mutant.location;
    const original =
      start.line === end.line
        ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1].slice(start.column - 1)} …`;
    const shown = (text) => JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);
    process.stdout.write(
      `${path}:${start.line}:${start.column} ${mutant.status} ${mutant.mutatorName}: ${shown(original)} -> ${shown(mutant.replacement)}\n`,
    );
    count += 1;
  }
}
process.stdout.write(`${count} mutants not caught\n`);
