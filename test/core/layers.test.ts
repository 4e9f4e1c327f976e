import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's configuration, without the type-aware rules: they would start the type checker for nothing here.
const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfig: tseslint.configs.disableTypeChecked,
});

// Lints `code` as if it were the file at `path`, with the project's own lint configuration.
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layers, as lint enforces them', () => {
  // Loading the configuration and its plugins takes seconds on a busy machine: once, before the tests.
  beforeAll(() => eslint.lintText('', { filePath: 'src/core/model/ids.ts' }), 120_000);

  it('refuses a core file that imports from the UI, and says why', async () => {
    const errors = await layerErrors(
      'src/core/model/ids.ts',
      "import { Icon } from '../../ui/icons.tsx';\nexport const icon = Icon;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/core is pure/);
  });

  it('refuses browser storage that imports a screen, and a CLI that imports the store', async () => {
    expect(
      await layerErrors('src/workspace/workspace.ts', "import { App } from '../ui/App.tsx';\nexport const a = App;\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'src/cli/main.ts',
        "import { createWorkbench } from '../store/workbench.ts';\nexport const c = createWorkbench;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets core import core, and the UI import core', async () => {
    expect(
      await layerErrors('src/core/model/ids.ts', "import { slug } from './ids.ts';\nexport const s = slug;\n"),
    ).toEqual([]);
    expect(
      await layerErrors('src/ui/icons.tsx', "import { slug } from '../core/model/ids.ts';\nexport const s = slug;\n"),
    ).toEqual([]);
  });
});
