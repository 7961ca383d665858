import { parseArgs } from 'node:util';
import { repoRoot } from '@tiffin/topology';
import { generateService, generateSlice, type Generated } from './generate';

/**
 * `pnpm new service <name> [--saga-participant]` and `pnpm new slice <name> --service <service>
 * [--role <role>] [--label <label>]`: a working, tested skeleton in the house style, wired in through
 * the topology. What it made and what it changed is printed, so nothing happens out of sight.
 */
const usage = `usage:
  pnpm new service <name> [--saga-participant]
  pnpm new slice <name> --service <service> [--role customer|staff|courier] [--label <label>]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'saga-participant': { type: 'boolean', default: false },
    service: { type: 'string' },
    role: { type: 'string' },
    label: { type: 'string' },
  },
});
const [kind, name] = positionals;

function report(generated: Generated): void {
  console.log(`created ${generated.created.length} files:\n${generated.created.map((file) => `  ${file}`).join('\n')}`);
  console.log(`changed ${generated.changed.length} existing files:\n${generated.changed.map((file) => `  ${file}`).join('\n')}`);
}

try {
  if (kind === 'service' && name) {
    report(generateService(repoRoot, name, { sagaParticipant: values['saga-participant'] }));
  } else if (kind === 'slice' && name && values.service) {
    report(generateSlice(repoRoot, name, { service: values.service, ...(values.role ? { role: values.role } : {}), ...(values.label ? { label: values.label } : {}) }));
  } else {
    console.error(usage);
    process.exit(2);
  }
} catch (error) {
  console.error(`pnpm new: ${(error as Error).message}`);
  process.exit(1);
}
