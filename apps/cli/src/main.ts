import 'reflect-metadata';
import { EXIT } from './exit-codes';
import { buildProgram } from './program';

buildProgram().parseAsync(process.argv).catch((error: Error & { code?: unknown }) => {
  // Domain refusals carry a stable code; say it, as the API does.
  const code = typeof error.code === 'string' && /^[A-Z_]+$/.test(error.code) ? `${error.code}: ` : '';
  process.stderr.write(`${code}${error.message}\n`);
  process.exit(EXIT.ERROR);
});
