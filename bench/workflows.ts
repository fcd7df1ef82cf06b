// The workflows `npm run bench` imports into n8n, made here rather than saved as files: an input
// of N items (a Set node holding N rows, then Split Out), then the node under test, named
// "Subject". The HTTP Request twin of each of our operations is built from the request our node
// actually sent (method, URL, query, headers, body), so both send the same requests.
import type { RecordedRequest } from '../sandbox/framework';
import type { Workflow } from '../scripts/n8n/n8n';
import type { N8nCredential } from '../scripts/n8n/sandboxes';

export const SUBJECT = 'Subject';

type Node = Workflow['nodes'][number];

/** The node under test, before the workflow names and places it. */
export interface SubjectNode {
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
}

const trigger: Node = {
	id: 'trigger',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** N items `{ n }`: a Set node holding the rows as one array, split into one item a row. */
function inputNodes(count: number): Node[] {
	const rows = Array.from({ length: count }, (_, i) => ({ n: i + 1 }));
	return [
		{
			id: 'rows',
			name: 'Rows',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
		},
		{
			id: 'split',
			name: 'One item per row',
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [400, 0],
			parameters: { fieldToSplitOut: 'rows', options: {} },
		},
	];
}

/** Reads one file from disk into binary `data` (filesystem binary mode keeps it on disk). */
export function readFileNode(path: string): Node {
	return {
		id: 'read',
		name: 'Read file',
		type: 'n8n-nodes-base.readWriteFile',
		typeVersion: 1,
		position: [200, 0],
		parameters: { operation: 'read', fileSelector: path, options: { dataPropertyName: 'data' } },
	};
}

export interface Input {
	/** Items made by the Set node; 0 = the subject runs once on the trigger's item. */
	items: number;
	/** Read this file into each item's binary `data` first. */
	binaryFile?: string;
	/** Nodes before the subject instead of the generated rows. */
	nodes?: Node[];
}

export function workflow(id: string, name: string, input: Input, subject: SubjectNode): Workflow {
	const before = input.nodes ?? [...(input.items > 0 ? inputNodes(input.items) : []), ...(input.binaryFile ? [readFileNode(input.binaryFile)] : [])];
	const nodes: Node[] = [trigger, ...before, { ...subject, id: 'subject', name: SUBJECT, position: [800, 0] }];
	const connections: Record<string, unknown> = {};
	for (let i = 0; i < nodes.length - 1; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { id, name, nodes, connections, active: false, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** One of our operations, as the node under test. */
export interface Operation {
	key: string;
	/** What the table calls it. */
	label: string;
	provider: 'billomat' | 'invoicexpress' | 'imaterialise' | 'shopwave' | 'omnixV6';
	/** What the provider counts it as: a read (list) or a write (create, upsert, upload). */
	kind: 'read' | 'write';
	nodeType: string;
	credentialType: string;
	parameters: Record<string, unknown>;
	binary?: boolean;
}

export const OPERATIONS: Operation[] = [
	{
		key: 'bmCreate',
		label: 'Billomat invoice create',
		provider: 'billomat',
		kind: 'write',
		nodeType: 'billomat',
		credentialType: 'billomatApi',
		parameters: {
			resource: 'invoice',
			operation: 'create',
			clientId: '476',
			itemsInput: 'fields',
			lineItems: { item: [{ title: 'Consulting', quantity: 1, unit_price: 90 }] },
		},
	},
	{
		key: 'bmList',
		label: 'Billomat invoice getAll (limit 10)',
		provider: 'billomat',
		kind: 'read',
		nodeType: 'billomat',
		credentialType: 'billomatApi',
		parameters: { resource: 'invoice', operation: 'getAll', returnAll: false, limit: 10 },
	},
	{
		key: 'ixCreate',
		label: 'InvoiceXpress invoice create',
		provider: 'invoicexpress',
		kind: 'write',
		nodeType: 'invoiceXpress',
		credentialType: 'invoiceXpressApi',
		parameters: {
			resource: 'invoice',
			operation: 'create',
			documentType: 'invoices',
			date: '2024-04-17',
			dueDate: '17/05/2024',
			clientName: 'John Doe',
			client: { code: 'XYZ123', country: 'Portugal' },
			lineItems: { item: [{ name: 'SRV1', unitPrice: 10, quantity: 1, unit: 'service', taxName: 'IVA23' }] },
		},
	},
	{
		key: 'ixList',
		label: 'InvoiceXpress invoice getAll (limit 10)',
		provider: 'invoicexpress',
		kind: 'read',
		nodeType: 'invoiceXpress',
		credentialType: 'invoiceXpressApi',
		parameters: { resource: 'invoice', operation: 'getAll', returnAll: false, limit: 10 },
	},
	{
		key: 'imUpload',
		label: 'i.materialise invoice addOrUpdate',
		provider: 'imaterialise',
		kind: 'write',
		nodeType: 'iMaterialise',
		credentialType: 'iMaterialiseApi',
		parameters: {
			resource: 'invoice',
			operation: 'addOrUpdate',
			orderId: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
			source: 'binary',
			binaryPropertyName: 'data',
			options: {},
		},
		binary: true,
	},
	{
		key: 'swUpsert',
		label: 'Shopwave invoice upsert (batch size 1)',
		provider: 'shopwave',
		kind: 'write',
		nodeType: 'shopwave',
		credentialType: 'shopwaveApi',
		parameters: {
			authentication: 'accessToken',
			resource: 'invoice',
			operation: 'upsert',
			storeId: '1001',
			itemsInput: 'fields',
			lineItems: { item: [{ name: 'Tea', price: '3.20', quantity: 2 }] },
			options: { batchSize: 1 },
		},
	},
	{
		key: 'swList',
		label: 'Shopwave invoice getAll',
		provider: 'shopwave',
		kind: 'read',
		nodeType: 'shopwave',
		credentialType: 'shopwaveApi',
		parameters: { authentication: 'accessToken', resource: 'invoice', operation: 'getAll' },
	},
	{
		key: 'oxList',
		label: 'Omnix V6 invoice getAll (one month)',
		provider: 'omnixV6',
		kind: 'read',
		nodeType: 'omnix',
		credentialType: 'omnixV6Api',
		parameters: {
			resource: 'invoice',
			operation: 'getAll',
			fromDate: '2018-01-01T00:00:00',
			toDate: '2018-01-31T00:00:00',
			returnAll: true,
		},
	},
];

/** Our node, with the sandbox credential of its type. */
export function ourNode(
	op: Pick<Operation, 'nodeType' | 'credentialType'>,
	parameters: Record<string, unknown>,
	credentials: N8nCredential[],
	options: { continueOnFail?: boolean; concurrentRequests?: number } = {},
): SubjectNode {
	const credential = credentials.find((c) => c.type === op.credentialType);
	if (!credential) throw new Error(`no sandbox credential of type ${op.credentialType}`);
	return {
		type: `n8n-nodes-invoicing.${op.nodeType}`,
		typeVersion: 1,
		// Options › Concurrent Requests set explicitly where a section measures at a fixed one
		// (section 1: the per-item overhead, one request at a time), whatever the operation's default.
		parameters:
			options.concurrentRequests === undefined
				? parameters
				: { ...parameters, options: { ...((parameters.options as object | undefined) ?? {}), concurrentRequests: options.concurrentRequests } },
		credentials: { [op.credentialType]: { id: credential.id, name: credential.name } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
	};
}

/** Headers the HTTP client sets by itself: not copied into the HTTP Request node. */
const TRANSPORT_HEADERS = new Set([
	'host',
	'connection',
	'content-length',
	'content-type',
	'transfer-encoding',
	'user-agent',
	'accept-encoding',
]);

/**
 * The HTTP Request node that sends what `sample` (our node's first request) was: same method,
 * URL, query (credentials included: InvoiceXpress's api_key), headers (credentials included:
 * X-BillomatApiKey, Authorization, APICode) and body. A multipart body becomes a form with the
 * item's binary `data` as the `File` part, as i.materialise takes it.
 */
export function httpTwin(sample: RecordedRequest, baseUrl: string, auth?: GenericAuth, batching?: HttpBatching): SubjectNode {
	const credentialHeader = auth?.type === 'httpHeaderAuth' ? auth.name.toLowerCase() : undefined;
	const credentialQuery = auth?.type === 'httpQueryAuth' ? auth.name : undefined;
	const query = Object.entries(sample.query)
		.filter(([name]) => name !== credentialQuery)
		.flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })));
	const headers = Object.entries(sample.headers)
		.filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase()) && name.toLowerCase() !== credentialHeader)
		.map(([name, value]) => ({ name, value: Array.isArray(value) ? value.join(', ') : String(value ?? '') }));
	const contentType = String(sample.headers['content-type'] ?? '');
	const parameters: Record<string, unknown> = {
		method: sample.method,
		url: `${baseUrl}${encodeURI(sample.path)}`,
		authentication: 'none',
		sendQuery: query.length > 0,
		specifyQuery: 'keypair',
		queryParameters: { parameters: query },
		sendHeaders: headers.length > 0,
		specifyHeaders: 'keypair',
		headerParameters: { parameters: headers },
		sendBody: sample.body.length > 0,
		options: {},
	};
	if (sample.body.length > 0) {
		if (contentType.startsWith('multipart/form-data')) {
			parameters.contentType = 'multipart-form-data';
			parameters.bodyParameters = {
				parameters: [{ parameterType: 'formBinaryData', name: 'File', inputDataFieldName: 'data' }],
			};
			// i.materialise answers a stored document with 200 and an empty body.
			parameters.options = { response: { response: { responseFormat: 'text' } } };
		} else if (contentType.includes('json')) {
			parameters.contentType = 'json';
			parameters.specifyBody = 'json';
			parameters.jsonBody = sample.body.toString('utf8');
		} else {
			parameters.contentType = 'raw';
			parameters.rawContentType = contentType;
			parameters.body = sample.body.toString('utf8');
		}
	}
	if (batching) {
		// The node's own Options › Batching: `batchSize` requests started together, then a pause of
		// `batchInterval` ms before the next batch starts (it does not wait for the replies).
		parameters.options = { ...(parameters.options as object), batching: { batch: { ...batching } } };
	}
	if (!auth) return { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters };
	parameters.authentication = 'genericCredentialType';
	parameters.genericAuthType = auth.type;
	return {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters,
		credentials: { [auth.type]: { id: auth.credential.id, name: auth.credential.name } },
	};
}

