import { requireRole, type HttpApp, type ServiceClients, type ServiceClient } from '@tiffin/http-kit';
import { consumerAccount, paymentCardList } from '@tiffin/contracts';

/** The cards the customer may pay with at checkout, from the consumer service that owns them. */
export function listPaymentCards(app: HttpApp, _orders: ServiceClient, services: ServiceClients): void {
  const consumers = services.of('consumer');
  app.get('/payment-cards', { schema: { response: { 200: paymentCardList } } }, async (request) => {
    const { consumerId } = requireRole(request, 'customer');
    const account = await consumers.get(`/consumers/${consumerId}`, consumerAccount, { correlationId: request.id, consumerId });
    return account.cards;
  });
}
