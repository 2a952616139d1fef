import type { z } from 'zod';

import { custom, type Field } from '../../../shared/node/field';
import { recordLocator, type RecordKind } from './locators';

/** A record field (recordLocator) declared with field(): the locator for the editor, `schema` for the ID it gives. */
export function recordField<N extends string, S extends z.ZodTypeAny>(kind: RecordKind, field: { displayName: string; name: N; description: string; required?: boolean }, schema: S): Field<N, S> {
	return custom({ ...recordLocator(kind, field), name: field.name }, schema);
}
