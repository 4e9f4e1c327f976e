/** What a live room (src/collab) tells the people in it: changes left out, deletes that stand, refusals; comment targets. */
export const collabRoom = {
  leftOut: (reason: string) => `A change from the room was left out: ${reason}`,
  notTakenIn: (why: string) => `Changes from the room could not be taken in: ${why}`,
  relationsRemoved: (n: number, names: string) =>
    `${n === 1 ? 'A relation was' : `${n} relations were`} removed because an element it connects was deleted at the same time: ${names}.`,
  item: (kind: 'relation' | 'view', name: string) => `the ${kind} ${name}`,
  renamed: (now: string) => ` (renamed to "${now}")`,
  youDeleted: (what: string, renamed: string) =>
    `You deleted ${what} while someone else changed it${renamed}: it stays deleted. Undo brings it back with their change.`,
  theyDeleted: (by: string, what: string, renamed: string) =>
    `${by} deleted ${what} while it was being changed${renamed}: it stays deleted; ${by} can bring it back with Undo.`,
  typeMissing: (type: string) => `the element type "${type}" is not in this metamodel.`,
  refused:
    'The room server refused your change: your link lets you comment, not edit. The model is shown as the room has it, and you go on as a reviewer.',
  roomUnreadable: (why: string) => `The room's model cannot be opened: ${why}`,
  unknownProblem: 'unknown problem',
  noAnswer: (server: string) => `The room server at ${server} did not answer. Is \`npm run serve\` running there?`,
  reviewer: 'You joined as a reviewer: you can comment, but not change the model.',
  commentLabel: (target: string) => `Comment on ${target}`,
  modelTarget: 'the model',
  replyLabel: 'Reply to comment',
  resolveLabel: 'Resolve comment',
  reopenLabel: 'Reopen comment',
  theModel: 'The model',
  view: (name: string) => `View ${name}`,
  deletedElement: (id: string) => `${id} (deleted element)`,
  deletedView: (id: string) => `${id} (deleted view)`,
  deletedRelation: (id: string) => `${id} (deleted relation)`,
};
