/** Messages in the canvas' corner and their list. */
export const notices = {
  moreTitle: 'Read every message in the list',
  more: (n: number) => `${n} more, in the message list`,
  dismiss: 'Dismiss message',
  dismissTitle: 'Dismiss',
  logTitle: 'Every message of this session, to read again',
  log: (n: number) => `Messages (${n})`,
  logLabel: 'Messages of this session',
  heading: 'Messages',
  closeLog: 'Close the message list',
  close: 'Close',
  tone: { info: 'info', success: 'success', warning: 'warning', error: 'error' },
};
