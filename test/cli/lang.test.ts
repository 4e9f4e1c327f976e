import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from '../support/fake-io.ts';

const MODEL = 'models/reference/crm-bpo.json';

describe('refmod --lang', () => {
  it('is taken by every command, before or after the command name', async () => {
    for (const argv of [
      ['--lang', 'ko', 'export', MODEL, '--to', 'json'],
      ['export', MODEL, '--lang=de', '--to', 'json'],
    ]) {
      const io = fakeIo();
      expect(await main(argv, io.io)).toBe(0);
    }
  });

  it('refuses a language Refmod does not speak with exit 2 and the ones it does', async () => {
    const io = fakeIo();
    expect(await main(['export', MODEL, '--to', 'json', '--lang', 'fr'], io.io)).toBe(2);
    expect(io.errors()).toBe('refmod: --lang is one of en, de, ko, not "fr".');
  });

  it('refuses --lang without a value', async () => {
    const io = fakeIo();
    expect(await main(['export', MODEL, '--to', 'json', '--lang'], io.io)).toBe(2);
    expect(io.errors()).toBe('refmod: --lang is one of en, de, ko.');
  });
});
