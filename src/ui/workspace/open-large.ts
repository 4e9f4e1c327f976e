import type { ImportResult } from '../../core/io/json.ts';
import type { Workbench } from '../../store/workbench.ts';
import type { ReaderMessage } from '../../workers/model-reader.worker.ts';
import { settle } from './session.ts';
import { modelProblems, refuseFile } from '../shell/not-opened.ts';
import { formatNumber, messages } from '../i18n/messages.ts';

/** Model files above this size are read and checked in a worker, with progress and Cancel. */
export const LARGE_MODEL_BYTES = 512 * 1024;

/**
 * Opens a large model file: a worker reads and checks it while the page keeps answering, a message says
 * which stage it is in and offers Cancel, and only a checked model replaces the open one.
 */
export async function openLargeModel(wb: Workbench, file: File): Promise<boolean> {
  const m = messages().workspace;
  const size = `${formatNumber(file.size / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
  let worker: Worker | null = null;
  let notice = 0;
  let settled = false;
  const result = await new Promise<ImportResult | null>((resolve) => {
    const finish = (value: ImportResult | null) => {
      settled = true;
      resolve(value);
    };
    const say = (message: string) => {
      wb.dismiss(notice);
      notice = wb.notify('info', message, { label: m.cancel, run: () => finish(null) }, true);
    };
    say(m.openingLarge(file.name, size));
    void import('../../workers/model-reader.worker.ts?worker').then(
      ({ default: Reader }) => {
        if (settled) return;
        worker = new Reader();
        worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
          if (event.data.stage === 'checking') say(m.checkingLarge(file.name, size));
          else finish(event.data.result);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          const message = event.message || m.unreadable;
          finish({ ok: false, stage: 'file', errors: [{ path: '(file)', message }] });
        };
        worker.postMessage(file);
      },
      () => finish({ ok: false, stage: 'file', errors: [{ path: '(file)', message: m.readerMissing }] }),
    );
  });
  // Terminating the worker is what cancels its work.
  (worker as Worker | null)?.terminate();
  wb.dismiss(notice);
  if (!result) {
    wb.notify('info', m.openingCancelled(file.name));
    return false;
  }
  if (!result.ok) {
    refuseFile(wb, file.name, modelProblems(result.errors));
    return false;
  }
  if (!(await settle({ askWithoutStorage: true }))) return false;
  wb.open(result.document);
  wb.notify('success', m.openedFrom(result.document.meta.name, file.name));
  return true;
}
