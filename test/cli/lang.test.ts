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

describe('refmod export --lang', () => {
  it('writes the CSV elements table in German, and without --lang the model as it is with a column per language', async () => {
    const de = fakeIo();
    expect(await main(['export', MODEL, '--to', 'csv-elements', '--lang', 'de'], de.io)).toBe(0);
    expect(de.text()).toContain(',Beschwerden bearbeiten,');
    const own = fakeIo();
    expect(await main(['export', MODEL, '--to', 'csv-elements'], own.io)).toBe(0);
    expect(own.text().split('\r\n')[0]).toContain('name:de,description:de,name:ko,description:ko');
    expect(own.text()).toContain(',Manage complaints,');
  });
});
