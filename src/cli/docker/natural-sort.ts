/**
 * docker's natural order for tags and signers ([C] uses fvbommel/sortorder
 * NaturalLess): runs of digits compare as numbers (v2 < v10), digits sort
 * before other characters, other bytes compare as bytes; for equal numbers
 * the one written with fewer leading zeros comes first.
 */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a, i);
    const db = isDigit(b, j);
    if (da !== db) return da;
    if (!da) {
      if (a[i] !== b[j]) return a.charCodeAt(i) < b.charCodeAt(j);
      i++;
      j++;
      continue;
    }
    const za = skipWhile(a, i, (k) => a[k] === '0');
    const zb = skipWhile(b, j, (k) => b[k] === '0');
    const ea = skipWhile(a, za, (k) => isDigit(a, k));
    const eb = skipWhile(b, zb, (k) => isDigit(b, k));
    if (ea - za !== eb - zb) return ea - za < eb - zb;
    const na = a.slice(za, ea);
    const nb = b.slice(zb, eb);
    if (na !== nb) return na < nb;
    if (za - i !== zb - j) return za - i < zb - j;
    i = ea;
    j = eb;
  }
  return a.length - i < b.length - j;
}

/** A comparator for Array.prototype.sort from {@link naturalLess}. */
export function naturalCompare(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}

function isDigit(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  return c >= 48 && c <= 57;
}

function skipWhile(s: string, k: number, ok: (k: number) => boolean): number {
  while (k < s.length && ok(k)) k++;
  return k;
}
