import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, parse, validate } from 'graphql';
import { TokenService } from '@samverkan/auth';
import { EVENT_STORE, ProjectionRunner, validateEnvironment } from '@samverkan/core';
import { EventStore } from '@samverkan/event-store';
import { AppModule } from '../../apps/api/src';

export interface InProcessCase {
  name: string;
  query: string;
}

export interface InProcessFigures {
  name: string;
  operations: number;
  /** Operations per second of one sequential loop: one core's rate. */
  rate: number;
  p50: number;
  p95: number;
  /** CPU time (user + system) per operation: what one costs whatever else runs on the machine. */
  cpuMsPerOp: number;
}

/**
 * The limit of the query bench: each case's operation run by graphql-js `execute` on the app's own
 * built schema (GraphQLSchemaHost) and read models, in one loop in this process. Every resolver,
 * guard and pipe of the schema runs as it does for a request; HTTP, the middleware, Apollo's request
 * pipeline (parse, validate, plugins) and the serialisation of the answer do not.
 *
 * argv: data dir, seconds per case, JSON file of cases. Prints one JSON line: InProcessFigures[].
 */
async function main(): Promise<void> {
  const [dir, secondsArg, casesFile] = process.argv.slice(2);
  const seconds = Number(secondsArg);
  const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as InProcessCase[];
  const env = validateEnvironment({ ...process.env, DATA_DIR: dir, NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.register(env), { logger: false });
  await app.init();
  const head = await app.get<EventStore>(EVENT_STORE).headPosition();
  await app.get(ProjectionRunner).waitFor(head, 120_000);
  const schema = app.get(GraphQLSchemaHost).schema;
  const tokens = app.get(TokenService);
  const authorization = `Bearer ${(await tokens.devTokens())!.AUDITOR}`;
  const verified = await tokens.verify(authorization.slice('Bearer '.length));
  const figures: InProcessFigures[] = [];
  for (const c of cases) {
    const document = parse(c.query);
    const invalid = validate(schema, document);
    if (invalid.length > 0) throw new Error(`${c.name}: ${invalid[0].message}`);
    // What the HTTP middleware leaves on each request: a fresh request, its token verified once.
    const once = async () => {
      const result = await execute({
        schema,
        document,
        contextValue: { req: { id: 'bench', headers: { authorization }, verified } },
      });
      if (result.errors) throw new Error(`${c.name}: ${result.errors[0].message}`);
    };
    const warmUntil = performance.now() + Math.min(1000, seconds * 250);
    while (performance.now() < warmUntil) await once();
    const latencies: number[] = [];
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const until = started + seconds * 1000;
    for (let t = started; t < until;) {
      await once();
      const done = performance.now();
      latencies.push(done - t);
      t = done;
    }
    const elapsed = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerOp = (cpu.user + cpu.system) / 1000 / latencies.length;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
    figures.push({
      name: c.name,
      operations: latencies.length,
      rate: latencies.length / elapsed,
      p50: pct(0.5),
      p95: pct(0.95),
      cpuMsPerOp,
    });
  }
  await app.close();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
