import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseSince } from '../../../src/cli/commands/history.js';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('#parseSince', () => {
  it('reads ages in days, hours and minutes', () => {
    expect(parseSince('30d', NOW).toISOString()).toBe(
      '2026-05-02T12:00:00.000Z'
    );
    expect(parseSince('12h', NOW).toISOString()).toBe(
      '2026-06-01T00:00:00.000Z'
    );
    expect(parseSince('90m', NOW).toISOString()).toBe(
      '2026-06-01T10:30:00.000Z'
    );
  });

  it('reads dates and RFC 3339 times', () => {
    expect(parseSince('2026-01-31', NOW).toISOString()).toBe(
      '2026-01-31T00:00:00.000Z'
    );
    expect(parseSince('2026-01-31T12:00:00Z', NOW).toISOString()).toBe(
      '2026-01-31T12:00:00.000Z'
    );
  });

  it.each(['yesterday', '5w', '31/01/2026', ''])('refuses %j', (v) => {
    expect(() => parseSince(v, NOW)).toThrow(UsageError);
  });
});
