import type { CliIO } from './io.js';

const CODES = { red: 31, yellow: 33, bold: 1 } as const;

/**
 * ANSI colour for people at a terminal only: never when output goes to a
 * pipe or file (scripts and CI logs get plain text), nor when NO_COLOR is set
 * (no-color.org).
 */
export function paint(
  io: CliIO,
  style: keyof typeof CODES,
  text: string
): string {
  if (!io.isTTY || io.env.NO_COLOR) return text;
  return `\u001b[${CODES[style]}m${text}\u001b[0m`;
}
