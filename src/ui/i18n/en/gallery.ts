const s = (n: number, one = '', many = 's') => (n === 1 ? one : many);

/** The start page: shipped models, a new model from the template, the recent models (src/ui/gallery). */
export const gallery = {
  title: 'Models',
  defaultName: 'New CRM-in-BPO model',
  loadFailed: (errors: string) => `${errors} The open model is unchanged.`,
  entryFailed: (title: string, reason: string) => `"${title}" could not be loaded (${reason}).`,
  notInBuild: (file: string) => `models/${file} is not part of this build`,
  openWhat: (title: string) => `open “${title}”`,
  copyWhat: (title: string) => `copy “${title}”`,
  startWhat: (name: string) => `start “${name}”`,
  openedKept: (name: string) =>
    `Opened “${name}” as kept in this browser, with your changes. For the original, make a copy.`,
  opened: (name: string) => `Opened “${name}”.`,
  copyOf: (name: string) => `Copy of ${name}`,
  createdCopy: (name: string) => `Created “${name}”. The shipped model stays as it is.`,
  createdFromTemplate: (name: string) =>
    `Created “${name}” from the template. Start with step 1 of the method: its structural goals.`,
  unsavedChanges: 'Unsaved changes',
  notKept: (name: string) => `“${name}” has changes this browser could not keep.`,
  replaces: (what: string) => `To ${what}, Refmod replaces the open model in this tab.`,
  downloadThenContinue: (name: string) => `Download “${name}”, then continue`,
  continueWithoutSaving: 'Continue without saving',
  cancel: 'Cancel',
  shipped: 'Shipped models',
  shippedHint:
    'Open one to explore it: select an element to read what it is and where it comes from. Make a copy to adapt it for a client.',
  startNew: 'Start a new model',
  name: 'Name',
  newFromTemplate: 'New model from the template',
  templateHint:
    'The template holds the Client / Provider / Customer roles and the Sales / Management / Operations areas; the method starts at step 1.',

  kindReference: 'Reference model',
  kindArchitecture: 'Architecture',
  kindCatalogue: 'Catalogue',
  kindTemplate: 'Template',
  templateCardHint: 'Start a new model from this template',
  openTitle: (title: string) => `Open ${title}`,
  loadingPreview: 'Loading the preview',
  openNow: ' · open now',
  loading: 'Loading…',
  copyHint: (title: string) => `Start a model of your own as a copy of ${title}; the shipped model stays as it is`,
  makeCopy: 'Make a copy',
  newModel: 'New model',
  previewUnavailable: 'Preview unavailable',
  keptHint: 'Opening it shows your changes; make a copy for the original',
  kept: (since: string) => `Kept in this browser · changed ${since}`,
  lanesOnly: 'Roles and areas only · method at step 1',
  facts: (elements: number, views: number) => `${elements} elements · ${views} view${s(views)}`,
  laneGrid: (rows: string, columns: string) => `Lane grid: ${rows} by ${columns}`,

  recent: 'Recent models',
  recentHint: 'Kept in this browser as you work. The Versions tab holds earlier states of the open model.',
  thisIsOpen: 'This model is open',
  recentFacts: (open: boolean, elements: number, derivedFrom: string | null, since: string) =>
    `${open ? 'open now · ' : ''}${elements} elements${derivedFrom ? ` · derived from ${derivedFrom}` : ''} · changed ${since}`,
  older: (n: number) => `and ${n} older models.`,

  unknownTime: 'at an unknown time',
  justNow: 'just now',
  minutesAgo: (n: number) => `${n} min ago`,
  hoursAgo: (n: number) => `${n} h ago`,
  onDate: (date: string) => `on ${date}`,
};
