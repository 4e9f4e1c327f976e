import type { RuleTexts, UserRuleHints } from '../en/rules.ts';

/** The built-in rules in German, named after the Grundsätze ordnungsmäßiger Modellierung they serve. */
export const rules: RuleTexts = {
  'metamodel.properties': {
    title: 'Elementtypen und Eigenschaftswerte passen zum Metamodell',
    hint: 'Syntaktische Richtigkeit: Jedes Element hat einen Typ des Metamodells und Eigenschaftswerte der Art, die dieser Typ festlegt, damit sich Leser und Werkzeuge darauf verlassen können.',
  },
  'metamodel.relation': {
    title: 'Beziehungen verbinden die Elementtypen, die ihr Typ erlaubt',
    hint: 'Syntaktische Richtigkeit: Eine Beziehung bedeutet, was ihr Typ sagt, nur zwischen den Elementtypen, die das Metamodell erlaubt (z. B. misst eine Qualitätskennzahl einen Prozess).',
  },
  'reference.dangling': {
    title: 'Verweise zeigen auf Vorhandenes',
    hint: 'Widerspruchsfreiheit im Modell: Ein Verweis einer Beziehung, Sicht oder eines Ziels auf etwas Fehlendes ist eine tote Verknüpfung, der kein Leser folgen kann.',
  },
  'goal.defined': {
    title: 'Das Modell nennt seine Strukturziele',
    hint: 'Relevanz wird an einem ausdrücklichen Modellierungsziel gemessen: Ohne Zweck, Umfang und Nutzer lässt sich nicht zeigen, dass das Modell jemandem dient.',
  },
  'goal.testable': {
    title: 'Jedes Strukturziel sagt, wie es geprüft wird',
    hint: 'Ein Ziel mit Abnahmekriterium lässt sich in der Bewertung prüfen; ein Ziel ohne kann weder scheitern noch bestehen.',
  },
  'goal.perspectives': {
    title: 'Die Ziele decken die Perspektiven Auftraggeber, Endkunde und intern ab',
    hint: 'Ein CRM-Referenzmodell im BPO dient drei Adressaten: dem Auftraggeber, der auslagert, dem Endkunden und dem Dienstleister; jeder braucht ein eigenes Ziel.',
  },
  'macro.defined': {
    title: 'Der Ordnungsrahmen hat Bereiche und Rollen mit eindeutigen Namen',
    hint: 'Der Ordnungsrahmen (Bereiche × Rollen) gibt jedem späteren Prozess seinen Platz; fehlende oder doppelt benannte Bahnen lassen Prozesse ohne eindeutige Zelle.',
  },
  'process.no-cell': {
    title: 'Jeder Prozess liegt in einer Zelle des Ordnungsrahmens',
    hint: 'Jeder Prozess gehört in genau eine Zelle des Ordnungsrahmens (Bereich × Rolle); ein verwaister Prozess hat dort keinen Platz und keine zuständige Sicht.',
  },
  'object.no-area': {
    title: 'Jedes Geschäftsobjekt liegt in einem Bereich',
    hint: 'Ein Geschäftsobjekt außerhalb aller Bereiche hat keinen Platz im Ordnungsrahmen: Leser erkennen nicht, welchem Teil des Geschäfts es gehört.',
  },
  'naming.duplicate': {
    title: 'Elemente eines Typs haben verschiedene Namen',
    hint: 'Klarheit: Zwei Elemente eines Typs mit demselben Namen lesen sich als eines; führen Sie sie zusammen oder benennen Sie den Unterschied.',
  },
  'element.isolated': {
    title: 'Jedes Element steht in Beziehung zu einem anderen',
    hint: 'Der systematische Aufbau verbindet die Sichten eines Modells über seine Elemente; ein Element ohne jede Beziehung steht außerhalb dieses Netzes.',
  },
  'process.no-responsible': {
    title: 'Für jeden Prozess ist eine organisatorische Rolle verantwortlich',
    hint: 'Verbindungen zwischen Prozess- und Organisationssicht sagen, wer jeden Prozess ausführt und verantwortet.',
  },
  'process.no-io': {
    title: 'Jeder Prozess hat ein Geschäftsobjekt als Eingabe oder Ausgabe',
    hint: 'Verbindungen zwischen Prozess- und Datensicht: Ein Prozess, der nichts liest und nichts erzeugt, lässt sich über die Geschäftsobjekte nicht nachverfolgen.',
  },
  'process.no-measure': {
    title: 'Jeder Prozess wird von einer Qualitätskennzahl gemessen',
    hint: 'Ein Strukturprinzip dieses Referenzmodells ordnet Prozessen Qualitätskennzahlen zu (z. B. COPC-2000-Kennzahlen), damit sich die Leistung steuern lässt.',
  },
  'measure.measures-nothing': {
    title: 'Jede Qualitätskennzahl misst einen Prozess',
    hint: 'Eine Qualitätskennzahl bedeutet nur etwas für den Prozess, den sie steuert; ohne Beziehung „misst“ haben ihr Zielwert und ihre Daten keinen Gegenstand.',
  },
  'copc.required-metrics': {
    title: 'COPC-Schlüsselprozesse haben ihre geforderten Kennzahlen',
    hint: 'COPC-2000 fordert interne Kennzahlen je Schlüsselprozess (z. B. K2, Anrufe beantworten: Termintreue, Abbruchquote, Genauigkeit, Gesprächsqualität, Volumen und drei Effizienzkennzahlen); ein als KCRP oder KSP markierter Prozess sollte sie tragen.',
  },
  'goal.unserved': {
    title: 'Jedem Strukturziel dient ein Element',
    hint: 'Ein Ziel, dem kein Element dient, erreicht das Modell nicht: Fügen Sie die Prozesse oder Objekte hinzu, die ihm dienen, oder streichen Sie das Ziel.',
  },
  'element.serves-no-goal': {
    title: 'Jedes Element dient einem Strukturziel',
    hint: 'So viel wie nötig, so wenig wie möglich: Ein Element, das keinem Ziel dient, liegt vielleicht außerhalb des Modellumfangs.',
  },
  'lane.empty': {
    title: 'Jeder Bereich und jede Rolle enthält Elemente',
    hint: 'Eine leere Bahn kostet Leseaufwand ohne Inhalt (Wirtschaftlichkeit): Füllen Sie sie mit den Prozessen, die dorthin gehören, oder streichen Sie sie.',
  },
  'element.undecided-optional': {
    title: 'Vorläufige („?“) Elemente sind entschieden',
    hint: 'Die Quellen markieren manche Elemente mit „?“: Ob jedes ins Modell gehört, ist eine Relevanzentscheidung, die ein veröffentlichtes Referenzmodell getroffen haben muss.',
  },
  'design.naming-rules': {
    title: 'Die Gestaltungsziele legen Namenskonventionen fest',
    hint: 'Vergleichbarkeit braucht einheitliche Konventionen: Eine Namenskonvention (z. B. Objekt + Verb für Prozesse, ein Substantiv für Geschäftsobjekte) macht Namen vorhersehbar.',
  },
  'naming.rule': {
    title: 'Namen folgen den Namenskonventionen der Gestaltungsziele',
    hint: 'Vergleichbarkeit und Klarheit: Nach einer Konvention gebildete Namen lassen Leser Modelle vergleichen und erkennen, welche Art Ding ein Element ist.',
  },
  'view.perspectives': {
    title: 'Es gibt eine Sicht für Auftraggeber, Endkunde und Dienstleister',
    hint: 'Klarheit hängt vom Adressaten ab: Ein Manager des Auftraggebers, ein Endkunde und ein Team des Dienstleisters brauchen je eine auf sie zugeschnittene Sicht.',
  },
  'view.too-many-elements': {
    title: 'Sichten bleiben in der Elementgrenze der Gestaltungsziele',
    hint: 'Ein Diagramm mit mehr Elementen, als die Gestaltungsziele erlauben, ist am Projektor oder auf Papier schwer lesbar; teilen Sie es in Sichten oder Ebenen.',
  },
  'view.empty': {
    title: 'Jede Sicht zeigt etwas',
    hint: 'Eine leere Sicht sagt ihren Lesern nichts und lässt das Modell so aussehen, als sei diese Perspektive abgedeckt.',
  },
  'view.perspective-empty': {
    title: 'Eine Perspektivensicht zeigt Elemente der Rolle ihres Lesers',
    hint: 'Eine Auftraggebersicht ohne Elemente des Auftraggebers oder eine Endkundensicht ohne Elemente des Endkunden ist für niemanden geschnitten.',
  },
  'element.in-no-view': {
    title: 'Jedes Element erscheint in einer Sicht',
    hint: 'Ein Element, das keine Sicht zeigt, existiert nur in der Datei: Die Leser der Diagramme sehen es nie.',
  },
  'validation.settings': {
    title: 'Die Prüfeinstellungen des Modells nennen vorhandene Profile, Regeln und Typen',
    hint: 'Eine Einstellung, die etwas Unbekanntes nennt, bewirkt nichts: Eine vertippte Regel-ID in einer Schweregrad-Änderung oder Unterdrückung behält oder verbirgt Befunde stillschweigend.',
  },
};

/** Why a rule of the model's own matters, when its authors wrote no hint. */
export const userRuleHints: UserRuleHints = {
  'required-property': 'Die Autoren des Modells verlangen diese Eigenschaft für Elemente dieses Typs.',
  count: 'Die Autoren des Modells legen fest, wie viele Elemente dieses Typs jede Bahn enthalten soll.',
  naming: 'Die Autoren des Modells legen diese Namenskonvention für Elemente dieses Typs fest.',
  'required-relation': 'Die Autoren des Modells verlangen diese Beziehung für Elemente dieses Typs.',
};
