import type { ProblemMessages } from '../en/problems.ts';
import { integrity } from './integrity.ts';
import { schema } from './schema.ts';

/** Why a file could not be opened, in German. */
export const problems: ProblemMessages = {
  ...schema,
  ...integrity,
  'file.not-text': () => 'Die Datei ließ sich nicht als Text lesen.',
  'file.too-large': (p) => `Die Datei ist ${p.megabytes.replace('.', ',')} MB groß; Refmod öffnet Modelle bis 20 MB.`,
  'file.empty': () => 'Die Datei ist leer.',
  'file.too-deep': (p) => `Die Datei ist tiefer als ${p.levels} Ebenen verschachtelt.`,
  'file.not-json': (p) =>
    `Die Datei ist kein gültiges JSON (${p.detail}${p.line === undefined ? '' : `, Zeile ${p.line}, Spalte ${p.column}`}). Wurde sie abgeschnitten oder von Hand bearbeitet?`,
  'file.forbidden-key': (p) =>
    `Der Schlüssel „${p.key}“ ist in einer Modelldatei nicht erlaubt (er könnte JavaScript-Objekte verändern).`,
  'exercise.not-exercise': () => 'Dies ist keine Refmod-Übung: Eine Übungsdatei hat "kind": "refmod-exercise".',
  'model.not-an-object': () => 'Ein Refmod-Modell ist ein JSON-Objekt; diese Datei enthält etwas anderes.',
  'model.no-format-version': () => 'Dies ist kein Refmod-Modell: Es hat keine gültige „formatVersion“.',
  'model.newer-format': (p) =>
    `Diese Datei wurde von einem neueren Refmod geschrieben (Format ${p.version}); diese Version liest Formate bis ${p.current}. Aktualisieren Sie Refmod, um sie zu öffnen.`,
  'model.unreadable': (p) => `Das Modell ließ sich nicht lesen: ${p.error}`,
  'model.missing-field': (p) => `Dieses Feld fehlt (erwartet: ${p.expected}).`,
  'model.unknown-keys': (p) =>
    `Refmod kennt ${p.keys.length > 1 ? 'die Schlüssel' : 'den Schlüssel'} ${p.keys.map((k) => `„${k}“`).join(', ')} an dieser Stelle nicht.`,
};
