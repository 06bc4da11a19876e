// Reads back the CSV files Anonymark writes, so that tests check what a spreadsheet would see.

/**
 * RFC 4180: quoted fields may hold separators, doubled quotes and line breaks; every record ends with CRLF. A leading
 * byte-order mark is read as spreadsheets read it: as the encoding's mark, not text.
 */
export function parseCsv(file: string, separator = ","): string[][] {
  const csv = file.startsWith("\ufeff") ? file.slice(1) : file;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) row.push(field), (field = "");
    else if (char === "\r" && csv[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += char;
  }
  if (field || row.length) throw new Error("the last record has no line break");
  return rows;
}
