import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { ShoplineTrigger } from '../../nodes/Shopline/ShoplineTrigger.node';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';
import { NODE_TYPE } from './packages';

export { NODE_TYPE } from './packages';

/**
 * Stand-in for n8n's Manual Trigger (n8n-nodes-base is not a dependency of this package):
 * it passes on the items the test starts the run with, so a workflow can feed the node
 * several input items. The real trigger runs in the end-to-end test inside a real n8n.
 */
class ManualTriggerStandIn implements INodeType {
	description = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Test stand-in',
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData()];
	}
}

const types: Record<string, INodeType> = {
	'n8n-nodes-base.manualTrigger': new ManualTriggerStandIn(),
	[NODE_TYPE.tmapi1688]: new Tmapi1688(),
	[NODE_TYPE.shopline]: new Shopline(),
	[NODE_TYPE.shoplineTrigger]: new ShoplineTrigger(),
};

export const nodeTypes: INodeTypes = {
	getByName(type: string): INodeType | IVersionedNodeType {
		const found = types[type];
		if (!found) throw new Error(`Unknown node type in test workflow: ${type}`);
		return found;
	},
	getByNameAndVersion(type: string): INodeType {
		const found = types[type];
		if (!found) throw new Error(`Unknown node type in test workflow: ${type}`);
		return found;
	},
	getKnownTypes() {
		return {};
	},
};
