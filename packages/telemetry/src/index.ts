export { createTelemetry, type Telemetry, type TelemetryOptions } from './telemetry';
export { PartMetrics, type ScrapedGauge } from './part-metrics';
export { tracedHandler, tracedPublish, type DeliveryAttempt, type TracedMessage } from './messaging-spans';
export { telemetrySettings, type TelemetrySettings } from './telemetry-settings';
export * from './trace-context';
export { parsePrometheusText, samplesIn, sampleSum, type MetricFamily, type Sample } from './prometheus-text';
