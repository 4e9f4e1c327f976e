import type { ViewPerspective } from '../../../core/model/schema.ts';

/** The readers a CRM-in-BPO model is drawn for, with the role whose elements their view starts from. */
export interface Reader {
  perspective: Exclude<ViewPerspective, 'full'>;
  title: string;
  reader: string;
  role: string;
}

export const READERS: readonly Reader[] = [
  {
    perspective: 'client',
    title: 'Client view',
    reader: 'the client’s CRM unit that steers the provider',
    role: 'client',
  },
  {
    perspective: 'customer',
    title: 'Customer view',
    reader: 'the end customer and whoever designs the service for them',
    role: 'customer',
  },
  { perspective: 'internal', title: 'Internal view', reader: 'the provider’s team leads and agents', role: 'provider' },
];
