import type { INodeProperties, INodeType } from 'n8n-workflow';

import { operations as shoplineOperations } from '../../nodes/Shopline/actions/router';
import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { operations as tmapiOperations } from '../../nodes/Tmapi1688/actions/router';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';

/** resource → the operation values the editor offers for it, read from the node's description. */
function offered(node: INodeType): Record<string, string[]> {
	const properties = node.description.properties as INodeProperties[];
	const resources = properties.find((property) => property.name === 'resource')!.options as Array<{ value: string }>;
	return Object.fromEntries(
		resources.map(({ value }) => {
			const field = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(value));
			return [value, ((field?.options ?? []) as Array<{ value: string }>).map((option) => option.value).sort()];
		}),
	);
}

const handled = (map: Record<string, Record<string, unknown>>) =>
	Object.fromEntries(Object.entries(map).map(([resource, ops]) => [resource, Object.keys(ops).sort()]));

describe('every operation the editor offers has a handler, and every handler is offered', () => {
	it.each([
		['TMAPI 1688', new Tmapi1688(), tmapiOperations],
		['SHOPLINE', new Shopline(), shoplineOperations],
	] as const)('%s', (_name, node, map) => {
		const editor = offered(node);
		expect(Object.keys(editor).length).toBeGreaterThan(0);
		expect(handled(map)).toEqual(editor);
	});
});
