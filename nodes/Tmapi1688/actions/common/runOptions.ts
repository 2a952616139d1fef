import type { INodeProperties } from 'n8n-workflow';

import { runOptionFields, type RunOptionField } from '../../../shared/node/runOptions';

const TIMEOUT_HINT = 'TMAPI asks clients to wait at least 60 seconds.';

/** The run options of a TMAPI operation; `what` says what runs side by side. */
export const tmapiRunFields = (what: string): RunOptionField[] => runOptionFields({ concurrency: 3, what, timeoutHint: TIMEOUT_HINT, autoConcurrency: { max: 16 } });

/** The same as properties, for an operation whose schema is written apart from its properties. */
export const tmapiRunOptions = (what: string): INodeProperties[] => tmapiRunFields(what).map((field) => field.property);

/** The run options as the router reads them (their defaults and names are the same in every operation). */
export const runOptionsOfNode = tmapiRunFields('TMAPI calls');
