/** notary's default lifetimes (notary-protocol.md §3.3): Go's AddDate, i.e. calendar years. */
export function yearsFrom(now: Date, years: number): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCMilliseconds(0);
  return d;
}

/** targets and every delegation: now + 3 years. */
export function targetsExpiry(now: Date): Date {
  return yearsFrom(now, 3);
}

/** root.json and the root certificate: now + 10 years. */
export function rootExpiry(now: Date): Date {
  return yearsFrom(now, 10);
}
