import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './ts-node';

/** Prints a PDF's text and page count as JSON: pdf-parse (on Mozilla's pdf.js) in plain Node. */
const EXTRACT = `
const { PDFParse } = require('pdf-parse');
const parser = new PDFParse({ data: require('node:fs').readFileSync(process.argv[1]) });
parser.getText().then(async (r) => {
  process.stdout.write(JSON.stringify({ text: r.text, pages: r.total }));
  await parser.destroy();
});`;

/**
 * The text of a PDF as a reader would copy it, so the print tests read what Chromium put on paper.
 * In a child process: pdf.js loads its worker with a dynamic import, which Jest's VM does not allow.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-pdf-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', EXTRACT, file], { cwd: ROOT });
    return JSON.parse(stdout) as { text: string; pages: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
