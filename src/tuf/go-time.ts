import { MetadataError } from './errors.js';

// RFC 3339 as Go's time.Time UnmarshalJSON accepts it: upper-case `T` and `Z`,
// an optional fraction (Go keeps nanoseconds, so at most 9 digits here) and a
// numeric offset. Go also takes a comma or more digits; we refuse those.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

interface GoTime {
  date: string;
  clock: string;
  fraction: string;
  offset: string;
  ms: number;
}

function parseParts(s: string): GoTime {
  const m = RFC3339.exec(s);
  if (!m) throw new MetadataError(`invalid RFC 3339 time ${JSON.stringify(s)}`);
  const [, y, mo, d, h, mi, sec, frac = '', off] = m as unknown as string[];
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const offMinutes = off === 'Z' ? 0 : offsetMinutes(off, s);
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapFix = month === 2 && day === 29 && !isLeap(year);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || leapFix) {
    throw new MetadataError(`time ${JSON.stringify(s)}: day out of range`);
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) {
    throw new MetadataError(`time ${JSON.stringify(s)}: clock out of range`);
  }
  // Date.UTC maps years 0..99 to 19xx, so set the full year explicitly.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(
    Number(h),
    Number(mi),
    Number(sec),
    Number(frac.padEnd(3, '0').slice(0, 3))
  );
  return {
    date: `${y}-${mo}-${d}`,
    clock: `${h}:${mi}:${sec}`,
    fraction: frac,
    offset: offMinutes === 0 ? 'Z' : off,
    ms: t.getTime() - offMinutes * 60_000,
  };
}

function offsetMinutes(off: string, s: string): number {
  const hours = Number(off.slice(1, 3));
  const minutes = Number(off.slice(4, 6));
  if (hours > 23 || minutes > 59) {
    throw new MetadataError(`time ${JSON.stringify(s)}: offset out of range`);
  }
  return (off.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * What Go prints after parsing `s` into a time.Time and marshalling it
 * (RFC3339Nano): the fraction's trailing zeros trimmed (and the dot when
 * nothing is left), `Z` for a zero offset, other offsets kept as written
 * (notary-protocol.md §4.3). Throws MetadataError for non-RFC 3339 input.
 */
export function normalizeGoTime(s: string): string {
  const t = parseParts(s);
  const fraction = t.fraction.replace(/0+$/, '');
  return `${t.date}T${t.clock}${fraction ? '.' + fraction : ''}${t.offset}`;
}

/**
 * Parses an RFC 3339 time. Sub-millisecond digits are truncated, which keeps
 * `expires < now` exact at millisecond resolution (see isExpiredAt).
 */
export function parseTime(s: string): Date {
  return new Date(parseParts(s).ms);
}

/**
 * True when `expires` lies strictly before `at` ([N] tuf/signed/verify.go
 * IsExpired: `t.Before(now)`). Truncating the nanoseconds is exact here: a
 * time in the same millisecond as `at` is never before it.
 */
export function isExpiredAt(expires: string, at: Date): boolean {
  return parseTime(expires).getTime() < at.getTime();
}

/**
 * `expires` as notary writes it: UTC, whole seconds, `Z`
 * (`2029-01-01T00:00:00Z`); never toISOString's `.000Z` (notary-protocol.md §9.2).
 */
export function formatExpires(d: Date): string {
  const iso = Number.isNaN(d.getTime()) ? '' : d.toISOString();
  // toISOString switches to ±YYYYYY outside 0000..9999, which Go refuses to marshal.
  if (!/^\d{4}-/.test(iso))
    throw new MetadataError('expires must be a date in years 0000..9999');
  return iso.slice(0, 19) + 'Z';
}
