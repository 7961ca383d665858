import { runServiceAlone } from '@tiffin/service-kit';
import { createOrderHistoryService } from './app';

await runServiceAlone('order-history', createOrderHistoryService);
