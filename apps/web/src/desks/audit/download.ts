/** Offers text as a file to save, as a download link would; the text never leaves the browser. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL may go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
