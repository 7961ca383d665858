import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { freshDataDir } from '@tiffin/service-kit/testing';
import { serviceNames } from '@tiffin/topology';
import { startServices } from './host';
import { describeOrderFlow, type StartTiffin } from './testing/order-flow-suite';
import { describeAccountingSilent, describeParticipantDown } from './testing/participant-down-suite';

const start: StartTiffin = async ({ without = [] } = {}) => {
  const data = await freshDataDir(serviceNames);
  const env = { TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const services = serviceNames.filter((name) => !without.includes(name));
  const running = await startServices({ env, services, ports: 'ephemeral', outboxPollMs: 50 });
  return {
    running,
    async dispose() {
      await running.stop();
      await data.remove();
    },
  };
};

describeOrderFlow('in-process broker, PGlite', start);
describeParticipantDown('in-process broker, PGlite', start);
describeAccountingSilent('in-process broker, PGlite', start);
