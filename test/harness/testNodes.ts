// Two stand-ins for n8n-nodes-base nodes the test workflows need, so the suite does not pull
// the whole n8n-nodes-base package: the Manual Trigger, and a node that emits fixed items
// (JSON plus binary files given as base64), storing the files through n8n's binary store.
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
} from 'n8n-workflow';

import { providerError } from '../../nodes/shared/errors';
import { DEFAULT_RETRY, sendRequest } from '../../nodes/shared/http';

export class ManualTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Runs the flow on clicking a button in n8n',
		defaults: { name: 'When clicking ‘Execute workflow’' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		return { manualTriggerFunction: async () => this.emit([this.helpers.returnJsonArray([{}])]) };
	}
}

export interface FixtureItem {
	json?: IDataObject;
	/** property name → file given as base64 bytes */
	binary?: Record<string, { base64: string; fileName?: string; mimeType?: string }>;
}

export class FixtureItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixture Items',
		name: 'fixtureItems',
		group: ['transform'],
		version: 1,
		description: 'Emits the items given as JSON',
		defaults: { name: 'Fixture Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | FixtureItem[];
		const fixtures = (typeof raw === 'string' ? JSON.parse(raw) : raw) as FixtureItem[];
		const out: INodeExecutionData[] = [];
		for (const fixture of fixtures) {
			const item: INodeExecutionData = { json: fixture.json ?? {} };
			if (fixture.binary) {
				item.binary = {};
				for (const [prop, file] of Object.entries(fixture.binary)) {
					item.binary[prop] = await this.helpers.prepareBinaryData(
						Buffer.from(file.base64, 'base64'),
						file.fileName,
						file.mimeType,
					);
				}
			}
			out.push(item);
		}
		return [out];
	}
}

/**
 * Exercises nodes/shared/http.ts `sendRequest` through the engine with a real credential
 * (omnixV6Api: `Authorization: ApiKey …`), so the shared retry rules are specified once,
 * independently of any provider.
 */
export class HttpProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HTTP Probe',
		name: 'httpProbe',
		group: ['transform'],
		version: 1,
		description: 'Sends one request through the shared HTTP core',
		defaults: { name: 'HTTP Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'omnixV6Api', required: true }],
		properties: [
			{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '' },
			{ displayName: 'Max Retries', name: 'maxRetries', type: 'number', default: 3 },
			{ displayName: 'Max Wait (ms)', name: 'maxWaitMs', type: 'number', default: 60000 },
			{ displayName: 'Reset Header', name: 'resetHeader', type: 'string', default: '' },
			{ displayName: 'Timeout (ms)', name: 'timeout', type: 'number', default: 0 },
			{ displayName: 'Total Timeout (ms)', name: 'totalTimeout', type: 'number', default: 0 },
			{ displayName: 'Idempotent', name: 'idempotent', type: 'string', default: '' },
			// Off: sent without the credential, as a link a provider handed over (a signed download).
			{ displayName: 'Send Credential', name: 'sendCredential', type: 'boolean', default: true },
			// On: a reply that is not a 2xx becomes a provider error, as a transport makes it.
			{ displayName: 'Throw On Error Status', name: 'throwOnStatus', type: 'boolean', default: false },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const out: INodeExecutionData[] = [];
		for (let i = 0; i < this.getInputData().length; i++) {
			const credentials = await this.getCredentials('omnixV6Api');
			const resetHeader = this.getNodeParameter('resetHeader', i) as string;
			const body = this.getNodeParameter('body', i) as string;
			const timeout = this.getNodeParameter('timeout', i) as number;
			const totalTimeout = this.getNodeParameter('totalTimeout', i) as number;
			const idempotent = this.getNodeParameter('idempotent', i) as string;
			const sendCredential = this.getNodeParameter('sendCredential', i) as boolean;
			const started = Date.now();
			const response = await sendRequest.call(
				this,
				{
					method: this.getNodeParameter('method', i) as IHttpRequestMethods,
					url: this.getNodeParameter('url', i) as string,
					body: body ? (JSON.parse(body) as IDataObject) : undefined,
					timeout: timeout || undefined,
					totalTimeout: totalTimeout || undefined,
					idempotent: idempotent === '' ? undefined : idempotent === 'true',
				},
				{
					credentialType: sendCredential ? 'omnixV6Api' : undefined,
					provider: 'Probe',
					secrets: [String(credentials.apiKey)],
					itemIndex: i,
					retry: {
						...DEFAULT_RETRY,
						baseDelayMs: 10,
						maxDelayMs: 40,
						maxRetries: this.getNodeParameter('maxRetries', i) as number,
						maxWaitMs: this.getNodeParameter('maxWaitMs', i) as number,
						resetHintMs: resetHeader
							? (r) => {
									const epoch = Number(r.headers[resetHeader.toLowerCase()]);
									return Number.isFinite(epoch) && epoch > 0 ? Math.max(0, epoch * 1000 - Date.now()) : undefined;
								}
							: undefined,
					},
				},
			);
			if (this.getNodeParameter('throwOnStatus', i) && (response.statusCode < 200 || response.statusCode > 299)) {
				throw providerError(
					this.getNode(),
					{ provider: 'Probe', httpCode: response.statusCode, message: `HTTP ${response.statusCode}`, repeatable: response.idempotent },
					[String(credentials.apiKey)],
					i,
				);
			}
			out.push({
				json: {
					statusCode: response.statusCode,
					body: response.body.toString('utf8'),
					elapsedMs: Date.now() - started,
					idempotent: response.idempotent,
					attempts: response.attempts,
				},
				pairedItem: { item: i },
			});
		}
		return [out];
	}
}
