import { compareUtf8 } from '../canonical.js';
import type { FileMeta } from '../model/file-meta.js';
import type { SignedMetadata } from '../model/metadata.js';
import type { RoleKeys } from '../model/role-keys.js';
import type { Root } from '../model/root.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Targets } from '../model/targets.js';
import type { Timestamp } from '../model/timestamp.js';
import { isPathAllowed } from './paths.js';

/** A targets-type role that verified: `targets` or a reachable delegation. */
export interface TrustedTargetsRole {
  readonly role: string;
  readonly metadata: SignedMetadata<Targets>;
  /** Paths after cutting by every ancestor's (`[""]` for `targets`). */
  readonly paths: readonly string[];
  /** Keys and threshold it was verified against (root's or its parent's). */
  readonly keys: RoleKeys;
}

/** Something a reader would skip or ignore, with the reason. */
export interface VerificationWarning {
  readonly role: string;
  readonly message: string;
  readonly cause?: Error;
}

/** One role's entry for a target name. */
export interface TargetMatch {
  readonly role: string;
  readonly meta: FileMeta;
  readonly length: number;
  /** Hex sha256 (the manifest digest), when the entry has one. */
  readonly sha256Hex: string | undefined;
}

/** Constructor bag for {@link TrustedRepository}. */
export interface TrustedRepositoryOptions {
  gun: string;
  root: SignedMetadata<Root>;
  timestamp: SignedMetadata<Timestamp>;
  snapshot: SignedMetadata<Snapshot>;
  /** `targets` first, then delegations in pre-order. */
  roles: readonly TrustedTargetsRole[];
  /** Delegations listed by a trusted parent but absent from the snapshot (never published). */
  unpublished: readonly string[];
  warnings: readonly VerificationWarning[];
}

/** The outcome of verifyRepository: every role that verified, with its bytes. */
export class TrustedRepository {
  readonly gun: string;
  readonly root: SignedMetadata<Root>;
  readonly timestamp: SignedMetadata<Timestamp>;
  readonly snapshot: SignedMetadata<Snapshot>;
  readonly roles: ReadonlyMap<string, TrustedTargetsRole>;
  readonly unpublished: readonly string[];
  readonly warnings: readonly VerificationWarning[];

  constructor(options: TrustedRepositoryOptions) {
    this.gun = options.gun;
    this.root = options.root;
    this.timestamp = options.timestamp;
    this.snapshot = options.snapshot;
    this.roles = new Map(options.roles.map((r) => [r.role, r]));
    this.unpublished = [...options.unpublished];
    this.warnings = [...options.warnings];
  }

  /** The verified top-level targets role. */
  get targets(): TrustedTargetsRole {
    return this.roles.get('targets')!;
  }

  /** A verified targets-type role by name. */
  role(name: string): TrustedTargetsRole | undefined {
    return this.roles.get(name);
  }

  /**
   * Which roles hold `name`, with its length and hashes. Entries outside a
   * role's paths are ignored, as notary's readers ignore them. Results follow
   * `roles` when given (a precedence list), else the verification order.
   */
  findTarget(
    name: string,
    options: { roles?: readonly string[] } = {}
  ): TargetMatch[] {
    const order = options.roles ?? [...this.roles.keys()];
    const out: TargetMatch[] = [];
    for (const roleName of order) {
      const role = this.roles.get(roleName);
      const meta = role?.metadata.signed.targets.get(name);
      if (!role || !meta || !isPathAllowed(name, role.paths)) continue;
      out.push({
        role: roleName,
        meta,
        length: meta.length,
        sha256Hex: meta.sha256Hex,
      });
    }
    return out;
  }

  /** Target names each verified role signs (within its paths), sorted. */
  signedTags(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [name, role] of this.roles) {
      const tags = [...role.metadata.signed.targets.keys()].filter((t) =>
        isPathAllowed(t, role.paths)
      );
      out.set(name, tags.sort(compareUtf8));
    }
    return out;
  }
}
