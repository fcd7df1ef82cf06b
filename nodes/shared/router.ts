import type {
	INode,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	NodeApiError,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { setRunConcurrency } from './budget';
import type { ConcurrencyDefaults } from './descriptions';
import { concurrencyDefault, concurrencyOf } from './descriptions';
import { nodeError } from './errors';

/** One `<op>.operation.ts`: its fields and what it does for one input item. */
export interface ItemOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/**
 * An operation that handles all input items at once (e.g. a batched upsert). It must pair every
 * output item with its input and handle continueOnFail for its own per-item failures.
 */
export interface BatchOperation {
	description: INodeProperties[];
	executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
}

export type Operation = ItemOperation | BatchOperation;
export type ResourceOperations = Record<string, Operation>;
export type NodeOperations = Record<string, ResourceOperations>;

/**
 * The value n8n gives the "Custom API Call" option it adds to the Resource and Operation of a node
 * whose credential its HTTP Request node can use (OAuth2 ones, for instance). A node that has it
 * registers an operation under this key, as a resource of its own and in each resource.
 */
export const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/** The JSON of an error item under continueOnFail: message, description and the provider's code. */
export function errorJson(error: unknown): IDataObject {
	const e = error as Partial<NodeApiError> & { message?: string; context?: IDataObject };
	const json: IDataObject = { error: e?.message ?? String(error) };
	if (typeof e?.description === 'string' && e.description) json.description = e.description;
	if (e?.httpCode) json.httpCode = e.httpCode;
	const code = (e as { errorResponse?: IDataObject })?.errorResponse?.code;
	if (code !== undefined) json.code = code;
	return json;
}

/**
 * The output item of an input item that failed under "On Error: Continue". With "Continue
 * (regular output)": the error's JSON (`errorJson`). With "Continue (using error output)": n8n
 * moves an item to the error output only when its JSON is `error` alone (1.x also takes `error`
 * and `message`; 2.x `error`, `message` and `details`), so the error's JSON is the value of
 * `error`: `{ error: { message, description, httpCode, code } }`. n8n adds the input item's fields
 * to it there.
 */
export function errorItem(node: INode, error: unknown, itemIndex: number): INodeExecutionData {
	const json = errorJson(error);
	if (node.onError !== 'continueErrorOutput') return { json, pairedItem: { item: itemIndex } };
	const { error: message, ...details } = json;
	return { json: { error: { message, ...details } }, pairedItem: { item: itemIndex } };
}

/**
 * The per-item loop every action node runs: dispatch to the resource's operation, pair every
 * output item with its input, and turn failures into error items under continueOnFail.
 * `concurrency`: the node's Concurrent Requests defaults by operation kind (the same the node's
 * description shows, through `withConcurrencyDefaults`).
 */
export async function route(
	this: IExecuteFunctions,
	operations: NodeOperations,
	{ concurrency: defaults }: { concurrency?: ConcurrencyDefaults } = {},
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	// With "Custom API Call" as the resource, the node has no Operation to read.
	const operationName = resource === CUSTOM_API_CALL ? CUSTOM_API_CALL : (this.getNodeParameter('operation', 0) as string);
	const operation = operations[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not supported`);
	}

	if ('executeBatch' in operation) {
		return [await operation.executeBatch.call(this, items)];
	}

	const concurrency = Math.min(concurrencyOf(this, concurrencyDefault(operationName, defaults)), items.length || 1);
	setRunConcurrency(this, concurrency);
	const continueOnFail = this.continueOnFail();
	// One slot per input item, filled as items finish, read in input order: the output is what
	// one-at-a-time execution gives, whatever order the replies come in.
	const results: Array<INodeExecutionData[] | undefined> = new Array(items.length);
	const failures = new Map<number, unknown>();
	let next = 0;
	/** Without continueOnFail, the first failure stops new items from starting (as sequential execution stops there). */
	let stopped = false;

	const worker = async () => {
		while (!stopped && next < items.length) {
			const i = next++;
			try {
				const produced = await operation.execute.call(this, i);
				results[i] = produced.map((result) => ({ ...result, pairedItem: result.pairedItem ?? { item: i } }));
			} catch (error) {
				if (continueOnFail) {
					results[i] = [errorItem(this.getNode(), error, i)];
				} else {
					failures.set(i, error);
					stopped = true;
				}
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));

	if (failures.size) {
		const first = Math.min(...failures.keys());
		const error = nodeError(this.getNode(), failures.get(first), first);
		// Items after the failing one that were in flight and succeeded: carried out, not output.
		const savedLater = results.flatMap((result, i) => (i > first && result ? [i] : []));
		if (savedLater.length) {
			const [word, were, they] = savedLater.length === 1 ? ['Item', 'was', 'it'] : ['Items', 'were', 'they'];
			const note = `${word} ${savedLater.join(', ')} (after item ${first}) ${were} already carried out: ${they} ${were} in flight when item ${first} failed. Their results are not output; check them before running the workflow again.`;
			error.description = error.description ? `${error.description}\n\n${note}` : note;
		}
		throw error;
	}
	return [results.flat().filter((item): item is INodeExecutionData => item !== undefined)];
}
