import type { Messages } from '../messages.ts';

export const shortcuts: Messages['shortcuts'] = {
  title: 'Tastenkürzel',
  takeTour: 'Rundgang starten',
  tourTitle:
    'Neun Schritte über die Werkbank: Zeichenfläche, Palette, Methode, Erklärungen, Befunde, Bewertung, Export',
  openGlossary: 'Glossar öffnen',
  glossaryTitle: 'Die Begriffe hinter den Modellen: CRM, BPO, Referenzmodell, COPC-2000 und mehr',
  footer:
    'Jede Aktion gibt es auch als Schaltfläche oder in einer Leiste. Ziehen Sie eine Modelldatei irgendwo auf das Fenster, um sie zu öffnen.',
  keys: {
    undo: ['Strg+Z', 'Rückgängig (der Tooltip der Schaltfläche nennt den Befehl)'],
    redo: ['Strg+Umschalt+Z oder Strg+Y', 'Wiederholen'],
    clipboard: ['Strg+C / Strg+X / Strg+V', 'Elemente kopieren, ausschneiden, einfügen (auch in ein anderes Modell)'],
    duplicate: ['Strg+D', 'Die Auswahl duplizieren'],
    remove: ['Entf', 'Aus dieser Sicht entfernen (in der Sicht des ganzen Modells: löschen)'],
    delete: ['Umschalt+Entf', 'Aus dem Modell löschen, mit seinen Beziehungen'],
    selectAll: ['Strg+A', 'Alles in der Sicht auswählen'],
    box: ['Umschalt+Ziehen', 'Mit einem Rahmen auswählen; Umschalt+Klick ergänzt die Auswahl'],
    nudge: [
      'Pfeiltasten',
      'Die Auswahl verschieben (Umschalt: weiter); auf einem fokussierten Knoten wechseln sie zwischen Knoten',
    ],
    connect: ['C', 'Das ausgewählte Element mit einem anderen verbinden: nach Namen suchen, den Beziehungstyp wählen'],
    roving: [
      'Tab, dann Pfeiltasten',
      'Auf der Zeichenfläche: ein Tabulatorhalt; Pfeile gehen zum nächsten Knoten und wählen ihn aus, Eingabe öffnet eine Zelle',
    ],
    altNudge: ['Alt+Pfeiltasten', 'Die Auswahl verschieben, während ein Knoten den Tastaturfokus hat'],
    rename: [
      'F2 oder Doppelklick',
      'Direkt umbenennen (auf der Karte einer großen Sicht zoomt ein Doppelklick in das Element)',
    ],
    find: ['Strg+F', 'Ein Element nach Name oder Typ finden'],
    save: ['Strg+S', 'Das Modell als Datei speichern'],
    escape: ['Escape', 'Abbrechen, die Auswahl aufheben'],
    help: ['?', 'Diese Liste'],
  },
  went: {
    deleted: (n, names) => `${n} ${n === 1 ? 'Element' : 'Elemente'} gelöscht${n ? `: ${names}` : ''}.`,
    cut: (n, names) => `${n} ${n === 1 ? 'Element' : 'Elemente'} ausgeschnitten${n ? `: ${names}` : ''}.`,
    removed: (n, names) =>
      `${n} ${n === 1 ? 'Element' : 'Elemente'} aus dieser Sicht entfernt${n ? `: ${names}` : ''}.`,
    offScreen: (names) => `Nicht auf dem Bildschirm: ${names}.`,
    kept: (n) =>
      `${n} ${n === 1 ? 'ausgewähltes Teil' : 'ausgewählte Teile'} außerhalb dieser Sicht ${n === 1 ? 'bleibt' : 'bleiben'} erhalten.`,
    more: (n) => `${n} weitere`,
    undo: 'Rückgängig',
    nothingSelected: 'In dieser Sicht ist nichts ausgewählt, also wurde nichts gelöscht.',
    removedOnly:
      'Nur aus dieser Sicht entfernt; die Elemente bleiben im Modell. Umschalt+Entf löscht sie aus dem Modell.',
    pasted: (n, leftOut) => `${n} ${n === 1 ? 'Element' : 'Elemente'} eingefügt; weggelassen: ${leftOut}`,
    selectFirst: 'Wählen Sie zuerst ein Element dieser Sicht aus; C verbindet es dann mit einem anderen.',
  },
};
