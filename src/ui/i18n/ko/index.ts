import type { Messages } from '../messages.ts';
import { shell } from './shell.ts';
import { method } from './method.ts';
import { gallery } from './gallery.ts';
import { exportMessages } from './export.ts';
import { evaluation } from './evaluation.ts';
import { findings } from './findings.ts';
import { packs } from './packs.ts';
import { header } from './header.ts';
import { tour } from './tour.ts';
import { glossary } from './glossary.ts';
import { shortcuts } from './shortcuts.ts';
import { palette } from './palette.ts';
import { views } from './views.ts';
import { legend } from './legend.ts';
import { search } from './search.ts';
import { outline } from './outline.ts';
import { notices } from './notices.ts';
import { explain } from './explain.ts';
import { a11y } from './a11y.ts';
import { collab } from './collab.ts';
import { comments } from './comments.ts';
import { canvas } from './canvas.ts';
import { modelText } from './modelText.ts';
import { configure } from './configure.ts';
import { catalogueCard } from './catalogueCard.ts';
import { teach } from './teach.ts';
import { inspector } from './inspector.ts';
import { workspace } from './workspace.ts';
import { board } from './board.ts';
import { induce } from './induce.ts';
import { collabRoom } from './collabRoom.ts';

/** The Korean catalogue: loaded only when Korean is the active language. */
export const ko: Messages = {
  shell,
  method,
  gallery,
  export: exportMessages,
  header,
  evaluation,
  findings,
  packs,
  tour,
  glossary,
  shortcuts,
  palette,
  views,
  legend,
  search,
  outline,
  notices,
  explain,
  a11y,
  collab,
  comments,
  canvas,
  modelText,
  configure,
  catalogueCard,
  teach,
  inspector,
  workspace,
  board,
  induce,
  collabRoom,
};
