import { runServiceAlone } from '@tiffin/service-kit';
import { createOrderService } from './app';

await runServiceAlone('order', createOrderService);
