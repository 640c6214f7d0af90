/**
 * The text of a PDF, page by page, as a reader would copy it: pdf-parse (on Mozilla's pdf.js) is
 * installed with the dev tools, so the print tests read what Chromium put on paper.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PDFParse } = require('pdf-parse') as typeof import('pdf-parse');
  const parser = new PDFParse({ data: pdf });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}
