import { describeFailure, runSliceCommand } from './sliceCommand';

try {
  await runSliceCommand(process.argv.slice(2), process.env, (line) => console.log(line));
} catch (error) {
  const { message, exitCode } = describeFailure(error);
  console.error(message);
  process.exit(exitCode);
}
