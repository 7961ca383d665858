import { runServiceAlone } from '@tiffin/service-kit';
import { createConsumerService } from './app';

await runServiceAlone('consumer', createConsumerService);
