import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { timingSafeEqual } from 'crypto';

import { parseXml } from '../shared/xml';
import { simplifyArticle } from './actions/article/record';
import { clientRecord, simplifyClient } from './actions/client/helpers';
import { simplifyContact } from './actions/contact/record';
import { simplifyItem } from './actions/invoiceItem/common.descriptions';
import { paymentOutput } from './actions/invoicePayment/common.descriptions';
import { normalise, simplifyInvoice, splitList } from './helpers';

// Billomat's webhooks (https://www.billomat.com/en/api/webhooks/, German page
// https://www.billomat.com/api/webhooks/): one URL, stored by hand under Settings > Webhooks for
// the events chosen there (the API has no endpoint to register one), format XML or JSON, and
// optionally a user name and password (HTTP basic auth). Each call is a POST of the affected
// record with the headers X-Billomat-Webhook-Id, X-Billomat-Webhook-Request-Id and
// X-Billomat-Webhook-Event (`invoice.create` in the page's example); any status outside 200-299
// is an error for Billomat.
//
// The page names events `<record>.<action>` but lists none besides its example; the events are
// picked in Billomat's settings. The node lists create, update and delete of each record the API
// has (the record's name as the API spells its element, `invoice-payment`), treats `-` and `_`
// alike (`invoice_payment.create` is the same event), and takes any other name under Options.

/** The records the API has, as it names their elements, with a label. */
const RECORDS: Array<[string, string]> = [
	['article', 'Article'],
	['client', 'Client'],
	['confirmation', 'Confirmation'],
	['contact', 'Contact'],
	['credit-note', 'Credit Note'],
	['credit-note-payment', 'Credit Note Payment'],
	['delivery-note', 'Delivery Note'],
	['incoming', 'Incoming Invoice'],
	['invoice', 'Invoice'],
	['invoice-comment', 'Invoice Comment'],
	['invoice-item', 'Invoice Item'],
	['invoice-payment', 'Invoice Payment'],
	['letter', 'Letter'],
	['offer', 'Offer'],
	['recurring', 'Recurring Invoice'],
	['reminder', 'Reminder'],
	['supplier', 'Supplier'],
];

const ACTIONS: Array<[string, string]> = [
	['create', 'Created'],
	['delete', 'Deleted'],
	['update', 'Updated'],
];

export const ALL_EVENTS = '*';

/** Every listed event: "Invoice Payment Created" → invoice-payment.create, alphabetical. */
export const EVENT_OPTIONS: INodePropertyOptions[] = RECORDS.flatMap(([record, label]) =>
	ACTIONS.map(([action, done]) => ({ name: `${label} ${done}`, value: `${record}.${action}` })),
).sort((a, b) => a.name.localeCompare(b.name));

/** An event name as compared: lower case, `_` as `-`, no spaces. */
function eventKey(event: string): string {
	return event.trim().toLowerCase().replace(/_/g, '-');
}

/** Per record, how its output is read (beyond `normalise`) and what Simplify keeps; records of 10 fields or fewer are not simplified. */
const SHAPES: Record<string, { read?: (raw: unknown) => IDataObject; simplify?: (record: IDataObject) => IDataObject }> = {
	article: { simplify: simplifyArticle },
	client: { read: clientRecord, simplify: simplifyClient },
	contact: { simplify: simplifyContact },
	invoice: { simplify: simplifyInvoice },
	'invoice-item': { simplify: simplifyItem },
	'invoice-payment': { read: (raw) => paymentOutput(normalise(raw) as IDataObject) },
};

/**
 * A parsed XML element as Billomat's JSON has it (its JSON is its XML converted): text as a
 * string, an empty element `{}`, attributes (`type="integer"`) dropped, repeated elements arrays.
 */
