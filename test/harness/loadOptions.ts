import 'reflect-metadata';

import { LoadOptionsContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, INode, INodeListSearchResult, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { TestCredentialsHelper } from './credentials';
import { nodeTypes } from './nodeTypes';
import { NODE_TYPE } from './packages';
import './workflow'; // registers the capturing logger n8n-core's contexts use

type SearchMethod = keyof Shopline['methods']['listSearch'];

/**
 * Runs one list search of the SHOPLINE node the way the editor does when a From List field
 * opens, is typed into or scrolls: inside n8n-core's own LoadOptionsContext, with the node's
 * credential decrypted by the test helper and its requests sent by n8n's HTTP helper.
 */
export async function listSearch(
	method: SearchMethod,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	{ filter, paginationToken, parameters = {} }: { filter?: string; paginationToken?: string; parameters?: INodeParameters } = {},
): Promise<INodeListSearchResult> {
	const credential = { shoplineApi: { id: '1', name: 'Test credential' } };
	const node: INode = { id: 'd1f1c2d3-0000-4000-8000-000000000001', name: 'SHOPLINE', type: NODE_TYPE.shopline, typeVersion: 1, position: [0, 0], parameters, credentials: credential };
	const workflow = new Workflow({ id: 'list-search', nodes: [node], connections: {}, active: false, nodeTypes });
	// As the editor sends them: with the defaults of the fields not set (Authentication among them).
	const current = NodeHelpers.getNodeParameters(new Shopline().description.properties, parameters, true, false, node, new Shopline().description) ?? parameters;
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(credentials),
		currentNodeParameters: current,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		variables: {},
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.productId');
	const search = new Shopline().methods.listSearch[method];
	return await search.call(context, filter, paginationToken);
}
