#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles cli/*.ts on the fly, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// `sockscope extract --json page.html | head` closes the pipe early: that is success, not a crash.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
