import { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler, type Sampler } from '@opentelemetry/sdk-trace';
import type { TelemetrySettings } from './telemetry-settings';

/**
 * The sampler OTEL_TRACES_SAMPLER names. A part that takes requests from outside (the edge) passes
 * `decidesForRemoteParents`: a browser's traceparent then continues the trace id but cannot force
 * sampling on, the ratio decides, so a client cannot make every process record its requests.
 */
export function samplerOf(settings: TelemetrySettings, options: { decidesForRemoteParents?: boolean } = {}): Sampler {
  const ratio = new TraceIdRatioBasedSampler(settings.OTEL_TRACES_SAMPLER_ARG);
  switch (settings.OTEL_TRACES_SAMPLER) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return parentBased(new AlwaysOffSampler(), options);
    case 'parentbased_traceidratio':
      return parentBased(ratio, options);
    default:
      return parentBased(new AlwaysOnSampler(), options);
  }
}

function parentBased(root: Sampler, options: { decidesForRemoteParents?: boolean }): Sampler {
  if (!options.decidesForRemoteParents) return new ParentBasedSampler({ root });
  return new ParentBasedSampler({ root, remoteParentSampled: root, remoteParentNotSampled: root });
}
