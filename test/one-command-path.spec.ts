import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sourceFiles } from './module-edges';

const root = join(__dirname, '..');

/**
 * What only a command endpoint (or the core's pipeline under it) may do. Outside libs/core, a
 * resolver, seed or process manager sends a request; it never builds a decider command, mints ids,
 * stamps the moment of handling, names people or reaches past the endpoint to the pipeline.
 */
const ENDPOINT_ONLY: [what: string, pattern: RegExp][] = [
  ['runs a decider command past its endpoint', /\b(?:pipeline|this\.pipeline)\.execute\(|\bhandleCommand\(/],
  ['sends a command through the CommandBus', /\bCommandBus\b/],
];
const RESOLVER_NEVER: [what: string, pattern: RegExp][] = [
  ...ENDPOINT_ONLY,
  ['mints an id (prepare does, from the command id)', /\bentityIdFor\(/],
  ['stamps the moment of handling (prepare does)', /metadata:\s*\{\s*now/],
  ['writes to the person directory (the pipeline does, after the append)', /\.upsert\(|\.register\(/],
  ['builds a command context by hand', /\bcommandContext\(/],
];

const product = ['libs', 'apps']
  .flatMap((area) => sourceFiles(join(root, area)))
  .filter((file) => !/\.(?:spec|int-spec|e2e-spec)\.ts$/.test(file) && !file.includes(`${sep}testing${sep}`))
  .map((file) => relative(root, file));
const findings = (files: string[], rules: [string, RegExp][]) =>
  files.flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return rules.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${file}: ${what}`);
  });

describe('One way to send a command', () => {
  it('leaves the pipeline and the decider command to libs/core: every other module sends requests to endpoints', () => {
    const outside = product.filter((file) => !file.startsWith(join('libs', 'core')));
    expect(outside.length).toBeGreaterThan(100);
    expect(findings(outside, ENDPOINT_ONLY)).toEqual([]);
  });

  it('keeps resolvers to mapping input to a request', () => {
    const resolvers = product.filter((file) => file.endsWith('.resolver.ts'));
    expect(resolvers.length).toBeGreaterThan(15);
    expect(findings(resolvers, RESOLVER_NEVER)).toEqual([]);
  });

  it('would catch each thing it forbids', () => {
    const samples = [
      'await this.pipeline.execute(stream, decider, command, context)',
      'constructor(private readonly commands: CommandBus) {}',
      "const personId = `person-${entityIdFor(commandId, 'guest')}`",
      'metadata: { now: new Date() }',
      'this.persons.upsert(id, fields)',
      'const context = commandContext(actor, cid, input)',
    ];
    expect(samples.map((sample) => RESOLVER_NEVER.some(([, pattern]) => pattern.test(sample)))).toEqual(
      samples.map(() => true),
    );
  });
});
