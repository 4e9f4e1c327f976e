/** The header's save state: where the open model is kept. */
export const workspace = {
  saved: 'Saved',
  saving: 'Saving…',
  notSaved: 'Not saved',
  readOnly: 'read-only',
  readOnlyTitle:
    'This tab shows the model read-only: it is being edited in another tab. Use “Take over editing” in the banner to edit here.',
  savedTitle: (when: string) =>
    `Every change is kept in this browser${when ? ` at ${when}` : ''}. Open the versions of this model.`,
  savingTitle: 'Keeping your latest change in this browser…',
  notSavedTitle: 'The latest changes are not stored in this browser: see the banner above.',
};
