import type { TagTarget } from './types.js';

/** One role we signed into: its version before and after, and new expiry. */
export interface RoleUpdate {
  role: string;
  /** 0 when the role had never been published. */
  previousVersion: number;
  version: number;
  /** RFC 3339, as written into the role. */
  expires: string;
}

/** What a sign run did for one GUN; the glue turns it into outputs and a summary. */
export interface SignImagesResult {
  gun: string;
  trustServer: string;
  /** Key ID of the delegation key (TUF ID; canonical for x509 keys). */
  keyID: string;
  roles: RoleUpdate[];
  targets: TagTarget[];
  /** False on a dry run: nothing was uploaded. */
  published: boolean;
  /** Verified after the upload by a fresh client-side fetch. */
  verifiedAfterPublish: boolean;
  /** Root role key IDs of the repository (what a reviewer pins). */
  rootKeyIDs: string[];
  /** The trusted root bytes, to remember for trust on first use. */
  rootBytes: Uint8Array;
  /** Version of every verified role after the run, to remember against rollback. */
  versions: Record<string, number>;
  /** Versions the server made after the upload (when published). */
  snapshotVersion?: number;
  timestampVersion?: number;
  warnings: string[];
  /** Publish attempts (more than 1 after a concurrent update). */
  attempts: number;
}
