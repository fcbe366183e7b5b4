// notary/: the notary-server HTTP API for one GUN, in bytes. No trust decisions.
export { NotaryClient, encodeMultipart, MAX_BYTES } from './client.js';
export type { NotaryClientOptions, RoleUpload } from './client.js';
export {
  NotaryHTTPError,
  NOTARY_CODES,
  parseErrorBody,
  describeDetail,
} from './errors.js';
export {
  ChangefeedClient,
  CHANGEFEED_PAGE,
  parseChangefeed,
} from './changefeed.js';
export type { ChangeRecord } from './changefeed.js';
