/**
 * docker's table layout ([C] cli/command/formatter/formatter.go: Go's
 * text/tabwriter with minwidth 10, padding 3, padded with spaces): every
 * column but the last is as wide as its widest cell + 3, at least 10; the
 * last cell is printed as is. Each line ends with a newline.
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? MIN_WIDTH, width(cell) + PADDING);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, c) =>
          c < row.length - 1 ? cell + ' '.repeat(widths[c] - width(cell)) : cell
        )
        .join('')
    )
    .map((line) => `${line}\n`)
    .join('');
}

const MIN_WIDTH = 10;
const PADDING = 3;

/** tabwriter counts UTF-8 characters (runes), not UTF-16 units. */
function width(text: string): number {
  return [...text].length;
}
