// Runs workflow JSON through n8n-core's real WorkflowExecute, as n8n does for a manual run.
import { Container } from '@n8n/di';
import { BinaryDataService, ExecutionLifecycleHooks, PollContext, WorkflowExecute } from 'n8n-core';
import type {
	IBinaryData,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeTypes,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import type { CredentialStore } from './credentials';
import { TestCredentialsHelper } from './credentials';
import type { FixtureItem } from './testNodes';
import { PACKAGE_NAME, registry } from './registry';

export interface WorkflowJson {
	id?: string;
	name?: string;
	nodes: INode[];
	connections: IConnections;
	staticData?: IDataObject;
	/** As in a saved workflow; `timezone` defaults to UTC here (see makeWorkflow). */
	settings?: IWorkflowSettings;
}

/** What the tests run on when a workflow names no zone: fixed, so "today" never depends on n8n's default. */
export const TEST_TIMEZONE = 'UTC';

/**
 * The one place tests build an n8n Workflow. A saved workflow without a zone runs in n8n's
 * default zone (America/New_York), which would make every "today" in a test depend on the hour
 * the suite runs at; tests name their zone instead, UTC unless the workflow's settings say
 * otherwise.
 */
export function makeWorkflow(json: WorkflowJson, options: { active?: boolean; nodeTypes?: INodeTypes } = {}): Workflow {
	return new Workflow({
		id: json.id ?? 'test-workflow',
		name: json.name ?? 'test',
		nodes: json.nodes,
		connections: json.connections,
		active: options.active ?? false,
		nodeTypes: options.nodeTypes ?? registry(),
		staticData: json.staticData ?? {},
		settings: { ...json.settings, timezone: json.settings?.timezone ?? TEST_TIMEZONE },
	});
}

export interface RunResult {
	run: IRun;
	workflow: Workflow;
	credentials: TestCredentialsHelper;
	/** Items the node put on its first output, on its first run. Throws when the node did not run. */
	items(nodeName?: string): INodeExecutionData[];
	/** The error the node stopped with, if any. */
	error(nodeName?: string): (Error & { description?: string; httpCode?: string; context?: IDataObject }) | undefined;
}

let binaryReady: Promise<void> | undefined;
async function ensureBinaryStore() {
	binaryReady ??= Container.get(BinaryDataService).init();
	await binaryReady;
}

/** The bytes behind a binary property, whichever store holds them. */
export async function binaryBuffer(binary: IBinaryData): Promise<Buffer> {
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}

export const SUBJECT = 'Subject';

export function additionalData(credentialsHelper: TestCredentialsHelper, hooks: ExecutionLifecycleHooks) {
	const notAvailable = async () => {
		throw new Error('not available in tests');
	};
	return {
		credentialsHelper,
		hooks,
		executeWorkflow: notAvailable,
		getRunExecutionData: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		logAiEvent: () => undefined,
		startRunnerTask: notAvailable,
		executionId: 'test-execution',
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
}

export async function runWorkflow(
	json: WorkflowJson,
	options: { credentials?: CredentialStore; mode?: WorkflowExecuteMode } = {},
): Promise<RunResult> {
	await ensureBinaryStore();
	const types = registry();
	const credentials = new TestCredentialsHelper(types, options.credentials ?? {});
	const workflow = makeWorkflow(json, { nodeTypes: types });
	const mode = options.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, 'test-execution', json as unknown as IWorkflowBase);
	const done = new Promise<IRun>((resolve) => hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)));

	const start = workflow.getStartNode();
	if (!start) throw new Error('The workflow has no start node');
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
		},
	});
	const execute = new WorkflowExecute(additionalData(credentials, hooks), mode, runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await done;
	const last = json.nodes[json.nodes.length - 1].name;

	return {
		run,
		workflow,
		credentials,
		items(nodeName = last) {
			const task = run.data.resultData.runData[nodeName]?.[0];
			if (!task) throw new Error(`Node "${nodeName}" did not run. Workflow error: ${run.data.resultData.error?.message}`);
			if (task.error) throw new Error(`Node "${nodeName}" failed: ${task.error.message}`);
			return task.data?.main?.[0] ?? [];
		},
		error(nodeName = last) {
			return run.data.resultData.runData[nodeName]?.[0]?.error as ReturnType<RunResult['error']>;
		},
	};
}

export interface SubjectNode {
	/** Node type name without the package prefix, e.g. `omnixV6`; or a full type like `test.httpProbe`. */
	type: string;
	parameters: INode['parameters'];
	/** credential type → display name; the values come from the run's credential store. */
	credentials?: string[];
	continueOnFail?: boolean;
	typeVersion?: number;
}

/**
 * The usual test workflow: Manual Trigger → (Fixture Items) → the node under test, named
 * "Subject". Fixture items become the subject's input; without them it gets one empty item.
 */
export function subjectWorkflow(subject: SubjectNode, input?: FixtureItem[]): WorkflowJson {
	const nodes: INode[] = [
		{
			id: 'trigger',
			name: 'Trigger',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
	];
	const connections: IConnections = {};
	let previous = 'Trigger';
	if (input) {
		nodes.push({
			id: 'input',
			name: 'Input',
			type: 'test.fixtureItems',
			typeVersion: 1,
			position: [200, 0],
			parameters: { items: JSON.stringify(input) },
		});
		connections.Trigger = { main: [[{ node: 'Input', type: 'main', index: 0 }]] };
		previous = 'Input';
	}
	nodes.push({
		id: 'subject',
		name: SUBJECT,
		type: subject.type.includes('.') ? subject.type : `${PACKAGE_NAME}.${subject.type}`,
		typeVersion: subject.typeVersion ?? 1,
		position: [400, 0],
		parameters: subject.parameters,
		credentials: Object.fromEntries(
			(subject.credentials ?? []).map((type) => [type, { id: `${type}-id`, name: `${type} (test)` }]),
		),
		...(subject.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	});
	connections[previous] = { main: [[{ node: SUBJECT, type: 'main', index: 0 }]] };
	return { nodes, connections };
}

/**
 * An active polling trigger as n8n runs it between executions: n8n-core's PollContext in
 * 'trigger' mode on one Workflow object, so the node's static data carries over between polls.
 */
export async function activePoller(
	json: WorkflowJson,
	nodeName: string,
	options: { credentials?: CredentialStore } = {},
) {
	await ensureBinaryStore();
	const types = registry();
	const credentials = new TestCredentialsHelper(types, options.credentials ?? {});
	const workflow = makeWorkflow(json, { active: true, nodeTypes: types });
	const node = workflow.getNode(nodeName);
	if (!node) throw new Error(`No node ${nodeName}`);
	const hooks = new ExecutionLifecycleHooks('trigger', 'test-poll', json as unknown as IWorkflowBase);
	const data = additionalData(credentials, hooks);
	const nodeType = types.getByNameAndVersion(node.type, node.typeVersion);
	return {
		workflow,
		async poll(): Promise<INodeExecutionData[][] | null> {
			const context = new PollContext(workflow, node, data, 'trigger', 'activate');
			return await nodeType.poll!.call(context);
		},
	};
}
