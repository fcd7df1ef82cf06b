// A webhook trigger's `webhook()` as n8n runs it when its URL is called: n8n-core's real
// WebhookContext on the workflow, the request as n8n's body parser leaves it (`rawBody`, and
// `body` parsed as JSON, or as XML with the xml2js settings n8n uses), and a response object that
// records what the node answers itself. n8n starts an execution only when `workflowData` comes
// back; otherwise it answers the call (`webhookResponse`, or n8n's default 200) and runs nothing.
import { WebhookContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData, IWebhookData, IWebhookResponseData, WorkflowExecuteMode } from 'n8n-workflow';
import { ExecutionLifecycleHooks } from 'n8n-core';
import type { IWorkflowBase } from 'n8n-workflow';

import type { CredentialStore } from './credentials';
import { TestCredentialsHelper } from './credentials';
import type { WorkflowJson } from './engine';
import { additionalData, makeWorkflow } from './engine';
import { registry } from './registry';

export interface WebhookCall {
	headers?: Record<string, string>;
	/** The body as sent: text (JSON or XML), or an object sent as JSON. */
	body?: string | object;
	method?: string;
}

export interface WebhookAnswer {
	/** The HTTP status the caller gets. */
	status: number;
	headers: Record<string, string>;
	/** What the caller gets as body (the node's own answer, its webhookResponse, or n8n's default). */
	body: unknown;
	/** The items an execution would start with; undefined when none starts. */
	items?: INodeExecutionData[];
	result: IWebhookResponseData;
}

/** What n8n's body parser does (n8n/dist/middlewares/body-parser.js): the same xml2js settings. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Parser } = require('xml2js') as { Parser: new (options: object) => { parseStringPromise(text: string): Promise<unknown> } };
const xmlParser = new Parser({ async: true, normalize: true, normalizeTags: true, explicitArray: false });

class RecordedResponse {
	statusCode = 200;
	headers: Record<string, string> = {};
	body: unknown;
	ended = false;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	setHeader(name: string, value: string) {
		this.headers[name.toLowerCase()] = String(value);
		return this;
	}

	header(name: string, value: string) {
		return this.setHeader(name, value);
	}

	json(body: unknown) {
		this.setHeader('content-type', 'application/json');
		return this.end(body);
	}

	send(body: unknown) {
		return this.end(body);
	}

	end(body?: unknown) {
		this.body = body;
		this.ended = true;
		return this;
	}
}

/**
 * Calls the webhook of trigger `nodeName` in `json` once, as n8n's production webhook server does
 * ('webhook' mode), and reports what the caller gets and what would start.
 */
export async function callWebhook(
	json: WorkflowJson,
	nodeName: string,
	call: WebhookCall,
	options: { credentials?: CredentialStore; mode?: WorkflowExecuteMode } = {},
): Promise<WebhookAnswer> {
	const types = registry();
	const workflow = makeWorkflow(json, { active: true, nodeTypes: types });
	const node = workflow.getNode(nodeName);
	if (!node) throw new Error(`No node ${nodeName}`);
	const nodeType = types.getByNameAndVersion(node.type, node.typeVersion);
	if (!nodeType.webhook) throw new Error(`${node.type} has no webhook()`);

	const headers: Record<string, string> = Object.fromEntries(
		Object.entries(call.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
	);
	const text = call.body === undefined ? '' : typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
	if (typeof call.body === 'object') headers['content-type'] ??= 'application/json';
	const contentType = (headers['content-type'] ?? '').split(';')[0].trim();
	let body: unknown = {};
	try {
		if (text.length && contentType === 'application/json') body = JSON.parse(text);
		else if (text.length && (contentType.endsWith('/xml') || contentType.endsWith('+xml'))) body = await xmlParser.parseStringPromise(text);
		else if (text.length && contentType === 'text/plain') body = text;
	} catch (error) {
		// n8n answers 422 itself (UnprocessableRequestError) and never calls the node.
		const result: IWebhookResponseData = {};
		return { status: 422, headers: {}, body: { message: 'Failed to parse request body', hint: (error as Error).message }, result };
	}
	const request = { method: call.method ?? 'POST', headers, body, rawBody: Buffer.from(text, 'utf8'), params: {}, query: {}, contentType };
	const response = new RecordedResponse();

	const credentials = new TestCredentialsHelper(types, options.credentials ?? {});
	const mode = options.mode ?? 'webhook';
	const hooks = new ExecutionLifecycleHooks(mode, 'test-webhook', json as unknown as IWorkflowBase);
	const data = { ...additionalData(credentials, hooks), httpRequest: request, httpResponse: response } as never;
	const description = nodeType.description.webhooks?.[0];
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: String(description?.path ?? ''),
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: data,
		webhookId: node.webhookId,
	} as unknown as IWebhookData;
	const context = new WebhookContext(workflow, node, data, mode, webhookData, [], null);
	const result = await nodeType.webhook.call(context);

	if (result.noWebhookResponse) {
		return { status: response.statusCode, headers: response.headers, body: response.body, result };
	}
	// responseMode onReceived: n8n answers 200 with the node's webhookResponse, or its own message.
	const items = result.workflowData?.[0];
	return {
		status: 200,
		headers: {},
		body: result.webhookResponse ?? ({ message: 'Workflow was started' } as IDataObject),
		items,
		result,
	};
}
