import { runServiceAlone } from '@tiffin/service-kit';
import { createAccountingService } from './app';

await runServiceAlone('accounting', createAccountingService);
