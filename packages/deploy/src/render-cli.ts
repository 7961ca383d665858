import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@tiffin/topology';
import { renderDeployment } from './render';
import { defaultSettings } from './settings';

/**
 * `pnpm k8s:render [--out deploy/kubernetes] [--host H] [--registry R] [--tag T] [--namespace N]`:
 * writes Tiffin's Kubernetes deployment (a kustomize base and overlays), every object validated
 * offline. Apply with `kubectl apply -k <out>/overlays/one-node` or `-k <out>/base`.
 */
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'deploy/kubernetes' },
    host: { type: 'string', default: defaultSettings.host },
    registry: { type: 'string', default: defaultSettings.registry },
    tag: { type: 'string', default: defaultSettings.tag },
    namespace: { type: 'string', default: defaultSettings.namespace },
  },
});
const out = path.resolve(repoRoot, values.out);
const files = renderDeployment({ host: values.host, registry: values.registry, tag: values.tag, namespace: values.namespace });
await rm(out, { recursive: true, force: true });
for (const [file, text] of files) {
  await mkdir(path.dirname(path.join(out, file)), { recursive: true });
  await writeFile(path.join(out, file), text);
}
console.log(`rendered ${files.size} files into ${path.relative(repoRoot, out) || '.'}`);
