import type { Metamodel } from '../core/metamodel/metamodel.ts';
import type { RefDocument } from '../core/model/schema.ts';
import type * as Engine from '../core/validation/index.ts';
import type { ValidationReport } from '../core/validation/index.ts';
import type { Store } from './create-store.ts';
import type { WorkbenchState } from './workbench.ts';

/** A first validation runs in slices of at most this many milliseconds, while the page is idle. */
const VALIDATION_SLICE_MS = 30;
/** How long a slice waits for the page to be idle before it runs anyway, so findings come on a busy page too. */
const IDLE_WAIT_MS = 1_000;

/** Runs work when the page is idle (after what it is drawing), with how long it may take; in Node, on the next turn. */
function whenIdle(work: (remainingMs: () => number) => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: IDLE_WAIT_MS });
  else setTimeout(() => work(() => VALIDATION_SLICE_MS), 0);
}

/**
 * Keeps the store's findings up to date with its document. The validator is incremental, so an edit costs a few
 * milliseconds and its findings come at once; the engine loads, and a model's first validation runs, in slices
 * while the page is idle, so the first screen of a model never waits on them.
 */
export function validateLive(store: Store<WorkbenchState>, metamodel: Metamodel): void {
  const load = () => import('../core/validation/index.ts');
  whenIdle(() => {
    // A chunk that fails to load (a network blip, a redeploy) is tried once more, then the findings panel says so.
    load()
      .catch(() => new Promise<typeof Engine>((resolve) => setTimeout(resolve, RETRY_MS)).then(load))
      .then(
        (engine) => follow(store, metamodel, engine),
        () => store.setState({ validationUnavailable: true }),
      );
  });
}

/** How long a failed load of the validation engine waits before it is tried again. */
const RETRY_MS = 2_000;

function follow(store: Store<WorkbenchState>, metamodel: Metamodel, engine: typeof Engine): void {
  const { createValidator, findingsByElement } = engine;
  // A model opened with another method pack may bring another metamodel: the validator follows it.
  let validator = createValidator(metamodel);
  let validatorMetamodel = metamodel;
  let validated: RefDocument | null = null;
  let running = false;
  // The open model whose findings are on show: another model's are cleared while its own first run goes on.
  let shownSeq = -1;
  const publish = (report: ValidationReport) => {
    shownSeq = store.getState().openSeq;
    store.setState({ validation: { report, byElement: findingsByElement(report.findings) } });
  };
  const revalidate = () => {
    if (running) return;
    const { history, metamodel: current } = store.getState();
    const doc = history.document;
    if (current !== validatorMetamodel) {
      validator = createValidator(current);
      validatorMetamodel = current;
      validated = null;
    }
    if (doc === validated) return;
    validated = doc;
    // After an edit the run ends at its first step; a first run goes on in idle slices, its findings when all are in.
    const steps = validator.runInSteps(doc);
    let step = steps.next();
    if (step.done) return publish(step.value);
    running = true;
    const { openSeq } = store.getState();
    if (openSeq !== shownSeq) store.setState({ validation: null });
    const slice = (remainingMs: () => number) => {
      // Another model opened meanwhile: its own first run replaces this one.
      if (store.getState().openSeq !== openSeq) {
        [running, validated, validator] = [false, null, createValidator(validatorMetamodel)];
        return revalidate();
      }
      const until = performance.now() + VALIDATION_SLICE_MS;
      do step = steps.next();
      while (!step.done && remainingMs() > 1 && performance.now() < until);
      if (!step.done) return whenIdle(slice);
      running = false;
      // Publishing runs revalidate again, which catches up with edits made meanwhile.
      publish(step.value);
    };
    whenIdle(slice);
  };
  store.subscribe(revalidate);
  revalidate();
}
