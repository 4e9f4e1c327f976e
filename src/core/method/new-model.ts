import { slug } from '../model/ids.ts';
import { FORMAT_VERSION, RefDocument, type Lane } from '../model/schema.ts';
import type { MethodPack } from './pack.ts';
import { DEFAULT_METHOD_ID, methodById, packOfMethod } from './shipped.ts';

export interface NewModelOptions {
  name: string;
  /** A shipped method (see shippedMethods); the construction method of the CRM-in-BPO outline by default. */
  methodId?: string;
  description?: string;
  authors?: string[];
  language?: string;
  /** The creation time (ISO); now by default. */
  now?: string;
  /** A method pack to follow: the model carries it, takes its method and validation profile. */
  pack?: MethodPack;
}

export type NewModel = { ok: true; document: RefDocument } | { ok: false; message: string };

const lane = (id: string, name: string, colour: string, description: string): Lane => ({
  id,
  name,
  colour,
  description,
});

// Roles carry colour (readable on a projector and for colour-blind viewers); areas stay neutral greys.
const AREAS: Lane[] = [
  lane('sales', 'Sales', '#6b7280', 'Winning and developing customers: campaigns, leads, offers, accounts.'),
  lane(
    'management',
    'Management',
    '#8b9099',
    'Steering the CRM processes: coordination, planning, performance, reporting, invoicing.',
  ),
  lane(
    'operations',
    'Operations',
    '#a1a6ae',
    'Serving customers: inquiries, contacts, support cases, transactions, complaints.',
  ),
];
const ROLES: Lane[] = [
  lane('client', 'Client', '#1f77b4', 'The company that outsources its CRM.'),
  lane('provider', 'Provider', '#2a9d8f', "The BPO provider that runs CRM processes on the client's behalf."),
  lane('customer', 'Customer', '#e07b24', "The client's end customer."),
];

/**
 * An empty model ready for step 1 of its method: the default macro structure (Sales, Management,
 * Operations × Client, Provider, Customer), one full view, and the method at its first step.
 */
export function newModel(options: NewModelOptions): NewModel {
  const pack = options.pack ?? packOfMethod(options.methodId ?? '');
  const methodId = pack?.method?.id ?? options.methodId ?? DEFAULT_METHOD_ID;
  const method = pack?.method ?? methodById(methodId);
  if (!method) return { ok: false, message: `There is no method "${methodId}"; choose one of the shipped methods.` };
  const name = options.name.trim();
  if (!name) return { ok: false, message: 'A new model needs a name.' };
  const now = options.now ?? new Date().toISOString();
  const first = method.steps[0]!.id;
  const words = slug(name);
  const result = RefDocument.safeParse({
    formatVersion: FORMAT_VERSION,
    meta: {
      id: !words ? 'model' : /^[a-z]/.test(words) ? words : `m-${words}`,
      name,
      description: options.description ?? '',
      language: options.language ?? 'en',
      authors: options.authors ?? [],
      version: '0.1.0',
      created: now,
      modified: now,
      sources: [],
    },
    structuralGoals: [],
    macroStructure: { areas: AREAS.map((l) => ({ ...l })), roles: ROLES.map((l) => ({ ...l })) },
    method: {
      methodId,
      currentStep: first,
      steps: { [first]: 'in-progress' },
      log: [{ at: now, step: first, action: 'entered', note: 'New model', actor: '' }],
    },
    elements: [],
    relations: [],
    views: [
      {
        id: 'full',
        name: 'Full model',
        perspective: 'full',
        description: 'Every element of the model.',
        elements: 'all',
        positions: {},
      },
    ],
    ...(pack ? { pack, validation: { profile: pack.profile?.id ?? 'default' } } : {}),
  });
  // Defaults (design goals, validation settings) come from the schema, so a new model is what an import would give.
  return result.success
    ? { ok: true, document: result.data }
    : { ok: false, message: result.error.issues.map((i) => i.message).join('; ') };
}
