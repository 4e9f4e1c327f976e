/** Skip links and connecting by keyboard (C). */
export const a11y = {
  skipLinks: 'Skip links',
  toCanvas: 'Skip to the canvas',
  toSidePanel: 'Skip to the side panel',
  connectTo: 'Connect to…',
  selectFirst: 'Select one element first; then C connects it to another.',
  connectLabel: (source: string, target: string) => `Connect ${source} → ${target}`,
  notConnected: (why: string) => `Not connected: ${why}`,
  connected: (source: string, relation: string, target: string) => `Connected: ${source} ${relation} ${target}.`,
  connectNamed: (source: string) => `Connect “${source}” to…`,
  chooseAnother: 'Choose another element',
  relationType: 'Relation type',
  connect: 'Connect',
  cancel: 'Cancel',
  find: 'Find the element to connect to',
  findPlaceholder: 'Name or type…',
  candidates: 'Elements this one can connect to',
  none: (source: string, query: string) =>
    `No element of this view can be connected from “${source}”${query ? ` that matches “${query}”` : ''}.`,
};
