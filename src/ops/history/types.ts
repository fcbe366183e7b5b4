/** A key that produced a valid signature, and the signer it belongs to. */
export interface SignedBy {
  /** The key ID as the role lists it (TUF ID). */
  keyID: string;
  /**
   * The docker signer name: the `targets/<name>` delegation (other than
   * `releases`) that lists the key; `null` for the targets key or when no
   * signer role lists it.
   */
  signer: string | null;
}

/** Keys that appeared in or left a role between two versions. */
export interface KeyChange {
  role: string;
  added: string[];
  removed: string[];
  threshold?: { from: number; to: number };
}

/** Fields every event carries: which published version it came from. */
interface EventBase {
  /** When the server stored the timestamp: changefeed CreatedAt, else estimated (see docs/history.md). */
  time: string;
  /** Version of the timestamp that first shows the change. */
  timestampVersion: number;
}

/** A tag entry added, moved to another digest, or removed in one role. */
export interface TagEvent extends EventBase {
  kind: 'tag-added' | 'tag-moved' | 'tag-removed';
  tag: string;
  role: string;
  /** Version of `role` that made the change. */
  roleVersion: number;
  /** `sha256:<hex>` now (the removed one for tag-removed). */
  digest: string;
  size: number;
  /** For tag-moved: the digest before. */
  previousDigest?: string;
  /** Keys whose signatures on that role version verified. */
  signedBy: SignedBy[];
}

/** A delegation (signer role) added, removed, or its keys changed. */
export interface SignerEvent extends EventBase {
  kind: 'signer-added' | 'signer-removed' | 'signer-keys-changed';
  /** The delegation, e.g. `targets/alice`. */
  role: string;
  /** The role whose file lists it (`targets` for docker's signers). */
  parent: string;
  parentVersion: number;
  keys: KeyChange;
  signedBy: SignedBy[];
}

/** A new root version, with the key changes of each base role. */
export interface RootEvent extends EventBase {
  kind: 'root-changed';
  rootVersion: number;
  previousRootVersion: number | null;
  changes: KeyChange[];
}

/** A role that stopped or started verifying (revoked key, below threshold, expired). */
export interface RoleStateEvent extends EventBase {
  kind: 'role-invalid' | 'role-valid';
  role: string;
  message?: string;
}

/** A published version that could not be verified; nothing in it is reported. */
export interface UnverifiedEvent extends EventBase {
  kind: 'unverified';
  message: string;
}

/** One line of the timeline. */
export type HistoryEvent =
  TagEvent | SignerEvent | RootEvent | RoleStateEvent | UnverifiedEvent;

/** The whole answer of `dct-sign history` (schema documented in docs/history.md). */
export interface HistoryReport {
  schema: 'dct-sign/history/v1';
  gun: string;
  /** How versions were found: the changefeed, or `<v>.timestamp.json` one by one. */
  source: 'changefeed' | 'versions';
  /** Timestamp versions read and verified. */
  versionsRead: number;
  /** False when the walk stopped at --max-versions (or a deletion) before the first version. */
  complete: boolean;
  /** Oldest root version the chain verified back to. */
  oldestTrustedRoot: number;
  events: HistoryEvent[];
}
