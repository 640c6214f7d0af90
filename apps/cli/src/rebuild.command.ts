import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { Environment, holdingDataDir, ProjectionRunner, validateEnvironment } from '@samverkan/core';
import { WorkspaceModule } from '../../api/src';

/** Replays the whole store into fresh read models, with a progress bar over store positions. */
export async function rebuildCommand(): Promise<void> {
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  await holdingDataDir(env.DATA_DIR, 'the operator command rebuild', () => rebuild(env));
}

async function rebuild(env: Environment): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkspaceModule.register(env, { follow: false }), {
    logger: ['error', 'warn'],
  });
  const bar = new SingleBar(
    { format: 'rebuild [{bar}] {percentage}% | position {value}/{total}' },
    Presets.shades_classic,
  );
  let started = false;
  const startedAt = Date.now();
  const count = await app.get(ProjectionRunner).rebuild((done, total) => {
    if (!started) bar.start(Number(total), 0);
    started = true;
    bar.update(Number(done));
  });
  if (started) bar.stop();
  process.stdout.write(`Rebuilt read models from ${count} events in ${Date.now() - startedAt} ms\n`);
  await app.close();
}
