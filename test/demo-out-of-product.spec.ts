import { join, relative } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '..');

/** The files a build from this entry point compiles and ships: what its import graph reaches. */
function buildOf(entry: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.build.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('tsconfig.build.json could not be read');
  const program = ts.createProgram([join(root, entry)], { ...config.options, noEmit: true });
  return program
    .getSourceFiles()
    .map((file) => relative(root, file.fileName))
    .filter((file) => !file.startsWith('node_modules'));
}

describe('Demo data is not part of the product', () => {
  const demo = (files: string[]) => files.filter((f) => f.startsWith(join('libs', 'demo')) || /[\\/]demo[\\/]/.test(f));

  it('leaves every demo file out of what the API server is built from', () => {
    const api = buildOf('apps/api/src/main.ts');
    expect(api.some((f) => f.startsWith(join('libs', 'plan')))).toBe(true);
    expect(demo(api)).toEqual([]);
  });

  it('gives the operator CLI the demo, which it seeds', () => {
    expect(demo(buildOf('apps/cli/src/main.ts'))).toContain(join('libs', 'demo', 'src', 'index.ts'));
  });
});
