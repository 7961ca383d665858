// A worker thread starts from plain JavaScript: this loads the TypeScript entry through tsx, whatever
// loader (tsx, vitest) the host's own thread runs under.
import { tsImport } from 'tsx/esm/api';

await tsImport('./service-thread.ts', import.meta.url);
