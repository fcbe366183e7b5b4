import { goEscapeHTML } from '../../tuf/index.js';
import { naturalCompare } from './natural-sort.js';
import { formatTable } from './table.js';
import { RELEASED_ROLE_NAME, type TrustInfo } from './trust-info.js';

// The two outputs of docker trust inspect, byte for byte: the JSON of
// [C] cli/command/trust/inspect.go (Go's encoding/json, struct field order,
// `omitempty` keys, indented by 4 as cli/command/inspect does) and the
// tables of inspect_pretty.go.

/** One element of the JSON array, fields in the Go struct's order. */
export function inspectElement(name: string, info: TrustInfo): object {
  const keys = (ids: readonly string[]) =>
    ids.length > 0 ? { Keys: ids.map((ID) => ({ ID })) } : {};
  const signers = [...info.signers]
    .map(([n, ids]) => ({ Name: n, ...keys(ids) }))
    // Go: sort.Slice by Name descending (byte order).
    .sort((a, b) => (a.Name > b.Name ? -1 : a.Name < b.Name ? 1 : 0));
  return {
    Name: name,
    SignedTags: info.rows.map((r) => ({
      SignedTag: r.tag,
      Digest: r.digest,
      Signers: r.signers.length > 0 ? r.signers : [RELEASED_ROLE_NAME],
    })),
    Signers: signers,
    // "Root" sorts before "Repository" (descending), as docker sorts them.
    AdministrativeKeys: [
      { Name: 'Root', ...keys(info.rootKeyIDs) },
      { Name: 'Repository', ...keys(info.repositoryKeyIDs) },
    ],
  };
}

/** The JSON docker prints for all references: `[]` when none could be read. */
export function inspectJSON(elements: readonly object[]): string {
  return `${goEscapeHTML(JSON.stringify(elements, null, 4))}\n`;
}

const byteSort = (ids: readonly string[]) =>
  [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** `docker trust inspect --pretty` for one reference. */
export function inspectPretty(name: string, info: TrustInfo): string {
  let out = '';
  if (info.rows.length > 0) {
    out += `\nSignatures for ${name}\n\n`;
    out += formatTable([
      ['SIGNED TAG', 'DIGEST', 'SIGNERS'],
      ...info.rows.map((r) => [
        r.tag,
        r.digest,
        r.signers.length > 0
          ? byteSort(r.signers).join(', ')
          : `(${RELEASED_ROLE_NAME})`,
      ]),
    ]);
  } else {
    out += `\nNo signatures for ${name}\n\n`;
  }
  if (info.signers.size > 0) {
    out += `\nList of signers and their keys for ${name}\n\n`;
    const names = [...info.signers.keys()].sort(naturalCompare);
    out += formatTable([
      ['SIGNER', 'KEYS'],
      ...names.map((n) => [
        n,
        byteSort(info.signers.get(n)!)
          .map((id) => id.slice(0, 12))
          .join(', '),
      ]),
    ]);
  }
  out += `\nAdministrative keys for ${name}\n\n`;
  out += `  Repository Key:\t${byteSort(info.repositoryKeyIDs).join(', ')}\n`;
  out += `  Root Key:\t${byteSort(info.rootKeyIDs).join(', ')}\n`;
  return out;
}
