/** Which slice the harness mounts, where, and where its BFF answers: what the manifest tells the shell. */
export interface HarnessTarget {
  name: string;
  route: string;
  bffBase: string;
}
