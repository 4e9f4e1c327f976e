import * as Y from 'yjs';
import { checkEdit } from '../../src/core/commands/command.ts';
import { perform, startHistory, type Edit, type History } from '../../src/core/commands/history.ts';
import { crmBpoMetamodel as metamodel } from '../../src/core/metamodel/crm-bpo.ts';
import type { RefDocument } from '../../src/core/model/schema.ts';
import { bindModel, SEED, type ModelBinding, type UndoLabels } from '../../src/collab/binding.ts';
import type { Label } from '../../src/core/commands/label.ts';
import { commandLabel } from '../../src/core/i18n/say.ts';
import { seedRoom } from '../../src/collab/shared-model.ts';
import { modelOfRoom } from '../../src/collab/room-model.ts';
import { setIdCreator } from '../../src/core/model/ids.ts';

const word = (label: Label) => ('screen' in label ? label.message : commandLabel(label, 'en'));
const english = (labels: UndoLabels) => ({ undo: labels.undo.map(word), redo: labels.redo.map(word) });

/** A person in a room, without browser or network: a model with its history, bound to a Y document. */
export class Peer {
  readonly ydoc = new Y.Doc();
  history: History;
  /** The undo and redo steps' names, in English. */
  labels: { undo: string[]; redo: string[] } = { undo: [], redo: [] };
  readonly notices: string[] = [];
  /** Called whenever the room changed what this peer shows. */
  readonly onShow = new Set<() => void>();
  binding!: ModelBinding;

  constructor(
    doc: RefDocument,
    readonly person = 'Someone',
  ) {
    this.history = startHistory(doc);
  }

  get tag(): string {
    return this.ydoc.clientID.toString(36);
  }

  get doc(): RefDocument {
    return this.history.document;
  }

  bind() {
    this.binding = bindModel(this.ydoc, {
      metamodel,
      person: this.person,
      document: () => this.history.document,
      show: (doc, labels) => {
        this.history = { ...this.history, document: doc };
        this.labels = english(labels);
        for (const listener of this.onShow) listener();
      },
      notify: (message) => void this.notices.push(message),
    });
  }

  /** A command as the workbench makes it: admitted by core, then shared under its label. */
  /** New ids carry this peer's tag, as they do in the browser while in a room. */
  perform(edit: Edit | ((doc: RefDocument) => Edit)): string | null {
    setIdCreator(this.tag);
    const e = typeof edit === 'function' ? edit(this.doc) : edit;
    setIdCreator(null);
    const checked = checkEdit(this.doc, metamodel, e);
    if (!checked.ok) return checked.message;
    const before = this.doc;
    this.history = perform(this.history, e);
    this.binding.share(before, this.doc, e.label);
    this.labels = english(this.binding.labels());
    return null;
  }
}

const PEOPLE = ['Anna', 'Ben', 'Chris', 'Dana', 'Emil', 'Fatma', 'Gül', 'Hana', 'Ida', 'Jun'];

/** Starts a room with the first peer's model and lets the others join it, the way Share live… does. */
export function room(doc: RefDocument, count: number): { peers: Peer[]; net: Network } {
  const first = new Peer(doc, 'Anna');
  seedRoom(first.ydoc, doc, SEED);
  first.bind();
  const peers = [first];
  const net = new Network(peers);
  for (let i = 1; i < count; i++) net.add(joinRoom(first, PEOPLE[i]));
  return { peers: net.peers, net };
}

/** A person joining through a link: the room's model, read and checked, replaces theirs. */
export function joinRoom(member: Peer, person = 'Someone'): Peer {
  const joined = new Peer(member.doc, person);
  Y.applyUpdate(joined.ydoc, Y.encodeStateAsUpdate(member.ydoc), 'room');
  const read = modelOfRoom(joined.ydoc, metamodel);
  if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
  joined.history = startHistory(read.document);
  joined.bind();
  return joined;
}

/** Passes every update to the other peers at once while online; offline, peers catch up when it comes back. */
export class Network {
  online = true;
  readonly peers: Peer[] = [];

  constructor(peers: Peer[]) {
    for (const p of peers) this.add(p);
  }

  add(peer: Peer) {
    this.peers.push(peer);
    peer.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!this.online || origin === 'room') return;
      for (const other of this.peers) if (other !== peer) Y.applyUpdate(other.ydoc, update, 'room');
    });
  }

  /** Reconnects: each peer receives what it missed from every other. */
  reconnect() {
    this.online = true;
    for (const a of this.peers)
      for (const b of this.peers)
        if (a !== b) Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)), 'room');
  }
}
