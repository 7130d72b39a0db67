#!/usr/bin/env node
// civic-feed: starts the CLI built from src/cli/ (dist/cli/civic-feed.js, made by `npm run build:cli`,
// `npm run build`, `npm pack` and `npm test`). `civic-feed --help` lists the commands.
let cli;
try {
  cli = await import('../dist/cli/civic-feed.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('civic-feed is not built yet: run "npm run build:cli" in the civic-widgets folder, then try again.');
  process.exit(2);
}
// A reader that stops early (civic-feed … | head) is not an error.
process.stdout.on('error', (error) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : undefined));
process.exitCode = await cli.main(process.argv.slice(2));
