import { runServiceAlone } from '@tiffin/service-kit';
import { createIdentityService } from './app';

await runServiceAlone('identity', createIdentityService);
