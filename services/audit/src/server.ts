import { runServiceAlone } from '@tiffin/service-kit';
import { createAuditService } from './app';

await runServiceAlone('audit', createAuditService);
