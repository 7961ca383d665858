import { runServiceAlone } from '@tiffin/service-kit';
import { createCatalogService } from './app';

await runServiceAlone('catalog', createCatalogService);