/** The HTTP Request node's Options › Batching: items per batch and the pause between batches (ms). */
export interface HttpBatching {
	batchSize: number;
	batchInterval: number;
}

/** How a user without our node would store each provider's secret: n8n's Header Auth or Query Auth. */
export const GENERIC_AUTH: Record<Operation['provider'], { type: 'httpHeaderAuth' | 'httpQueryAuth'; name: string }> = {
	billomat: { type: 'httpHeaderAuth', name: 'X-BillomatApiKey' },
	invoicexpress: { type: 'httpQueryAuth', name: 'api_key' },
	imaterialise: { type: 'httpHeaderAuth', name: 'APICode' },
	shopwave: { type: 'httpHeaderAuth', name: 'Authorization' },
	omnixV6: { type: 'httpHeaderAuth', name: 'Authorization' },
};

export interface GenericAuth {
	type: 'httpHeaderAuth' | 'httpQueryAuth';
	name: string;
	credential: { id: string; name: string };
}

/** The Header Auth / Query Auth credential holding the secret our node sent in `sample`. */
export function genericCredential(provider: Operation['provider'], sample: RecordedRequest): { auth: GenericAuth; credential: N8nCredential } {
	const { type, name } = GENERIC_AUTH[provider];
	const raw = type === 'httpHeaderAuth' ? sample.headers[name.toLowerCase()] : sample.query[name];
	const value = Array.isArray(raw) ? raw[0] : String(raw ?? '');
	const credential: N8nCredential = {
		id: `bh_${provider.slice(0, 8)}`,
		name: `${provider} as ${type === 'httpHeaderAuth' ? 'Header' : 'Query'} Auth (bench)`,
		type,
		data: { name, value },
	};
	return { auth: { type, name, credential: { id: credential.id, name: credential.name } }, credential };
}
