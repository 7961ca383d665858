import type { Session } from '@tiffin/slice-contract';

/** Which slice the harness mounts, where, and where its BFF answers: what the manifest tells the shell. */
export interface HarnessTarget {
  name: string;
  route: string;
  bffBase: string;
  /** Who the harness signs the developer in as (TIFFIN_DEV_ACCOUNT); the token is not checked by BFFs. */
  session: Session;
}
