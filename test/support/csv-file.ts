/** A downloaded figure file: its `# key: value` comment lines, and its table as records by header. */
export interface CsvFile {
  comments: Record<string, string>;
  header: string[];
  rows: Record<string, string>[];
}

/** RFC 4180 fields (quotes doubled inside quoted fields), after the leading comment lines. */
export function readCsvFile(text: string): CsvFile {
  const lines = text.split('\n');
  const comments: Record<string, string> = {};
  while (lines[0]?.startsWith('#')) {
    const [, key, value] = /^# ([^:]+): (.*)$/.exec(lines.shift()!) ?? [];
    if (key) comments[key] = value;
  }
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = lines.join('\n');
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted && c === '"' && body[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endField();
      records.push(record);
      record = [];
    }
  }
  if (field || record.length) records.push([...record, field]);
  const [header, ...rows] = records;
  return { comments, header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}