function fromXml(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(fromXml);
	if (value === undefined || value === null || value === '') return {};
	if (typeof value !== 'object') return value;
	const entries = Object.entries(value as IDataObject).filter(([key]) => !key.startsWith('@'));
	const children = entries.filter(([key]) => key !== '#text');
	if (children.length === 0) {
		const text = (value as IDataObject)['#text'];
		return text === undefined || text === '' ? {} : String(text);
	}
	return Object.fromEntries(children.map(([key, child]) => [key, fromXml(child)]));
}

/** The record a call carries: `{"invoice": {…}}` (XML's root element, or JSON as the API sends records) or the bare record. */
function recordOf(body: unknown): { root?: string; raw: unknown } {
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const keys = Object.keys(body as IDataObject);
		const only = (body as IDataObject)[keys[0]];
		if (keys.length === 1 && only && typeof only === 'object' && !Array.isArray(only)) return { root: keys[0], raw: only };
	}
	return { raw: body };
}

/** The body as Billomat sent it: XML read from the raw bytes, JSON as n8n parsed it. */
function bodyOf(this: IWebhookFunctions): unknown {
	const request = this.getRequestObject() as unknown as { rawBody?: Buffer; headers: Record<string, unknown> };
	const type = String(request.headers['content-type'] ?? '').toLowerCase();
	const body = this.getBodyData() as unknown;
	const text = request.rawBody?.length ? request.rawBody.toString('utf8') : typeof body === 'string' ? body : undefined;
	if (/[/+]xml\b/.test(type) || (text !== undefined && /^\s*</.test(text))) {
		if (text === undefined) throw new NodeOperationError(this.getNode(), 'the XML body was not received');
		return fromXml(parseXml(text));
	}
	if (typeof body === 'string') return JSON.parse(body) as unknown;
	return body;
}

/** The same text, compared in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
	const a = Buffer.from(given, 'utf8');
	const b = Buffer.from(expected, 'utf8');
	// Equal lengths for timingSafeEqual; a length difference still fails, after the same work.
	const padded = Buffer.alloc(b.length);
	a.copy(padded, 0, 0, Math.min(a.length, b.length));
	return timingSafeEqual(padded, b) && a.length === b.length;
}

/** Whether the call carries the credential's user and password as HTTP basic auth. */
async function authorised(this: IWebhookFunctions): Promise<boolean> {
	const credentials = await this.getCredentials<{ user?: string; password?: string }>('billomatWebhookApi');
	const header = String(this.getHeaderData().authorization ?? '');
	const match = /^Basic\s+(\S+)\s*$/i.exec(header);
	if (!match) return false;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon === -1) return false;
	const userOk = sameSecret(decoded.slice(0, colon), String(credentials.user ?? ''));
	const passwordOk = sameSecret(decoded.slice(colon + 1), String(credentials.password ?? ''));
	return userOk && passwordOk;
}

/** Answers the call itself (no execution starts). */
function answer(this: IWebhookFunctions, status: number, message: string, headers: Record<string, string> = {}): IWebhookResponseData {
	const response = this.getResponseObject();
	for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
	response.status(status).json({ message });
	return { noWebhookResponse: true };
}

const numberOrText = (value: unknown) => {
	const text = Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
	return text !== undefined && /^\d+$/.test(text) ? Number(text) : (text ?? null);
};

