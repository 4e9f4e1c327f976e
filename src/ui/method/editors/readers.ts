import type { ViewPerspective } from '../../../core/model/schema.ts';
import type { Messages } from '../../i18n/messages.ts';

/** The readers a CRM-in-BPO model is drawn for, with the role whose elements their view starts from. */
export interface Reader {
  perspective: Exclude<ViewPerspective, 'full'>;
  title: string;
  reader: string;
  role: string;
}

export function readers(m: Messages['method']): readonly Reader[] {
  return [
    { perspective: 'client', title: m.clientView, reader: m.clientReader, role: 'client' },
    { perspective: 'customer', title: m.customerView, reader: m.customerReader, role: 'customer' },
    { perspective: 'internal', title: m.internalView, reader: m.internalReader, role: 'provider' },
  ];
}
