#!/usr/bin/env node
// The installed entry point: the CLI as JavaScript, built from TypeScript at install (`prepare`) and by `npm test`.
import { existsSync } from 'node:fs';

const built = new URL('../../dist-cli/main.js', import.meta.url);
if (!existsSync(built)) {
  console.error('refmod: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the project first.');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