// A webhook trigger starts workflows; an AI agent has nothing to call on it, so it is no tool.
export class BillomatTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Billomat Trigger',
		name: 'billomatTrigger',
		icon: { light: 'file:../../icons/billomat.svg', dark: 'file:../../icons/billomat.dark.svg' },
		group: ['trigger'],
		version: 1,
		description: 'Starts the workflow when Billomat calls its webhook: an invoice, payment, client or other record created, updated or deleted',
		subtitle: '={{$parameter["events"].join(", ")}}',
		defaults: { name: 'Billomat Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'billomatWebhookApi',
				required: true,
				testedBy: 'billomatWebhookCredential',
				displayOptions: { show: { authentication: ['basicAuth'] } },
			},
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Billomat has no API to register webhooks: copy the Production URL above into Billomat under Settings > Webhooks, tick the same events there, and pick JSON or XML (both are read). With Basic Auth, enter the credential\'s user and password there too.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [{ name: 'All Events', value: ALL_EVENTS, description: 'Every event Billomat sends to this URL' }, ...EVENT_OPTIONS],
				default: [ALL_EVENTS],
				required: true,
				description: 'Which of the events Billomat sends start the workflow; the others are answered 200 and start nothing',
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Basic Auth', value: 'basicAuth', description: 'The user name and password entered for the webhook in Billomat' },
					{ name: 'None', value: 'none' },
				],
				default: 'none',
				description: 'Whether calls must carry the user name and password set for the webhook in Billomat; a call without them is answered 401 and starts nothing',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to keep only the fields most workflows need of an invoice, invoice item, client, contact or article (as the Billomat node\'s Simplify does), instead of the whole record',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Other Event Names',
						name: 'otherEvents',
						type: 'string',
						default: '',
						placeholder: 'invoice.status, offer.send',
						description:
							'Further event names, comma-separated, as Billomat sends them in X-Billomat-Webhook-Event, for events not in the list',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: {
			// Nothing at Billomat can check the pair (Billomat sends it; this node compares it): the
			// test checks what HTTP basic auth can carry.
			async billomatWebhookCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const { user, password } = (credential.data ?? {}) as { user?: string; password?: string };
				if (!user || !password) return { status: 'Error', message: 'Give both the user name and the password entered in Billomat' };
				if (user.includes(':')) return { status: 'Error', message: 'HTTP basic auth cannot carry a user name with ":"; choose another in Billomat' };
				return { status: 'OK', message: 'Enter the same user name and password for the webhook in Billomat (Settings > Webhooks)' };
			},
		},
	};

	// Billomat has no API to register a webhook (the URL is stored by hand under Settings >
	// Webhooks), so there is nothing to create, find or delete at Billomat: activation succeeds and
	// the notice tells the user where to paste the URL.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('authentication', 'none') === 'basicAuth' && !(await authorised.call(this))) {
			return answer.call(this, 401, 'Authorization is required', { 'WWW-Authenticate': 'Basic realm="Billomat Trigger"' });
		}
		const headers = this.getHeaderData();
		const event = headers['x-billomat-webhook-event'];
		if (typeof event !== 'string' || !event.includes('.')) {
			return answer.call(this, 400, 'Not a Billomat webhook call: the X-Billomat-Webhook-Event header is missing');
		}
		const chosen = (this.getNodeParameter('events', [ALL_EVENTS]) as string[]).map(eventKey);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		chosen.push(...splitList(options.otherEvents).map(eventKey));
		if (!chosen.includes(ALL_EVENTS) && !chosen.includes(eventKey(event))) {
			// Billomat counts anything but 2xx as a failure: an event not chosen is acknowledged.
			return { webhookResponse: { message: 'Event not chosen in the Billomat Trigger: ignored' } };
		}

		let body: unknown;
		try {
			body = bodyOf.call(this);
		} catch (error) {
			return answer.call(this, 400, `The body is neither JSON nor XML: ${(error as Error).message}`);
		}
		const resource = eventKey(event).slice(0, eventKey(event).lastIndexOf('.'));
		const { root, raw } = recordOf(body);
		const name = root ? eventKey(root) : resource;
		const shape = SHAPES[name] ?? {};
		const record = shape.read ? shape.read(raw) : ((normalise(raw) ?? {}) as IDataObject);
		const simplify = this.getNodeParameter('simplify', true) as boolean;
		return {
			workflowData: [
				this.helpers.returnJsonArray({
					event,
					resource: name,
					webhookId: numberOrText(headers['x-billomat-webhook-id']),
					requestId: numberOrText(headers['x-billomat-webhook-request-id']),
					record: simplify && shape.simplify ? shape.simplify(record) : record,
				}),
			],
		};
	}
}
