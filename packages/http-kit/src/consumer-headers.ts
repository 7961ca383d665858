import { z } from 'zod';
import { consumerHeader } from '@tiffin/contracts';

/**
 * Headers of a request made for a signed-in customer. Loose, because fastify keeps the parsed object
 * as request.headers and the rest (content-type, x-correlation-id) must survive validation.
 */
export const consumerHeaders = z.looseObject({
  [consumerHeader]: z.uuid({
    error: (issue) => (issue.input === undefined ? 'required: the signed-in consumer id' : 'must be a UUID'),
  }),
});
