// What n8n's editor does when a dropdown whose options come from the account opens: it calls the
// node's `methods.loadOptions` entry through n8n-core's LoadOptionsContext, with the node's
// credential and the node's current parameters. The same here, against a sandbox (the companion of
// test/harness/listSearch.ts, for loadOptions).
import { ExecutionLifecycleHooks, LoadOptionsContext } from 'n8n-core';
import type { INode, INodePropertyOptions, IWorkflowBase } from 'n8n-workflow';

import type { CredentialStore } from '../harness/credentials';
import { TestCredentialsHelper } from '../harness/credentials';
import { additionalData, makeWorkflow } from '../harness/engine';
import { PACKAGE_NAME, registry } from '../harness/registry';

export async function loadOptions(
	nodeType: string,
	method: string,
	credentials: CredentialStore,
	parameters: INode['parameters'] = {},
): Promise<INodePropertyOptions[]> {
	const types = registry();
	const type = `${PACKAGE_NAME}.${nodeType}`;
	const node: INode = {
		id: 'dropdown',
		name: 'Dropdown',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(Object.keys(credentials).map((name) => [name, { id: `${name}-id`, name: `${name} (test)` }])),
	};
	const workflow = makeWorkflow({ nodes: [node], connections: {} }, { nodeTypes: types });
	const helper = new TestCredentialsHelper(types, credentials);
	const hooks = new ExecutionLifecycleHooks('manual', 'dropdown', { nodes: [node], connections: {} } as unknown as IWorkflowBase);
	const data = { ...additionalData(helper, hooks), currentNodeParameters: parameters };
	const context = new LoadOptionsContext(workflow, node, data, 'parameters');
	const load = types.getByNameAndVersion(type, node.typeVersion).methods?.loadOptions?.[method];
	if (!load) throw new Error(`${type} has no loadOptions method "${method}"`);
	return await load.call(context);
}
