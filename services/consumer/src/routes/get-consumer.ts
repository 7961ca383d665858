import { consumerAccount, consumerParams, problem } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { ConsumerContext } from '../context';
import { findConsumerAccount } from '../accounts/consumer-reads';

export function getConsumerRoute(app: HttpApp, context: ConsumerContext): void {
  app.get(
    '/consumers/:consumerId',
    { schema: { params: consumerParams, response: { 200: consumerAccount, 400: problem, 404: problem } } },
    async (request) => {
      const { consumerId } = request.params;
      const found = await findConsumerAccount(context.db, consumerId, new Date());
      if (!found) throw new NotFoundError(`consumer ${consumerId} does not exist`);
      return found;
    },
  );
}
