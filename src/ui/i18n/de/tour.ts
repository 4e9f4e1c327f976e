import type { Messages } from '../messages.ts';

export const tour: Messages['tour'] = {
  offer:
    'Neu bei Refmod? Ein Rundgang in neun Schritten zeigt Ihnen die Werkbank. Sie können ihn auch später über Hilfe (?) starten.',
  take: 'Rundgang starten',
  count: (step: number, of: number) => `Rundgang · Schritt ${step} von ${of}`,
  skip: 'Rundgang beenden',
  skipTitle: 'Den Rundgang beenden (Escape); Hilfe (?) startet ihn erneut',
  back: 'Zurück',
  backTitle: 'Vorheriger Schritt (←)',
  next: 'Weiter',
  nextTitle: 'Nächster Schritt (→)',
  finish: 'Fertig',
  finishTitle: 'Den Rundgang beenden',
  steps: {
    canvas: {
      title: 'Das Modell und seine Bahnen',
      text: 'Die Zeichenfläche zeigt das geöffnete Modell. Ihre Bänder sind der Ordnungsrahmen: Rollen als Zeilen (Auftraggeber, Dienstleister, Endkunde) und Bereiche als Spalten (Vertrieb, Management, Betrieb). Jedes Element steht in der Zelle seiner Rolle und seines Bereichs. Ziehen Sie den Hintergrund zum Verschieben, scrollen Sie zum Zoomen.',
    },
    views: {
      title: 'Sichten für jede Perspektive',
      text: 'Jede Sicht zeigt das Modell für einen Leser: den Auftraggeber, den Endkunden, die interne Sicht des Dienstleisters oder das ganze Modell. Die Zahl auf einem Reiter sagt, wie viele Elemente die Sicht zeigt.',
    },
    palette: {
      title: 'Palette und Gliederung',
      text: 'Ziehen Sie einen Typ aus der Palette auf eine Zelle, um dort ein Element anzulegen. Die Gliederung darunter listet jedes Element mit seinen Beziehungen, so lässt sich das ganze Modell auch mit der Tastatur lesen und bearbeiten.',
    },
    method: {
      title: 'Die Konstruktionsmethode',
      text: 'Ein Referenzmodell entsteht in fünf Methodenschritten: Strukturziele, Ordnungsrahmen, Prozessstruktur, Gestaltungsziele und Gestaltungsstruktur. Ein Klick auf einen Schritt öffnet seine Anleitung und seinen Editor; die Palette bietet dann die Typen an, mit denen der Schritt arbeitet.',
    },
    explain: {
      title: 'Was ein Element bedeutet',
      text: 'Wählen Sie ein Element aus, und der Inspektor zeigt es. In den mitgelieferten Modellen sagt „Über dieses Element“ in einfachen Worten, was es ist, aus welcher Quelle es stammt, und verweist auf die Begriffe im Glossar.',
    },
    findings: {
      title: 'Befunde während der Arbeit',
      text: 'Refmod prüft das Modell, während Sie es bearbeiten: Fehler, Warnungen und Hinweise gegen das Metamodell, die Methode und die Benennungsregeln. Ein Klick auf einen Befund führt zum betroffenen Element.',
    },
    evaluation: {
      title: 'Das Modell bewerten',
      text: 'Bewerten Sie das Modell mit den Checklisten von Auftraggeber, Endkunde und Dienstleister und mit den Qualitätskriterien der Literatur; die Ergebnisse bleiben beim Modell.',
    },
    export: {
      title: 'Das Modell teilen',
      text: 'Exportieren Sie das Modell oder eine Sicht als Mermaid, Bild, CSV oder schriftlichen Bericht. Speichern (Strg+S) sichert das ganze Modell als Datei, die Sie wieder öffnen oder an Kollegen senden können.',
    },
    help: {
      title: 'Hilfe, Glossar und weitere Modelle',
      text: 'Hilfe (?) listet die Tastenkürzel und öffnet diesen Rundgang und das Glossar erneut. Modelle… öffnet die Galerie: die anderen mitgelieferten Modelle, ein neues Modell aus der Vorlage und Ihre zuletzt geöffneten Modelle.',
    },
  },
};
