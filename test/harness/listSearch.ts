// What n8n's editor does when a record picker ("From List") opens or the user types or scrolls:
// it calls the node's `methods.listSearch` entry through n8n-core's LoadOptionsContext, with the
// node's credential. The same here, against a sandbox.
import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult, IWorkflowBase } from 'n8n-workflow';

import { PACKAGE_NAME } from './registry';
import type { CredentialStore } from './credentials';
import { TestCredentialsHelper } from './credentials';
import { additionalData, makeWorkflow } from './engine';
import { registry } from './registry';

export async function listSearch(
	nodeType: string,
	method: string,
	credentials: CredentialStore,
	options: { filter?: string; paginationToken?: string; typeVersion?: number; parameters?: INode['parameters'] } = {},
): Promise<INodeListSearchResult> {
	const types = registry();
	const type = `${PACKAGE_NAME}.${nodeType}`;
	const node: INode = {
		id: 'picker',
		name: 'Picker',
		type,
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: options.parameters ?? {},
		credentials: Object.fromEntries(Object.keys(credentials).map((name) => [name, { id: `${name}-id`, name: `${name} (test)` }])),
	};
	const workflow = makeWorkflow({ nodes: [node], connections: {} }, { nodeTypes: types });
	const helper = new TestCredentialsHelper(types, credentials);
	const hooks = new ExecutionLifecycleHooks('manual', 'picker', { nodes: [node], connections: {} } as unknown as IWorkflowBase);
	const context = new LoadOptionsContext(workflow, node, additionalData(helper, hooks), 'parameters');
	const search = types.getByNameAndVersion(type, node.typeVersion).methods?.listSearch?.[method];
	if (!search) throw new Error(`${type} has no listSearch method "${method}"`);
	return await search.call(context, options.filter, options.paginationToken);
}
