import { runServiceAlone } from '@tiffin/service-kit';
import { createKitchenService } from './app';

await runServiceAlone('kitchen', createKitchenService);
