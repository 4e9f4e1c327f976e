import { build } from 'vite';

/** The CLI tests run the installed command, which is built JavaScript: build it from the sources under test first. */
export default async function buildCli(): Promise<void> {
  await build({ configFile: new URL('../../vite.cli.config.ts', import.meta.url).pathname });
}
