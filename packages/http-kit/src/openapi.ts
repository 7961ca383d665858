import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { problem } from '@tiffin/contracts';
import type { HttpApp } from './app';

/** Where every BFF serves its own OpenAPI document; the edge proxies it at /bff/<name>/openapi.json. */
export const openApiPath = '/openapi.json';

type Transform = typeof jsonSchemaTransform;

/**
 * Every route may answer with a problem (a 4xx it refuses, a 5xx from its service) through the one
 * error handler, so the document says so even where the route declares only its success.
 */
const withProblemAnswers: Transform = (input) => {
  // A route may declare no schema at all (an event stream's body is not JSON).
  const schema = input.schema ?? {};
  const response = (schema.response ?? {}) as Record<string, unknown>;
  return jsonSchemaTransform({ ...input, schema: { ...schema, response: { ...response, default: problem } } });
};

/**
 * Describes every route registered after this call from the zod schemas the route already declares,
 * so the document cannot drift from what the BFF validates and answers. Must be registered before
 * the routes: @fastify/swagger collects them as they are added.
 */
export function serveOpenApi(app: HttpApp, info: { title: string; description?: string }): void {
  void app.register(fastifySwagger, {
    openapi: { openapi: '3.1.0', info: { version: '1', ...info } },
    transform: withProblemAnswers,
    transformObject: jsonSchemaTransformObject,
  });
  app.get(openApiPath, { schema: { hide: true } }, () => app.swagger());
}
