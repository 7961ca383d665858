import { queryOptions, useQuery } from '@tanstack/react-query';
import { paymentCardList, type PaymentCard } from '@tiffin/contracts';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** GET /payment-cards at the order BFF: the cards the signed-in customer may pay with. */
export function fetchPaymentCards(bff: BffClient, signal?: AbortSignal): Promise<PaymentCard[]> {
  return bff.get('/payment-cards', paymentCardList, signal);
}

export function paymentCardsQueryOptions(bff: BffClient) {
  return queryOptions({ queryKey: ['order', 'payment-cards'], queryFn: ({ signal }) => fetchPaymentCards(bff, signal) });
}

export function usePaymentCards() {
  const { bff } = useSlice();
  return useQuery(paymentCardsQueryOptions(bff));
}
