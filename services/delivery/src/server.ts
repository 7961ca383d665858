import { runServiceAlone } from '@tiffin/service-kit';
import { createDeliveryService } from './app';

await runServiceAlone('delivery', createDeliveryService);
