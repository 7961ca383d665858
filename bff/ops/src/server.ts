import { serveUntilSignalled } from '@tiffin/http-kit';
import { loadEnv, topology } from '@tiffin/topology';
import { buildApp } from './app';

await serveUntilSignalled(buildApp(), { port: topology.bffs.ops.port, host: loadEnv().TIFFIN_BIND_HOST });
