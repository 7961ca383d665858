import type { FastifySchemaValidationError } from 'fastify/types/schema';

/** ["lines", 0, "quantity"] in the body → "body.lines[0].quantity", the way a developer would write it. */
export function formatPath(context: string, segments: readonly (string | number)[]): string {
  return segments.reduce<string>(
    (path, segment) => (typeof segment === 'number' || /^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`),
    context,
  );
}

/** "/lines/0/quantity" in the body → "body.lines[0].quantity". */
export function fieldPath(context: string, instancePath: string): string {
  return formatPath(context, instancePath.split('/').filter((segment) => segment !== ''));
}

/** One readable sentence per failed rule, e.g. "body.lines[0].quantity: Too small: expected number to be >=1". */
export function describeValidation(context: string, issues: readonly FastifySchemaValidationError[]): string {
  return issues.map((issue) => `${fieldPath(context, issue.instancePath)}: ${issue.message ?? 'invalid'}`).join('; ');
}
