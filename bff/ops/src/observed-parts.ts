import { bffNames, bffUrl, edgeUrl, serviceNames, serviceUrl } from '@tiffin/topology';

/** A part of Tiffin the ops BFF reads telemetry from, with where it answers. */
export interface ObservedPart {
  name: string;
  kind: 'service' | 'bff' | 'edge';
  url: string;
}

/** Every process the topology declares: each service, each BFF (as `<name>-bff`, as its spans name it) and the edge. */
export function observedParts(env: NodeJS.ProcessEnv = process.env): ObservedPart[] {
  return [
    { name: 'edge', kind: 'edge', url: edgeUrl(env) },
    ...bffNames.map((name): ObservedPart => ({ name: `${name}-bff`, kind: 'bff', url: bffUrl(name, env) })),
    ...serviceNames.map((name): ObservedPart => ({ name, kind: 'service', url: serviceUrl(name, env) })),
  ];
}
