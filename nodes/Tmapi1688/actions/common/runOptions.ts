import { runOptionFields, type RunOptionField } from '../../../shared/node/runOptions';

const TIMEOUT_HINT = 'TMAPI asks clients to wait at least 60 seconds.';

/** The run options of a TMAPI operation; `what` says what runs side by side. */
export const tmapiRunFields = (what: string): RunOptionField[] => runOptionFields({ concurrency: 3, what, timeoutHint: TIMEOUT_HINT, autoConcurrency: { max: 16 } });

/** The run options as the router reads them (their defaults and names are the same in every operation). */
export const runOptionsOfNode = tmapiRunFields('TMAPI calls');
