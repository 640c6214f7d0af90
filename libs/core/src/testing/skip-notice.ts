/**
 * Says why a suite is skipped, straight to stderr: Jest drops the console output of a test file
 * whose every test is skipped once it runs more than one file, so `console.info` would skip silently.
 */
export function announceSkip(text: string): void {
  process.stderr.write(`SKIPPED: ${text}\n`);
}
