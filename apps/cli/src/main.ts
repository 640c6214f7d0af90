import 'reflect-metadata';
import { EXIT } from './exit-codes';
import { buildProgram } from './program';

// A reader that stopped reading (`| head -1`) is no error of ours: every command ends quietly then,
// with the exit code it had set so far. Without a listener, the write's EPIPE crashes with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT.OK);
  });
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: Error & { code?: unknown }) => {
    // Domain refusals carry a stable code; say it, as the API does.
    const code = typeof error.code === 'string' && /^[A-Z_]+$/.test(error.code) ? `${error.code}: ` : '';
    process.stderr.write(`${code}${error.message}\n`);
    process.exit(EXIT.ERROR);
  });
