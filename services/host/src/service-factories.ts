import { createAccountingService, type AccountingService } from '@tiffin/accounting-service';
import { createCatalogService, type CatalogService } from '@tiffin/catalog-service';
import { createConsumerService, type ConsumerService } from '@tiffin/consumer-service';
import { createDeliveryService, type DeliveryService } from '@tiffin/delivery-service';
import { createIdentityService, type IdentityService } from '@tiffin/identity-service';
import { createKitchenService, type KitchenService } from '@tiffin/kitchen-service';
import { createOrderService, type OrderService } from '@tiffin/order-service';
import { createOrderHistoryService, type OrderHistoryService } from '@tiffin/order-history-service';
import type { ServiceOptions } from '@tiffin/service-kit';
import type { ServiceName } from '@tiffin/topology';

export interface ServiceInstances {
  catalog: CatalogService;
  order: OrderService;
  delivery: DeliveryService;
  'order-history': OrderHistoryService;
  consumer: ConsumerService;
  kitchen: KitchenService;
  accounting: AccountingService;
  identity: IdentityService;
}

export const createService: { [N in ServiceName]: (options: ServiceOptions) => ServiceInstances[N] } = {
  catalog: createCatalogService,
  order: createOrderService,
  delivery: createDeliveryService,
  'order-history': createOrderHistoryService,
  consumer: createConsumerService,
  kitchen: createKitchenService,
  accounting: createAccountingService,
  identity: createIdentityService,
};
