import { HTTPError } from '../net/index.js';

/**
 * An error answer from notary-server, with its registry-style JSON body parsed:
 * `{"errors":[{"code","message","detail"}]}` ([N] server/errors/errors.go).
 * The whole body is read, unlike notary's own 1 KiB limit (notary-protocol.md §9.16).
 */
export class NotaryHTTPError extends HTTPError {}

/** Codes notary-server answers with, from [N] server/errors/errors.go. */
export const NOTARY_CODES = {
  notFound: 'METADATA_NOT_FOUND',
  version: 'VERSION',
  updating: 'UPDATING',
  invalidUpdate: 'INVALID_UPDATE',
  invalidRole: 'INVALID_ROLE',
  invalidGun: 'INVALID_GUN',
  malformedJSON: 'MALFORMED_JSON',
  unauthorized: 'UNAUTHORIZED',
} as const;

/** Parses a notary / registry error body into code, message and detail. */
export function parseErrorBody(body: Uint8Array): {
  code?: string;
  message?: string;
  detail?: unknown;
} {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as unknown;
    const first = (parsed as { errors?: unknown[] }).errors?.[0] as
      { code?: unknown; message?: unknown; detail?: unknown } | undefined;
    if (!first) return {};
    return {
      code: typeof first.code === 'string' ? first.code : undefined,
      message: typeof first.message === 'string' ? first.message : undefined,
      detail: first.detail,
    };
  } catch {
    return {};
  }
}

/** Human text for an INVALID_UPDATE detail: `{"Name":"ErrBadTargets","Error":{"Msg":…}}`. */
export function describeDetail(detail: unknown): string | undefined {
  if (typeof detail === 'string') return detail;
  if (typeof detail !== 'object' || detail === null) return undefined;
  const d = detail as { Name?: unknown; Error?: { Msg?: unknown } };
  const msg = d.Error?.Msg;
  if (typeof msg === 'string')
    return typeof d.Name === 'string' ? `${d.Name}: ${msg}` : msg;
  return undefined;
}
