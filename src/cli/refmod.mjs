#!/usr/bin/env node
// The installed entry point: runs the TypeScript CLI through tsx, so `npx refmod` works right after `npm install`.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
