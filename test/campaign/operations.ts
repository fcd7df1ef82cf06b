// Every operation of every node, as the fault campaign and the secret scan run it: a minimal valid
// parameter set and two input items that each succeed on a healthy sandbox (their own records
// where the first item's request may already have changed the data), and the request that an
// injected fault hits first.
import { randomUUID } from 'crypto';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { operationKind } from '../../nodes/shared/descriptions';
import { DEFAULT_TIMEOUT_MS } from '../../nodes/shared/http';
import type { Sandbox, SandboxReply } from '../../sandbox/framework';
import { BILLOMAT_DEMO_API_KEY, BillomatSandbox } from '../../sandbox/billomat';
import { addClientProperties } from '../../sandbox/billomat/clientProperties';
import { addComments } from '../../sandbox/billomat/comments';
import { addEmailTemplates } from '../../sandbox/billomat/emailTemplates';
import { addFreeTexts } from '../../sandbox/billomat/freeTexts';
import { addIncomingItems } from '../../sandbox/billomat/incomingItems';
import { addIncomings } from '../../sandbox/billomat/incomings';
import { addPayments } from '../../sandbox/billomat/payments';
import { addSuppliers } from '../../sandbox/billomat/suppliers';
import { addTags } from '../../sandbox/billomat/tags';
import { addTaxes } from '../../sandbox/billomat/taxes';
import { addTemplates } from '../../sandbox/billomat/templates';
import { addUnits } from '../../sandbox/billomat/units';
import { IMATERIALISE_DEMO_API_CODE, IMATERIALISE_ORDERS, IMaterialiseSandbox } from '../../sandbox/imaterialise';
import { INVOICEXPRESS_DEMO_ACCOUNT, INVOICEXPRESS_DEMO_API_KEY, InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { itemsOf } from '../../sandbox/invoicexpress/items';
import { sequencesOf } from '../../sandbox/invoicexpress/sequences';
import { taxesOf } from '../../sandbox/invoicexpress/taxes';
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from '../../sandbox/omnixV6';
import { consignmentsOf } from '../../sandbox/omnixV6/consignments';
import { SHOPWAVE_DEMO_TOKEN, ShopwaveSandbox } from '../../sandbox/shopwave';
import type { CredentialStore } from '../harness/credentials';
import type { RunResult, WorkflowJson } from '../harness/engine';
import { subjectWorkflow } from '../harness/engine';
import { PACKAGE_NAME, packageModule, registry } from '../harness/registry';
import { useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';
import { invoicexpressClientCases } from '../invoicexpress/client.campaign';

export type ProviderKey = 'billomat' | 'invoicexpress' | 'imaterialise' | 'shopwave' | 'omnixV6';

export interface Sandboxes {
	billomat: BillomatSandbox;
	invoicexpress: InvoiceXpressSandbox;
	imaterialise: IMaterialiseSandbox;
	shopwave: ShopwaveSandbox;
	omnixV6: OmnixSandbox;
}

/** Credential values: the sandbox demo ones, or distinctive ones for the secret scan. */
export interface Secrets {
	billomat: { apiKey: string; appId?: string; appSecret?: string };
	invoicexpress: { apiKey: string };
	imaterialise: { apiCode: string };
	shopwave: { accessToken: string };
	omnixV6: { apiKey: string };
}

export const DEMO_SECRETS: Secrets = {
	billomat: { apiKey: BILLOMAT_DEMO_API_KEY },
	invoicexpress: { apiKey: INVOICEXPRESS_DEMO_API_KEY },
	imaterialise: { apiCode: IMATERIALISE_DEMO_API_CODE },
	shopwave: { accessToken: SHOPWAVE_DEMO_TOKEN },
	omnixV6: { apiKey: OMNIX_DEMO_API_KEY },
};

/** Distinctive credential values, each accepted by its sandbox once `acceptSecrets` ran. */
export function distinctiveSecrets(): Secrets {
	const tag = () => randomUUID().replace(/-/g, '').slice(0, 16);
	return {
		// Characters that URL-encoding changes, so the encoded form differs from the raw one.
		billomat: { apiKey: `SECRET-billomat-${tag()}`, appId: `SECRET-billomat-app-${tag()}`, appSecret: `SECRET-billomat-appsecret-${tag()}` },
		invoicexpress: { apiKey: `SECRET-invoicexpress-${tag()}+/=&?` },
		imaterialise: { apiCode: randomUUID().toUpperCase() },
		shopwave: { accessToken: `SECRET-shopwave-${tag()}` },
		omnixV6: { apiKey: `SECRET-omnix-${tag()}` },
	};
}

/** Make every sandbox accept these credential values (besides its demo ones). */
export function acceptSecrets(servers: Sandboxes, secrets: Secrets): void {
	servers.billomat.apiKeys.add(secrets.billomat.apiKey);
	if (secrets.billomat.appId) servers.billomat.apps.set(secrets.billomat.appId, secrets.billomat.appSecret ?? '');
	servers.invoicexpress.apiKeys.add(secrets.invoicexpress.apiKey);
	servers.imaterialise.apiCodes.add(secrets.imaterialise.apiCode);
	// i.materialise only lets the code an order was placed with add its documents.
	for (const order of servers.imaterialise.orders.values()) {
		if (order.apiCode === IMATERIALISE_DEMO_API_CODE) order.apiCode = secrets.imaterialise.apiCode;
	}
	servers.shopwave.tokens.set(secrets.shopwave.accessToken, { merchant: 'demo', scopes: ['read', 'write'] });
	servers.omnixV6.apiKeys.add(secrets.omnixV6.apiKey);
}

/** Every credential value of a provider, for asserting that none leaks. */
export function secretValues(secrets: Secrets, provider: ProviderKey): string[] {
	return Object.values(secrets[provider]).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** Start every sandbox for the test file (fresh data, no faults, empty log before each test). */
export function useAllSandboxes(): Sandboxes {
	const billomat = useSandbox(() => new BillomatSandbox());
	const invoicexpress = useSandbox(() => new InvoiceXpressSandbox());
	const imaterialise = useSandbox(() => new IMaterialiseSandbox());
	const shopwave = useSandbox(() => new ShopwaveSandbox());
	const omnixV6 = useSandbox(() => new OmnixSandbox());
	// Billomat's transport remembers rate-limit budgets per account: forget them between tests.
	const transport = packageModule<typeof import('../../nodes/Billomat/transport')>('nodes/Billomat/transport');
	beforeEach(() => transport.forgetRateLimits());
	return {
		get billomat() {
			return billomat.server;
		},
		get invoicexpress() {
			return invoicexpress.server;
		},
		get imaterialise() {
			return imaterialise.server;
		},
		get shopwave() {
			return shopwave.server;
		},
		get omnixV6() {
			return omnixV6.server;
		},
	};
}

interface ProviderInfo {
	/** Display name: every error the node gives starts with it, then " error". */
	displayName: string;
	nodeType: string;
	credentialType: string;
	credentials(server: Sandbox, secrets: Secrets, variant?: string): CredentialStore;
}

export const PROVIDERS: Record<ProviderKey, ProviderInfo> = {
	billomat: {
		displayName: 'Billomat',
		nodeType: 'billomat',
		credentialType: 'billomatApi',
		credentials: (server, secrets) => ({
			billomatApi: { billomatId: 'sandbox', baseUrl: `${server.baseUrl}/api`, ...secrets.billomat },
		}),
	},
	invoicexpress: {
		displayName: 'InvoiceXpress',
		nodeType: 'invoiceXpress',
		credentialType: 'invoiceXpressApi',
		credentials: (server, secrets, variant) => ({
			invoiceXpressApi: {
				accountName: INVOICEXPRESS_DEMO_ACCOUNT,
				apiKey: secrets.invoicexpress.apiKey,
				flavour: variant === 'legacy' ? 'legacy' : 'current',
				baseUrl: server.baseUrl,
			},
		}),
	},
	imaterialise: {
		displayName: 'i.materialise',
		nodeType: 'iMaterialise',
		credentialType: 'iMaterialiseApi',
		credentials: (server, secrets) => ({
			iMaterialiseApi: { apiCode: secrets.imaterialise.apiCode, environment: 'custom', baseUrl: server.baseUrl },
		}),
	},
	shopwave: {
		displayName: 'Shopwave',
		nodeType: 'shopwave',
		credentialType: 'shopwaveApi',
		credentials: (server, secrets) => ({
			shopwaveApi: { environment: 'custom', baseUrl: server.baseUrl, accessToken: secrets.shopwave.accessToken },
		}),
	},
	omnixV6: {
		displayName: 'Omnix V6',
		nodeType: 'omnix',
		credentialType: 'omnixV6Api',
		credentials: (server, secrets) => ({
			omnixV6Api: { domain: server.baseUrl, apiPath: '/v6-api/rest', apiKey: secrets.omnixV6.apiKey },
		}),
	},
};

export interface OperationCase {
	provider: ProviderKey;
	/** A credential or option variant that reads replies differently (InvoiceXpress legacy = XML). */
	variant?: string;
	resource: string;
	operation: string;
	/** Method and path part of each item's first request: where a fault is injected. */
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: string;
	parameters: Record<string, unknown>;
	/** Prepare the sandbox's records and give the two input items. */
	input(servers: Sandboxes): FixtureItem[];
	/**
	 * The first reply has an empty body (a 200 for a state change, a 202 "not ready"): the sandbox's
	 * truncated fault cannot cut it, so a cut-off reply is sent in its place.
	 */
	emptyReply?: boolean;
	/** Whether the node may send the request twice; by default every method but POST may. */
	idempotent?: boolean;
	/** A wait the operation itself makes between requests (polling), not a retry. */
	pollWaitMs?: number;
}

export function caseTitle(c: OperationCase): string {
	return `${PROVIDERS[c.provider].displayName}${c.variant ? ` (${c.variant})` : ''} › ${c.resource} › ${c.operation}`;
}

/** Whether the HTTP core treats the item's request as safe to send twice. */
export function isIdempotent(c: OperationCase): boolean {
	return c.idempotent ?? c.method !== 'POST';
}

/**
 * The case's workflow. The campaign follows each fault to the item whose request met it, so items
 * go one at a time (Concurrent Requests 1) unless `concurrent`: then the operation's own default,
 * which is above 1 for reads and some creates.
 */
export function workflowFor(c: OperationCase, input: FixtureItem[], continueOnFail: boolean, { concurrent = false } = {}): WorkflowJson {
	const info = PROVIDERS[c.provider];
	const options = c.parameters.options as Record<string, unknown> | undefined;
	const oneAtATime = !concurrent && operationKind(c.operation) !== 'write' ? { options: { ...options, concurrentRequests: 1 } } : {};
	return subjectWorkflow(
		{
			type: info.nodeType,
			parameters: { resource: c.resource, operation: c.operation, ...c.parameters, ...oneAtATime } as never,
			credentials: [info.credentialType],
			continueOnFail,
		},
		input,
	);
}

const PDF = Buffer.from('%PDF-1.4\n% campaign \u00e9\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const pdfItem = (json: IDataObject = {}): FixtureItem => ({
	json,
	binary: { data: { base64: PDF.toString('base64'), fileName: 'signed.pdf', mimeType: 'application/pdf' } },
});
const ids = (list: Array<number | string>): FixtureItem[] => list.map((id) => ({ json: { id } }));
const byId = '={{ $json.id }}';

/** Billomat invoices in a given status, one per item, so the second item's record is untouched. */
const billomatInvoices = (status: string) => (servers: Sandboxes) =>
	ids(servers.billomat.addInvoices(2, { status } as never));

function billomat(
	operation: string,
	method: OperationCase['method'],
	path: string,
	parameters: Record<string, unknown>,
	input: OperationCase['input'],
	emptyReply = false,
): OperationCase {
	return { provider: 'billomat', resource: 'invoice', operation, method, path, parameters, input, ...(emptyReply ? { emptyReply } : {}) };
}

/** Billomat client cases: two generated clients, one per item, for the operations that change one. */
const billomatClients = (servers: Sandboxes) => ids(servers.billomat.clients.addMany(2));

function billomatClient(
	operation: string,
	method: OperationCase['method'],
	path: string,
	parameters: Record<string, unknown>,
	input: OperationCase['input'],
	emptyReply = false,
): OperationCase {
	return { provider: 'billomat', resource: 'client', operation, method, path, parameters, input, ...(emptyReply ? { emptyReply } : {}) };
}

/** A Billomat case of a resource other than Invoice (Article, Contact): the same shape. */
function billomatOf(resource: string, ...args: Parameters<typeof billomat>): OperationCase {
	return { ...billomat(...args), resource };
}

/** Two new Billomat articles / contacts, one per item. */
const billomatArticles = (servers: Sandboxes) => ids(servers.billomat.articles.add(2));
const billomatContacts = (servers: Sandboxes) => ids(servers.billomat.contacts.add(476, 2));
/** Two new Billomat credit notes in a given status, one per item. */
const billomatCreditNotes = (status: string) => (servers: Sandboxes) => ids(servers.billomat.addCreditNotes(2, { status } as never));
const twoItems = () => [{ json: {} }, { json: {} }];

/**
 * The Billomat estimate, confirmation and delivery note cases: the document builders on /offers,
 * /confirmations and /delivery-notes, two generated documents (in the status the operation needs)
 * one per item, or the demo ones.
 */
function billomatDocumentFamilies(): OperationCase[] {
	const made = (book: string, status: string) => (servers: Sandboxes) => ids(servers.billomat.documentBooks[book].addMany(2, { status } as never));
	const rows: Array<[string, string, string, string, number, string]> = [
		// resource, ID parameter, path, sandbox book, a completed demo document, its status
		['estimate', 'estimateId', 'offers', 'offers', 21, 'OPEN'],
		['confirmation', 'confirmationId', 'confirmations', 'confirmations', 7, 'COMPLETED'],
		['deliveryNote', 'deliveryNoteId', 'delivery-notes', 'delivery-notes', 51, 'CREATED'],
	];
	const cases: OperationCase[] = [];
	for (const [resource, idName, path, book, demo, completed] of rows) {
		const of = (...args: Parameters<typeof billomat>) => cases.push(billomatOf(resource, ...args));
		of('complete', 'PUT', '/complete', { [idName]: byId }, made(book, 'DRAFT'), true);
		of('create', 'POST', `/api/${path}`, { clientId: '476', lineItems: { item: [{ title: 'Campaign', quantity: 1, unit_price: 10 }] } }, twoItems);
		of('delete', 'DELETE', `/api/${path}/`, { [idName]: byId }, made(book, 'DRAFT'), true);
		of('downloadPdf', 'GET', '/pdf', { [idName]: String(demo), binaryPropertyName: 'data' }, twoItems);
		of('get', 'GET', `/api/${path}/`, { [idName]: byId }, made(book, completed));
		of('getAll', 'GET', `/api/${path}`, { returnAll: false, limit: 2 }, twoItems);
		of('sendEmail', 'POST', '/email', { [idName]: String(demo), to: 'info@example.com' }, twoItems, true);
		of('update', 'PUT', `/api/${path}/`, { [idName]: byId, updateFields: { label: 'Campaign' } }, made(book, 'DRAFT'));
	}
	const estimates = (status: string) => (servers: Sandboxes) => ids(servers.billomat.documentBooks.offers.addMany(2, { status } as never));
	const confirmations = (status: string) => (servers: Sandboxes) => ids(servers.billomat.documentBooks.confirmations.addMany(2, { status } as never));
	cases.push(
		billomatOf('estimate', 'cancel', 'PUT', '/cancel', { estimateId: byId }, estimates('OPEN'), true),
		billomatOf('estimate', 'clear', 'PUT', '/clear', { estimateId: byId }, estimates('WON'), true),
		billomatOf('estimate', 'lose', 'PUT', '/lose', { estimateId: byId }, estimates('OPEN'), true),
		billomatOf('estimate', 'unclear', 'PUT', '/unclear', { estimateId: byId }, estimates('CLEARED'), true),
		billomatOf('estimate', 'win', 'PUT', '/win', { estimateId: byId }, estimates('OPEN'), true),
		billomatOf('confirmation', 'cancel', 'PUT', '/cancel', { confirmationId: byId }, confirmations('COMPLETED'), true),
		billomatOf('confirmation', 'clear', 'PUT', '/clear', { confirmationId: byId }, confirmations('COMPLETED'), true),
		billomatOf('confirmation', 'unclear', 'PUT', '/unclear', { confirmationId: byId }, confirmations('CLEARED'), true),
	);
	return cases;
}

/**
 * Letters, reminders and recurring invoices (document families of the sandbox): two records per
 * case, one per item, made in the state the operation needs.
 */
function billomatLettersRemindersRecurrings(): OperationCase[] {
	const made = (family: string, fields: Record<string, unknown>) => (servers: Sandboxes) =>
		ids(servers.billomat.documentBooks[family].addMany(2, fields as never));
	const locator = (name: string) => ({ [name]: { mode: 'id', value: byId } });
	const family = (resource: string, path: string, idName: string, completed: string) => {
		const drafts = made(path, { status: 'DRAFT', ...(path === 'reminders' ? { invoice_id: 4 } : {}) });
		const done = made(path, { status: completed, ...(path === 'reminders' ? { invoice_id: 4 } : {}) });
		const id = locator(idName);
		return {
			drafts,
			done,
			id,
			cases: [
				billomatOf(resource, 'delete', 'DELETE', `/api/${path}/`, id, drafts, true),
				billomatOf(resource, 'get', 'GET', `/api/${path}/`, id, done),
				billomatOf(resource, 'getAll', 'GET', `/api/${path}`, { returnAll: false, limit: 2 }, twoItems),
				billomatOf(resource, 'update', 'PUT', `/api/${path}/`, { ...id, updateFields: { label: 'Campaign' } }, drafts),
			],
		};
	};
	const letter = family('letter', 'letters', 'letterId', 'COMPLETED');
	const reminder = family('reminder', 'reminders', 'reminderId', 'OPEN');
	const recurring = family('recurring', 'recurrings', 'recurringId', 'DRAFT');
	return [
		...letter.cases,
		billomatOf('letter', 'complete', 'PUT', '/complete', letter.id, letter.drafts, true),
		billomatOf('letter', 'create', 'POST', '/api/letters', { clientId: { mode: 'id', value: '476' }, additionalFields: { subject: 'Campaign' } }, twoItems),
		billomatOf('letter', 'downloadPdf', 'GET', '/pdf', { letterId: { mode: 'id', value: '51' }, binaryPropertyName: 'data' }, twoItems),
		billomatOf('letter', 'sendEmail', 'POST', '/email', { letterId: { mode: 'id', value: '51' }, to: 'info@example.com' }, twoItems, true),
		...reminder.cases,
		billomatOf('reminder', 'cancel', 'PUT', '/cancel', reminder.id, reminder.done, true),
		billomatOf('reminder', 'complete', 'PUT', '/complete', reminder.id, reminder.drafts, true),
		billomatOf('reminder', 'create', 'POST', '/api/reminders', { invoiceId: { mode: 'id', value: '4' } }, twoItems),
		billomatOf('reminder', 'downloadPdf', 'GET', '/pdf', { reminderId: { mode: 'id', value: '41' }, binaryPropertyName: 'data' }, twoItems),
		billomatOf('reminder', 'sendEmail', 'POST', '/email', { reminderId: { mode: 'id', value: '41' }, to: 'info@example.com' }, twoItems, true),
		billomatOf('reminder', 'uploadSignature', 'PUT', '/upload-signature', { reminderId: { mode: 'id', value: '41' }, binaryPropertyName: 'data' }, () => [pdfItem(), pdfItem()], true),
		...recurring.cases,
		billomatOf('recurring', 'create', 'POST', '/api/recurrings', {
			clientId: { mode: 'id', value: '476' },
			lineItems: { item: [{ title: 'Campaign', quantity: 1, unit_price: 10 }] },
			additionalFields: { cycle: 'MONTHLY' },
		}, twoItems),
	];
}

/** The credit note children (items, comments, tags, payments): drafts or open credit notes of their own where an item changes one. */
function creditNoteChildCases(): OperationCase[] {
	const draftItems = (servers: Sandboxes) => ids(servers.billomat.addCreditNotes(2, { status: 'DRAFT' } as never).map((id) => id * 1000 + 1));
	const openCreditNotes = (servers: Sandboxes) => ids(servers.billomat.addCreditNotes(2));
	return [
		billomatOf('creditNoteItem', 'create', 'POST', '/api/credit-note-items', { creditNoteId: '32', title: 'Campaign', quantity: 1, unit_price: 10 }, twoItems),
		billomatOf('creditNoteItem', 'delete', 'DELETE', '/api/credit-note-items/', { itemId: byId }, draftItems, true),
		billomatOf('creditNoteItem', 'get', 'GET', '/api/credit-note-items/31001', { itemId: '31001' }, twoItems),
		billomatOf('creditNoteItem', 'getAll', 'GET', '/api/credit-note-items', { creditNoteId: '31', returnAll: true }, twoItems),
		billomatOf('creditNoteItem', 'update', 'PUT', '/api/credit-note-items/', { itemId: byId, updateFields: { title: 'Campaign' } }, draftItems),
		billomatOf('creditNoteComment', 'create', 'POST', '/api/credit-note-comments', { creditNoteId: '31', comment: 'Campaign' }, twoItems),
		billomatOf('creditNoteComment', 'delete', 'DELETE', '/api/credit-note-comments/', { commentId: byId }, (servers) => ids(addComments(servers.billomat, 2, 31, 'credit-notes')), true),
		billomatOf('creditNoteComment', 'get', 'GET', '/api/credit-note-comments/', { commentId: byId }, () => ids([1, 2])),
		billomatOf('creditNoteComment', 'getAll', 'GET', '/api/credit-note-comments', { creditNoteId: '31', returnAll: false, limit: 2 }, twoItems),
		billomatOf('creditNotePayment', 'create', 'POST', '/api/credit-note-payments', { creditNoteId: byId, amount: 1 }, openCreditNotes),
		billomatOf('creditNotePayment', 'delete', 'DELETE', '/api/credit-note-payments/', { paymentId: byId }, (servers) => ids(addPayments(servers.billomat, 2, 31, 'credit-notes')), true),
		billomatOf('creditNotePayment', 'get', 'GET', '/api/credit-note-payments/1', { paymentId: '1' }, twoItems),
		billomatOf('creditNotePayment', 'getAll', 'GET', '/api/credit-note-payments', { returnAll: false, limit: 2 }, twoItems),
		billomatOf('creditNoteTag', 'create', 'POST', '/api/credit-note-tags', { creditNoteId: '31', name: 'Campaign' }, twoItems),
		billomatOf('creditNoteTag', 'delete', 'DELETE', '/api/credit-note-tags/', { tagId: byId }, (servers) => ids(addTags(servers.billomat, 2, 31, 'credit-notes')), true),
		billomatOf('creditNoteTag', 'get', 'GET', '/api/credit-note-tags/', { tagId: byId }, () => ids([1, 2])),
		billomatOf('creditNoteTag', 'getAll', 'GET', '/api/credit-note-tags', { creditNoteId: '31', returnAll: false, limit: 2 }, twoItems),
		billomatOf('creditNoteTag', 'getCloud', 'GET', '/api/credit-note-tags', {}, twoItems),
	];
}

/**
 * The estimate, confirmation and delivery note children (items, comments, tags): the same cases
 * per family, on drafts of their own where an item changes one.
 */
function orderDocumentChildCases(): OperationCase[] {
	const rows: Array<[string, string, string, string, number, number]> = [
		// resource, document ID parameter, path stem, sandbox family, a draft demo document, a completed one
		['estimate', 'estimateId', 'offer', 'offers', 22, 21],
		['confirmation', 'confirmationId', 'confirmation', 'confirmations', 42, 7],
		['deliveryNote', 'deliveryNoteId', 'delivery-note', 'delivery-notes', 52, 51],
	];
	const cases: OperationCase[] = [];
	for (const [resource, idName, stem, family, draft, done] of rows) {
		const of = (kind: string, ...args: Parameters<typeof billomat>) => cases.push(billomatOf(`${resource}${kind}`, ...args));
		const draftItems = (servers: Sandboxes) => ids(servers.billomat.documentBooks[family].addMany(2, { status: 'DRAFT' } as never).map((id) => id * 1000 + 1));
		of('Item', 'create', 'POST', `/api/${stem}-items`, { [idName]: String(draft), title: 'Campaign', quantity: 1, unit_price: 10 }, twoItems);
		of('Item', 'delete', 'DELETE', `/api/${stem}-items/`, { itemId: byId }, draftItems, true);
		of('Item', 'get', 'GET', `/api/${stem}-items/${draft}001`, { itemId: `${draft}001` }, twoItems);
		of('Item', 'getAll', 'GET', `/api/${stem}-items`, { [idName]: String(draft), returnAll: true }, twoItems);
		of('Item', 'update', 'PUT', `/api/${stem}-items/`, { itemId: byId, updateFields: { title: 'Campaign' } }, draftItems);
		of('Comment', 'create', 'POST', `/api/${stem}-comments`, { [idName]: String(done), comment: 'Campaign' }, twoItems);
		of('Comment', 'delete', 'DELETE', `/api/${stem}-comments/`, { commentId: byId }, (servers) => ids(addComments(servers.billomat, 2, done, family)), true);
		of('Comment', 'get', 'GET', `/api/${stem}-comments/`, { commentId: byId }, () => ids([1, 2]));
		of('Comment', 'getAll', 'GET', `/api/${stem}-comments`, { [idName]: String(done), returnAll: false, limit: 2 }, twoItems);
		of('Tag', 'create', 'POST', `/api/${stem}-tags`, { [idName]: String(done), name: 'Campaign' }, twoItems);
		of('Tag', 'delete', 'DELETE', `/api/${stem}-tags/`, { tagId: byId }, (servers) => ids(addTags(servers.billomat, 2, done, family)), true);
		of('Tag', 'get', 'GET', `/api/${stem}-tags/`, { tagId: byId }, (servers) => ids(addTags(servers.billomat, 2, done, family)));
		of('Tag', 'getAll', 'GET', `/api/${stem}-tags`, { [idName]: String(done), returnAll: false, limit: 2 }, twoItems);
		of('Tag', 'getCloud', 'GET', `/api/${stem}-tags`, {}, twoItems);
	}
	return cases;
}

/**
 * The children of letters, reminders, recurring invoices and incoming invoices: the shared
 * builders on their `/{stem}-…` paths, on demo parents (letter 52, reminder 42 and recurring 71 are
 * drafts, incoming 3 is overdue) or generated children one per item.
 */
function familyChildCases(): OperationCase[] {
	const draftItems = (book: string) => (servers: Sandboxes) => ids(servers.billomat.documentBooks[book].addMany(2, { status: 'DRAFT' } as never).map((id) => id * 1000 + 1));
	const tags = (parentId: number, family: string) => (servers: Sandboxes) => ids(addTags(servers.billomat, 2, parentId, family));
	const comments = (parentId: number, family: string) => (servers: Sandboxes) => ids(addComments(servers.billomat, 2, parentId, family));
	const cases: OperationCase[] = [];
	const itemRows: Array<[string, string, string, string, number]> = [
		// resource, parent parameter, path stem, sandbox book, a draft demo parent
		['reminderItem', 'reminderId', 'reminder', 'reminders', 42],
		['recurringItem', 'recurringId', 'recurring', 'recurrings', 71],
	];
	for (const [resource, idName, stem, book, parent] of itemRows) {
		const path = `/api/${stem}-items`;
		cases.push(
			billomatOf(resource, 'create', 'POST', path, { [idName]: String(parent), title: 'Campaign', quantity: 1, unit_price: 10 }, twoItems),
			billomatOf(resource, 'delete', 'DELETE', `${path}/`, { itemId: byId }, draftItems(book), true),
			billomatOf(resource, 'get', 'GET', `${path}/${parent * 1000 + 1}`, { itemId: String(parent * 1000 + 1) }, twoItems),
			billomatOf(resource, 'getAll', 'GET', path, { [idName]: String(parent), returnAll: true }, twoItems),
			billomatOf(resource, 'update', 'PUT', `${path}/`, { itemId: byId, updateFields: { title: 'Campaign' } }, draftItems(book)),
		);
	}
	const tagRows: Array<[string, string, string, string, number]> = [
		['letterTag', 'letterId', 'letter', 'letters', 52],
		['reminderTag', 'reminderId', 'reminder', 'reminders', 42],
		['recurringTag', 'recurringId', 'recurring', 'recurrings', 71],
		['incomingTag', 'incomingId', 'incoming', 'incomings', 3],
	];
	for (const [resource, idName, stem, family, parent] of tagRows) {
		const path = `/api/${stem}-tags`;
		cases.push(
			billomatOf(resource, 'create', 'POST', path, { [idName]: String(parent), name: 'Campaign' }, twoItems),
			billomatOf(resource, 'delete', 'DELETE', `${path}/`, { tagId: byId }, tags(parent, family), true),
			billomatOf(resource, 'get', 'GET', `${path}/`, { tagId: byId }, tags(parent, family)),
			// The demo letters, reminders and recurring invoices have no tags: two are added first.
			billomatOf(resource, 'getAll', 'GET', path, { [idName]: String(parent), returnAll: false, limit: 2 }, tags(parent, family)),
			billomatOf(resource, 'getCloud', 'GET', path, {}, tags(parent, family)),
		);
	}
	const commentRows: Array<[string, string, string, string, number]> = [
		['letterComment', 'letterId', 'letter', 'letters', 52],
		['incomingComment', 'incomingId', 'incoming', 'incomings', 3],
	];
	for (const [resource, idName, stem, family, parent] of commentRows) {
		const path = `/api/${stem}-comments`;
		cases.push(
			billomatOf(resource, 'create', 'POST', path, { [idName]: String(parent), comment: 'Campaign' }, twoItems),
			billomatOf(resource, 'delete', 'DELETE', `${path}/`, { commentId: byId }, comments(parent, family), true),
			billomatOf(resource, 'get', 'GET', `${path}/`, { commentId: byId }, comments(parent, family)),
			billomatOf(resource, 'getAll', 'GET', path, { [idName]: String(parent), returnAll: false, limit: 2 }, twoItems),
		);
	}
	cases.push(
		billomatOf('incomingPayment', 'create', 'POST', '/api/incoming-payments', { incomingId: byId, amount: 1 }, (servers) => ids(addIncomings(servers.billomat, 2))),
		billomatOf('incomingPayment', 'delete', 'DELETE', '/api/incoming-payments/', { paymentId: byId }, (servers) => ids(addPayments(servers.billomat, 2, 5, 'incomings')), true),
		billomatOf('incomingPayment', 'get', 'GET', '/api/incoming-payments/1', { paymentId: '1' }, twoItems),
		billomatOf('incomingPayment', 'getAll', 'GET', '/api/incoming-payments', { returnAll: false, limit: 2 }, twoItems),
		billomatOf('incomingItem', 'create', 'POST', '/api/incoming-items', { incomingId: '3', total: 10 }, twoItems),
		billomatOf('incomingItem', 'delete', 'DELETE', '/api/incoming-items/', { itemId: byId }, (servers) => ids(addIncomingItems(servers.billomat, 2)), true),
		billomatOf('incomingItem', 'get', 'GET', '/api/incoming-items/', { itemId: byId }, () => ids([1, 3])),
		billomatOf('incomingItem', 'getAll', 'GET', '/api/incoming-items', { returnAll: false, limit: 2 }, twoItems),
		billomatOf('incomingItem', 'update', 'PUT', '/api/incoming-items/', { itemId: byId, updateFields: { description: 'Campaign' } }, () => ids([1, 3])),
	);
	return cases;
}

/** A copy of an InvoiceXpress seed document under a new ID (for a second draft). */
function ixCopy(server: InvoiceXpressSandbox, from: number, to: number): number {
	server.documents.set(to, { ...structuredClone(server.documents.get(from)!), id: to });
	return to;
}

/**
 * Both flavours. The legacy XML API documents only PUT /invoices/:invoice-id.xml, so in the legacy
 * flavour only Update (of an Invoice) is XML; every other operation uses the JSON API in both.
 */
function invoicexpress(variant: 'current' | 'legacy'): OperationCase[] {
	const ext = 'json';
	const ix = (
		operation: string,
		method: OperationCase['method'],
		path: string,
		parameters: Record<string, unknown>,
		input: OperationCase['input'],
	): OperationCase => ({ provider: 'invoicexpress', variant, resource: 'invoice', operation, method, path, parameters, input });
	const drafts = (servers: Sandboxes) => ids([1001, ixCopy(servers.invoicexpress, 1001, 1101)]);
	return [
		ix('changeState', 'PUT', `/change-state.${ext}`, { documentType: 'invoices', invoiceId: byId, state: 'finalized' }, drafts),
		ix('create', 'POST', `/invoices.${ext}`, {
			documentType: 'invoices',
			date: '2024-04-17',
			dueDate: '17/05/2024',
			clientName: 'John Doe',
			client: { code: 'XYZ123', country: 'Portugal' },
			lineItems: { item: [{ name: 'SRV1', unitPrice: 10, quantity: 1, unit: 'service', taxName: 'IVA23' }] },
		}, () => [{ json: {} }, { json: {} }]),
		{
			// Two documents, so each item polls its own PDF from "not ready" to ready.
			...ix('downloadPdf', 'GET', '/api/pdf/', { invoiceId: byId, binaryPropertyName: 'data', options: { pollInterval: 0.01 } }, () => ids([1002, 1004])),
			emptyReply: true,
			pollWaitMs: 10,
		},
		ix('get', 'GET', `/invoices/1002.${ext}`, { documentType: 'invoices', invoiceId: '1002' }, () => [{ json: {} }, { json: {} }]),
		ix('getAll', 'GET', `/invoices.${ext}`, { returnAll: false, limit: 2 }, () => [{ json: {} }, { json: {} }]),
		// One payment per item (10.00 of invoice 1002's 110.70), each making a receipt.
		ix('generatePayment', 'POST', `/partial_payments.${ext}`, { documentType: 'invoices', invoiceId: byId, amount: 10 }, () => ids([1002, 1002])),
		ix('cancelPayment', 'PUT', `/receipts/`, { receiptId: byId, message: 'Campaign' }, (servers) => {
			// Two receipts of invoice 1002, made by payments.
			const server = servers.invoicexpress;
			const receipt = (id: number) => {
				server.documents.set(id, { ...structuredClone(server.documents.get(1002)!), id, type: 'Receipt', path: 'receipts', items: [], amount: 10, related: [1002] });
				return id;
			};
			return ids([receipt(1201), receipt(1202)]);
		}),
		ix('relatedDocuments', 'GET', `/related_documents.${ext}`, { documentType: 'invoices', invoiceId: byId }, (servers) => {
			// Invoice 1002 and its credit note 1006, twice.
			servers.invoicexpress.documents.get(1002)!.related = [1006];
			return ids([1002, 1002]);
		}),
		{
			...ix('sendEmail', 'PUT', `/email-document.${ext}`, {
				documentType: 'invoices',
				invoiceId: '1002',
				email: 'geral@cafelisboa.pt',
				subject: 'Your invoice',
				body: 'Attached.',
			}, () => [{ json: {} }, { json: {} }]),
			emptyReply: true,
			// A PUT, but each one sends an email: never repeated after a failure that may have reached the server.
			idempotent: false,
		},
		{
			...ix('update', 'PUT', '/invoices/', {
				documentType: 'invoices',
				invoiceId: byId,
				clientName: 'Bruce Norris',
				lineItems: { item: [{ name: 'Product 1', unitPrice: 10, quantity: 1, unit: 'unit' }] },
			}, drafts),
			emptyReply: true,
		},
	];
}

/**
 * InvoiceXpress estimates and guides: the same lifecycle as invoices on /{type}… (the JSON API in
 * both flavours, so the current one only). Drafts to finalize and update: a demo draft and a copy.
 */
function invoicexpressEstimatesGuides(): OperationCase[] {
	const cases: OperationCase[] = [];
	const families = [
		{ resource: 'estimate', id: 'estimateId', type: 'quotes', list: '/estimates', draft: 50001, final: 50002, pdfs: [50002, 50004], emailType: 'proformas', own: {} },
		{
			resource: 'guide',
			id: 'guideId',
			type: 'shippings',
			list: '/guides',
			draft: 60001,
			final: 60002,
			pdfs: [60002, 60003],
			emailType: 'transports',
			own: {
				loadedAt: '2024-05-02T19:00:00',
				loadAddress: 'Rua 5',
				loadCity: 'Lisboa',
				loadPostalCode: '1000-555',
				loadCountry: 'Portugal',
				deliveryAddress: 'Avenida 10',
				deliveryCity: 'Porto',
				deliveryPostalCode: '2000-555',
				deliveryCountry: 'Portugal',
			},
		},
	];
	for (const f of families) {
		const ix = (operation: string, method: OperationCase['method'], path: string, parameters: Record<string, unknown>, input: OperationCase['input']): OperationCase => ({
			provider: 'invoicexpress',
			variant: 'current',
			resource: f.resource,
			operation,
			method,
			path,
			parameters,
			input,
		});
		const drafts = (servers: Sandboxes) => ids([f.draft, ixCopy(servers.invoicexpress, f.draft, f.draft + 100)]);
		const lineItems = { item: [{ name: 'SRV1', unitPrice: 10, quantity: 1, unit: 'service', taxName: 'IVA23' }] };
		cases.push(
			ix('changeState', 'PUT', '/change-state.json', { documentType: f.type, [f.id]: byId, state: 'finalized' }, drafts),
			ix('create', 'POST', `/${f.type}.json`, { documentType: f.type, date: '2024-04-17', dueDate: '17/05/2024', ...f.own, clientName: 'John Doe', lineItems }, twoItems),
			{
				...ix('downloadPdf', 'GET', '/api/pdf/', { [f.id]: byId, binaryPropertyName: 'data', options: { pollInterval: 0.01 } }, () => ids(f.pdfs)),
				emptyReply: true,
				pollWaitMs: 10,
			},
			ix('get', 'GET', `/${f.type}/${f.draft}.json`, { documentType: f.type, [f.id]: String(f.draft) }, twoItems),
			ix('getAll', 'GET', `${f.list}.json`, { returnAll: false, limit: 2 }, twoItems),
			{
				...ix('sendEmail', 'PUT', '/email-document.json', { documentType: f.emailType, [f.id]: String(f.final), email: 'geral@cafelisboa.pt', subject: 'Yours', body: 'Attached.' }, twoItems),
				emptyReply: true,
				idempotent: false,
			},
			{ ...ix('update', 'PUT', `/${f.type}/`, { documentType: f.type, [f.id]: byId, clientName: 'Bruce Norris', lineItems }, drafts), emptyReply: true },
		);
	}
	return cases;
}

function imaterialise(resource: 'invoice' | 'deliveryNote', variant?: 'xml'): OperationCase {
	return {
		provider: 'imaterialise',
		variant: variant ? 'XML replies' : undefined,
		resource,
		operation: 'addOrUpdate',
		method: 'POST',
		path: `/${resource === 'invoice' ? 'invoice' : 'delivery-note'}`,
		parameters: { orderId: byId, source: 'binary', binaryPropertyName: 'data', ...(variant ? { options: { responseFormat: 'xml' } } : {}) },
		input: () => [pdfItem({ id: IMATERIALISE_ORDERS.open }), pdfItem({ id: IMATERIALISE_ORDERS.second })],
		emptyReply: true,
	};
}

/** i.materialise Order › Get Many (Order Statistics): each item lists the demo orders in production. */
function imaterialiseOrders(variant?: 'xml'): OperationCase {
	return {
		provider: 'imaterialise',
		variant: variant ? 'XML replies' : undefined,
		resource: 'order',
		operation: 'getAll',
		method: 'GET',
		path: '/web-api/orders',
		parameters: { returnAll: true, filters: { status: 'InProduction' }, ...(variant ? { options: { responseFormat: 'xml' } } : {}) },
		input: () => [{ json: {} }, { json: {} }],
	};
}

export const CASES: OperationCase[] = [
	billomat('cancel', 'PUT', '/cancel', { invoiceId: byId }, billomatInvoices('OPEN'), true),
	billomat('complete', 'PUT', '/complete', { invoiceId: byId }, billomatInvoices('DRAFT'), true),
	billomat('create', 'POST', '/api/invoices', {
		clientId: '476',
		itemsInput: 'fields',
		lineItems: { item: [{ title: 'Consulting', quantity: 1, unit_price: 90 }] },
	}, () => [{ json: {} }, { json: {} }]),
	billomat('delete', 'DELETE', '/api/invoices/', { invoiceId: byId }, billomatInvoices('DRAFT'), true),
	billomat('downloadPdf', 'GET', '/pdf', { invoiceId: '1', binaryPropertyName: 'data' }, () => [{ json: {} }, { json: {} }]),
	billomat('encash', 'PUT', '/encash', { invoiceId: byId }, billomatInvoices('OPEN'), true),
	billomat('get', 'GET', '/api/invoices/', { invoiceId: byId }, () => ids([1, 3])),
	billomat('getAll', 'GET', '/api/invoices', { returnAll: false, limit: 2 }, () => [{ json: {} }, { json: {} }]),
	billomat('getGroupedTotals', 'GET', '/api/invoices', { groupBy: ['status'] }, () => [{ json: {} }, { json: {} }]),
	billomat('sendByPost', 'POST', '/mail', { invoiceId: '1' }, () => [{ json: {} }, { json: {} }], true),
	billomat('sendEmail', 'POST', '/email', { invoiceId: '1', to: 'info@example.com' }, () => [{ json: {} }, { json: {} }], true),
	billomat('uncancel', 'PUT', '/uncancel', { invoiceId: byId }, billomatInvoices('CANCELED'), true),
	billomat('update', 'PUT', '/api/invoices/', { invoiceId: byId, updateFields: { label: 'Campaign' } }, billomatInvoices('DRAFT')),
	billomat('uploadSignature', 'PUT', '/upload-signature', { invoiceId: '1', binaryPropertyName: 'data' }, () => [pdfItem(), pdfItem()], true),
	// Credit notes: the same document builders as invoices, on /credit-notes.
	billomatOf('creditNote', 'complete', 'PUT', '/complete', { creditNoteId: byId }, billomatCreditNotes('DRAFT'), true),
	billomatOf('creditNote', 'create', 'POST', '/api/credit-notes', { clientId: '476', lineItems: { item: [{ title: 'Refund', quantity: 1, unit_price: 10 }] } }, twoItems),
	billomatOf('creditNote', 'delete', 'DELETE', '/api/credit-notes/', { creditNoteId: byId }, billomatCreditNotes('DRAFT'), true),
	billomatOf('creditNote', 'downloadPdf', 'GET', '/pdf', { creditNoteId: '31', binaryPropertyName: 'data' }, twoItems),
	billomatOf('creditNote', 'get', 'GET', '/api/credit-notes/', { creditNoteId: byId }, () => ids([31, 33])),
	billomatOf('creditNote', 'getAll', 'GET', '/api/credit-notes', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('creditNote', 'getGroupedTotals', 'GET', '/api/credit-notes', { groupBy: ['status'] }, twoItems),
	billomatOf('creditNote', 'sendByPost', 'POST', '/mail', { creditNoteId: '31' }, twoItems, true),
	billomatOf('creditNote', 'sendEmail', 'POST', '/email', { creditNoteId: '31', to: 'info@example.com' }, twoItems, true),
	billomatOf('creditNote', 'update', 'PUT', '/api/credit-notes/', { creditNoteId: byId, updateFields: { label: 'Campaign' } }, billomatCreditNotes('DRAFT')),
	billomatOf('creditNote', 'uploadSignature', 'PUT', '/upload-signature', { creditNoteId: '31', binaryPropertyName: 'data' }, () => [pdfItem(), pdfItem()], true),
	billomatClient('create', 'POST', '/api/clients', { clientFields: { name: 'Campaign GmbH', country_code: 'DE' } }, () => [{ json: {} }, { json: {} }]),
	billomatClient('delete', 'DELETE', '/api/clients/', { clientId: byId }, billomatClients, true),
	// The search is the request a fault hits first; both items find their client.
	billomatClient('findOrCreate', 'GET', '/api/clients', { findBy: 'email', email: '={{ $json.email }}' }, () => [
		{ json: { email: 'info@musterfirma.example' } },
		{ json: { email: 'accounts@example.co.uk' } },
	]),
	billomatClient('get', 'GET', '/api/clients/', { clientId: byId }, () => ids([476, 477])),
	billomatClient('getAll', 'GET', '/api/clients', { returnAll: false, limit: 2 }, () => [{ json: {} }, { json: {} }]),
	billomatClient('update', 'PUT', '/api/clients/', { clientId: byId, updateFields: { note: 'Campaign' } }, billomatClients),
	billomatOf('article', 'create', 'POST', '/api/articles', { title: 'Campaign article', additionalFields: { sales_price: 10 } }, twoItems),
	billomatOf('article', 'delete', 'DELETE', '/api/articles/', { articleId: byId }, billomatArticles, true),
	billomatOf('article', 'get', 'GET', '/api/articles/', { articleId: byId }, () => ids([9, 10])),
	billomatOf('article', 'getAll', 'GET', '/api/articles', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('article', 'update', 'PUT', '/api/articles/', { articleId: byId, updateFields: { title: 'Campaign' } }, billomatArticles),
	billomatOf('supplier', 'create', 'POST', '/api/suppliers', { supplierFields: { name: 'Campaign GmbH' } }, twoItems),
	billomatOf('supplier', 'delete', 'DELETE', '/api/suppliers/', { supplierId: byId }, (servers) => ids(addSuppliers(servers.billomat, 2)), true),
	billomatOf('supplier', 'get', 'GET', '/api/suppliers/', { supplierId: byId }, () => ids([1, 2])),
	billomatOf('supplier', 'getAll', 'GET', '/api/suppliers', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('supplier', 'getPropertyValue', 'GET', '/api/supplier-property-values/', { propertyValueId: byId }, () => ids([1, 2])),
	billomatOf('supplier', 'getPropertyValues', 'GET', '/api/supplier-property-values', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('supplier', 'setPropertyValue', 'POST', '/api/supplier-property-values', { supplierId: byId, supplierPropertyId: '1', value: 'Campaign' }, () => ids([1, 3])),
	billomatOf('supplier', 'update', 'PUT', '/api/suppliers/', { supplierId: byId, updateFields: { note: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('incoming', 'create', 'POST', '/api/incomings', { supplierId: '3', additionalFields: { number: 'CAMPAIGN-1', total_net: 10 } }, twoItems),
	billomatOf('incoming', 'delete', 'DELETE', '/api/incomings/', { incomingId: byId }, (servers) => ids(addIncomings(servers.billomat, 2)), true),
	billomatOf('incoming', 'get', 'GET', '/api/incomings/', { incomingId: byId }, () => ids([1, 3])),
	billomatOf('incoming', 'getAll', 'GET', '/api/incomings', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('incoming', 'getGroupedTotals', 'GET', '/api/incomings', { groupBy: ['supplier'] }, twoItems),
	billomatOf('incoming', 'update', 'PUT', '/api/incomings/', { incomingId: byId, updateFields: { note: 'Campaign' } }, () => ids([1, 3])),
	billomatOf('tax', 'create', 'POST', '/api/taxes', { name: 'Campaign tax', rate: 10 }, twoItems),
	billomatOf('tax', 'delete', 'DELETE', '/api/taxes/', { taxId: byId }, (servers) => ids(addTaxes(servers.billomat, 2)), true),
	billomatOf('tax', 'get', 'GET', '/api/taxes/', { taxId: byId }, () => ids([1, 2])),
	billomatOf('tax', 'getAll', 'GET', '/api/taxes', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('tax', 'update', 'PUT', '/api/taxes/', { taxId: byId, updateFields: { name: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('unit', 'create', 'POST', '/api/units', { name: 'Campaign unit' }, twoItems),
	billomatOf('unit', 'delete', 'DELETE', '/api/units/', { unitId: byId }, (servers) => ids(addUnits(servers.billomat, 2)), true),
	billomatOf('unit', 'get', 'GET', '/api/units/', { unitId: byId }, () => ids([1, 2])),
	billomatOf('unit', 'getAll', 'GET', '/api/units', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('unit', 'update', 'PUT', '/api/units/', { unitId: byId, updateFields: { name: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('template', 'create', 'POST', '/api/templates', { name: 'Campaign', type: 'INVOICE' }, twoItems),
	billomatOf('template', 'delete', 'DELETE', '/api/templates/', { templateId: byId }, (servers) => ids(addTemplates(servers.billomat, 2)), true),
	billomatOf('template', 'get', 'GET', '/api/templates/', { templateId: byId }, () => ids([1, 2])),
	billomatOf('template', 'getAll', 'GET', '/api/templates', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('template', 'getPreview', 'GET', '/thumb', { templateId: byId, format: 'png', binaryPropertyName: 'data' }, () => ids([1, 2])),
	billomatOf('template', 'update', 'PUT', '/api/templates/', { templateId: byId, updateFields: { name: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('emailTemplate', 'create', 'POST', '/api/email-templates', { name: 'Campaign', type: 'INVOICES' }, twoItems),
	billomatOf('emailTemplate', 'delete', 'DELETE', '/api/email-templates/', { emailTemplateId: byId }, (servers) => ids(addEmailTemplates(servers.billomat, 2)), true),
	billomatOf('emailTemplate', 'get', 'GET', '/api/email-templates/', { emailTemplateId: byId }, () => ids([1, 2])),
	billomatOf('emailTemplate', 'getAll', 'GET', '/api/email-templates', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('emailTemplate', 'update', 'PUT', '/api/email-templates/', { emailTemplateId: byId, updateFields: { subject: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('freeText', 'create', 'POST', '/api/free-texts', { name: 'Campaign', type: 'INVOICE' }, twoItems),
	billomatOf('freeText', 'delete', 'DELETE', '/api/free-texts/', { freeTextId: byId }, (servers) => ids(addFreeTexts(servers.billomat, 2)), true),
	billomatOf('freeText', 'get', 'GET', '/api/free-texts/', { freeTextId: byId }, () => ids([1, 2])),
	billomatOf('freeText', 'getAll', 'GET', '/api/free-texts', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('freeText', 'update', 'PUT', '/api/free-texts/', { freeTextId: byId, updateFields: { note: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('user', 'get', 'GET', '/api/users/', { userId: byId }, () => ids([1, 2])),
	billomatOf('user', 'getAll', 'GET', '/api/users', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('user', 'getAvatar', 'GET', '/avatar', { userId: byId, binaryPropertyName: 'data' }, () => ids([1, 2])),
	billomatOf('user', 'getMyself', 'GET', '/api/users/myself', {}, twoItems),
	billomatOf('clientProperty', 'create', 'POST', '/api/client-properties', { name: 'Campaign', type: 'TEXTFIELD' }, twoItems),
	billomatOf('clientProperty', 'delete', 'DELETE', '/api/client-properties/', { clientPropertyId: byId }, (servers) => ids(addClientProperties(servers.billomat, 2)), true),
	billomatOf('clientProperty', 'get', 'GET', '/api/client-properties/', { clientPropertyId: byId }, () => ids([1, 2])),
	billomatOf('clientProperty', 'getAll', 'GET', '/api/client-properties', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('clientProperty', 'update', 'PUT', '/api/client-properties/', { clientPropertyId: byId, updateFields: { name: 'Campaign' } }, () => ids([1, 2])),
	billomatOf('clientPropertyValue', 'get', 'GET', '/api/client-property-values/', { clientPropertyValueId: byId }, () => ids([1, 2])),
	billomatOf('clientPropertyValue', 'getAll', 'GET', '/api/client-property-values', { returnAll: false, limit: 2 }, twoItems),
	billomatOf('clientPropertyValue', 'set', 'POST', '/api/client-property-values', { clientId: '={{ $json.client }}', clientPropertyId: '2', value: 'Campaign' }, () => [
		{ json: { client: 476 } },
		{ json: { client: 477 } },
	]),
	billomatOf('contact', 'create', 'POST', '/api/contacts', { clientId: '476', additionalFields: { last_name: 'Campaign' } }, twoItems),
	billomatOf('contact', 'delete', 'DELETE', '/api/contacts/', { contactId: byId }, billomatContacts, true),
	billomatOf('contact', 'get', 'GET', '/api/contacts/', { contactId: byId }, () => ids([11, 12])),
	billomatOf('contact', 'getAll', 'GET', '/api/contacts', { clientId: '476', returnAll: false, limit: 2 }, twoItems),
	billomatOf('contact', 'update', 'PUT', '/api/contacts/', { contactId: byId, updateFields: { label: 'Campaign' } }, billomatContacts),
	{ ...billomat('create', 'POST', '/api/invoice-payments', { invoiceId: byId, amount: 10 }, billomatInvoices('OPEN')), resource: 'invoicePayment' },
	{ ...billomat('delete', 'DELETE', '/api/invoice-payments/', { paymentId: byId }, (servers) => ids(addPayments(servers.billomat, 2)), true), resource: 'invoicePayment' },
	{ ...billomat('get', 'GET', '/api/invoice-payments/1', { paymentId: '1' }, () => [{ json: {} }, { json: {} }]), resource: 'invoicePayment' },
	{ ...billomat('getAll', 'GET', '/api/invoice-payments', { returnAll: false, limit: 2 }, () => [{ json: {} }, { json: {} }]), resource: 'invoicePayment' },
	{ ...billomat('create', 'POST', '/api/invoice-items', { invoiceId: '2', title: 'Campaign', quantity: 1, unit_price: 10 }, () => [{ json: {} }, { json: {} }]), resource: 'invoiceItem' },
	{ ...billomat('delete', 'DELETE', '/api/invoice-items/', { itemId: byId }, () => ids([2001, 2002]), true), resource: 'invoiceItem' },
	{ ...billomat('get', 'GET', '/api/invoice-items/2001', { itemId: '2001' }, () => [{ json: {} }, { json: {} }]), resource: 'invoiceItem' },
	{ ...billomat('getAll', 'GET', '/api/invoice-items', { invoiceId: '2', returnAll: true }, () => [{ json: {} }, { json: {} }]), resource: 'invoiceItem' },
	{ ...billomat('update', 'PUT', '/api/invoice-items/', { itemId: byId, updateFields: { title: 'Campaign' } }, () => ids([2001, 2002])), resource: 'invoiceItem' },
	billomatOf('invoiceComment', 'create', 'POST', '/api/invoice-comments', { invoiceId: '1', comment: 'Campaign' }, twoItems),
	billomatOf('invoiceComment', 'delete', 'DELETE', '/api/invoice-comments/', { commentId: byId }, (servers) => ids(addComments(servers.billomat, 2)), true),
	billomatOf('invoiceComment', 'get', 'GET', '/api/invoice-comments/', { commentId: byId }, () => ids([1, 2])),
	billomatOf('invoiceComment', 'getAll', 'GET', '/api/invoice-comments', { invoiceId: '1', returnAll: false, limit: 2 }, twoItems),
	billomatOf('invoiceTag', 'create', 'POST', '/api/invoice-tags', { invoiceId: '1', name: 'Campaign' }, twoItems),
	billomatOf('invoiceTag', 'delete', 'DELETE', '/api/invoice-tags/', { tagId: byId }, (servers) => ids(addTags(servers.billomat, 2)), true),
	billomatOf('invoiceTag', 'get', 'GET', '/api/invoice-tags/', { tagId: byId }, () => ids([1, 2])),
	billomatOf('invoiceTag', 'getAll', 'GET', '/api/invoice-tags', { invoiceId: '2', returnAll: false, limit: 2 }, twoItems),
	billomatOf('invoiceTag', 'getCloud', 'GET', '/api/invoice-tags', {}, twoItems),
	...billomatDocumentFamilies(),
	...billomatLettersRemindersRecurrings(),
	...creditNoteChildCases(),
	...orderDocumentChildCases(),
	...familyChildCases(),
	...invoicexpress('current'),
	...invoicexpress('legacy'),
	...invoicexpressClientCases(),
	// InvoiceXpress catalogue: items, taxes, sequences (one new record per item where the operation changes one).
	{ provider: 'invoicexpress', resource: 'item', operation: 'create', method: 'POST', path: '/items.json', parameters: { name: '={{ "Campaign item " + $json.n }}', unitPrice: 10, unit: 'unit' }, input: () => [{ json: { n: 1 } }, { json: { n: 2 } }] },
	{ provider: 'invoicexpress', resource: 'item', operation: 'delete', method: 'DELETE', path: '/items/', parameters: { itemId: byId }, input: (servers) => ids(itemsOf(servers.invoicexpress).add(2)), emptyReply: true },
	{ provider: 'invoicexpress', resource: 'item', operation: 'get', method: 'GET', path: '/items/', parameters: { itemId: byId }, input: () => ids([2201, 2202]) },
	{ provider: 'invoicexpress', resource: 'item', operation: 'getAll', method: 'GET', path: '/items.json', parameters: { returnAll: false, limit: 2 }, input: twoItems },
	{ provider: 'invoicexpress', resource: 'item', operation: 'update', method: 'PUT', path: '/items/', parameters: { itemId: byId, updateFields: { description: 'Campaign' } }, input: (servers) => ids(itemsOf(servers.invoicexpress).add(2)), emptyReply: true },
	{ provider: 'invoicexpress', resource: 'tax', operation: 'create', method: 'POST', path: '/taxes.json', parameters: { name: '={{ "CAMPAIGN" + $json.n }}', value: 10 }, input: () => [{ json: { n: 1 } }, { json: { n: 2 } }] },
	{ provider: 'invoicexpress', resource: 'tax', operation: 'delete', method: 'DELETE', path: '/taxes/', parameters: { taxId: byId }, input: (servers) => ids(taxesOf(servers.invoicexpress).add(2)), emptyReply: true },
	{ provider: 'invoicexpress', resource: 'tax', operation: 'get', method: 'GET', path: '/taxes/', parameters: { taxId: byId }, input: () => ids([1, 2]) },
	{ provider: 'invoicexpress', resource: 'tax', operation: 'getAll', method: 'GET', path: '/taxes.json', parameters: { returnAll: false, limit: 2 }, input: twoItems },
	{ provider: 'invoicexpress', resource: 'tax', operation: 'update', method: 'PUT', path: '/taxes/', parameters: { taxId: byId, updateFields: { value: 11 } }, input: (servers) => ids(taxesOf(servers.invoicexpress).add(2)), emptyReply: true },
	{ provider: 'invoicexpress', resource: 'sequence', operation: 'create', method: 'POST', path: '/sequences.json', parameters: { serie: '={{ "CAMPAIGN" + $json.n }}' }, input: () => [{ json: { n: 1 } }, { json: { n: 2 } }] },
	{ provider: 'invoicexpress', resource: 'sequence', operation: 'get', method: 'GET', path: '/sequences/', parameters: { sequenceId: byId }, input: () => ids([701, 702]) },
	{ provider: 'invoicexpress', resource: 'sequence', operation: 'getAll', method: 'GET', path: '/sequences.json', parameters: { returnAll: false, limit: 2 }, input: twoItems },
	// Registering reaches the Tax Authority: never sent twice after a failure that may have reached InvoiceXpress.
	{ provider: 'invoicexpress', resource: 'sequence', operation: 'register', method: 'PUT', path: '/register.json', parameters: { sequenceId: byId }, input: (servers) => ids(sequencesOf(servers.invoicexpress).add(2)), emptyReply: true, idempotent: false },
	{ provider: 'invoicexpress', resource: 'sequence', operation: 'setCurrent', method: 'PUT', path: '/set_current.json', parameters: { sequenceId: byId }, input: () => ids([702, 703]), emptyReply: true },
	{ provider: 'invoicexpress', resource: 'account', operation: 'get', method: 'GET', path: '/api/accounts/', parameters: { accountId: '4242' }, input: twoItems },
	{ provider: 'invoicexpress', resource: 'account', operation: 'update', method: 'PUT', path: '/api/accounts/', parameters: { accountId: '4242', updateFields: { city: '={{ "Campaign " + $json.n }}' } }, input: () => [{ json: { n: 1 } }, { json: { n: 2 } }], emptyReply: true },
	// InvoiceXpress Treasury (API v3): a client's balance; a movement is a POST, never sent twice.
	{ provider: 'invoicexpress', resource: 'treasury', operation: 'createMovement', method: 'POST', path: '/treasury_movements.json', parameters: { clientId: byId, value: '={{ 10 + $json.id % 2 }}', movementType: 'Reimbursement', paymentMethod: 'MB', date: '2024-05-02' }, input: () => ids([501, 502]) },
	{ provider: 'invoicexpress', resource: 'treasury', operation: 'getClientBalance', method: 'GET', path: '/balance.json', parameters: { clientId: byId }, input: () => ids([501, 502]) },
	{ provider: 'invoicexpress', resource: 'treasury', operation: 'updateInitialBalance', method: 'PUT', path: '/initial_balance.json', parameters: { clientId: byId, value: '={{ 50 + $json.id % 2 }}', date: '2024-05-02' }, input: () => ids([501, 502]) },
	// Two months, so each item polls its own file from "not ready" to ready.
	{ provider: 'invoicexpress', resource: 'saft', operation: 'export', method: 'GET', path: '/api/export_saft', parameters: { month: '={{ $json.month }}', year: 2024, options: { pollInterval: 0.01 } }, input: () => [{ json: { month: 1 } }, { json: { month: 2 } }], emptyReply: true, pollWaitMs: 10 },
	...invoicexpressEstimatesGuides(),
	imaterialise('invoice'),
	imaterialise('deliveryNote'),
	imaterialise('invoice', 'xml'),
	imaterialise('deliveryNote', 'xml'),
	imaterialiseOrders(),
	imaterialiseOrders('xml'),
	{
		provider: 'shopwave',
		resource: 'invoice',
		operation: 'get',
		method: 'GET',
		path: '/invoice',
		parameters: { authentication: 'accessToken', invoiceId: byId },
		input: () => ids([5001, 5002]),
	},
	{
		provider: 'shopwave',
		resource: 'invoice',
		operation: 'getAll',
		method: 'GET',
		path: '/invoice',
		parameters: { authentication: 'accessToken', returnAll: true },
		input: () => [{ json: {} }, { json: {} }],
	},
	{
		provider: 'shopwave',
		resource: 'invoice',
		operation: 'upsert',
		method: 'POST',
		path: '/invoice',
		// One invoice per request, so a fault on the first request is the first item's only.
		parameters: {
			authentication: 'accessToken',
			storeId: '1001',
			lineItems: { item: [{ name: 'Tea', price: '3.20', quantity: 2 }] },
			options: { batchSize: 1 },
		},
		input: () => [{ json: {} }, { json: {} }],
	},
	// Shopwave catalogue (issue 18): products and orders read through GET with header filters.
	{ provider: 'shopwave', resource: 'product', operation: 'get', method: 'GET', path: '/product', parameters: { authentication: 'accessToken', productId: byId }, input: () => ids([701, 702]) },
	{
		provider: 'shopwave',
		resource: 'product',
		operation: 'findByBarcode',
		method: 'GET',
		path: '/product',
		parameters: { authentication: 'accessToken', barcode: '={{ $json.barcode }}' },
		input: () => [{ json: { barcode: '5012345678900' } }, { json: { barcode: '5098765432109' } }],
	},
	{ provider: 'shopwave', resource: 'product', operation: 'getAll', method: 'GET', path: '/product', parameters: { authentication: 'accessToken', returnAll: true }, input: () => [{ json: {} }, { json: {} }] },
	{ provider: 'shopwave', resource: 'order', operation: 'get', method: 'GET', path: '/order', parameters: { authentication: 'accessToken', orderId: byId }, input: () => ids([60001, 60002]) },
	{ provider: 'shopwave', resource: 'order', operation: 'getAll', method: 'GET', path: '/order', parameters: { authentication: 'accessToken', returnAll: true }, input: () => [{ json: {} }, { json: {} }] },
	{
		provider: 'omnixV6',
		resource: 'invoice',
		operation: 'getAll',
		method: 'GET',
		path: '/invoices',
		parameters: { returnAll: true, fromDate: '2018-01-01T00:00:00', toDate: '2018-01-31T00:00:00' },
		input: () => [{ json: {} }, { json: {} }],
	},
	{
		provider: 'omnixV6',
		resource: 'consignment',
		operation: 'create',
		method: 'POST',
		path: '/consignments',
		// A new connote number per item (V6, the sandbox, refuses one that exists), the same ones after a reset.
		parameters: { connoteNo: '={{ $json.connote }}', customer: 'CAPH12', freightLines: { line: [{ itemCode: 'TEST1', quantity: 1 }] } },
		input: (servers) => {
			const booked = consignmentsOf(servers.omnixV6).consignments.length;
			return [{ json: { connote: `CAMP${booked + 1}` } }, { json: { connote: `CAMP${booked + 2}` } }];
		},
	},
	{
		provider: 'omnixV6',
		resource: 'consignment',
		operation: 'manifest',
		method: 'POST',
		path: '/manifests/manifestConsignments',
		// One request per item (so a fault on the first request is the first item's only), each with a
		// consignment of its own that is on no manifest yet, the same ones after a reset.
		parameters: { connoteNos: '={{ $json.connote }}', combineItems: false },
		input: (servers) => {
			const { consignments } = consignmentsOf(servers.omnixV6);
			const connotes = [`MAN${consignments.length + 1}`, `MAN${consignments.length + 2}`];
			for (const connoteNo of connotes) consignments.push({ connoteNo, customer: 'CAPH12' });
			return connotes.map((connote) => ({ json: { connote } }));
		},
	},
	{
		provider: 'omnixV6',
		resource: 'manifest',
		operation: 'create',
		method: 'POST',
		path: '/manifests',
		// A new manifest per item, without consignments (so a run never meets an earlier run's manifest).
		parameters: { manifestDate: '={{ $json.date }}', additionalFields: { tripNo: 'J8943' } },
		input: () => [{ json: { date: '2025-10-20' } }, { json: { date: '2025-10-21' } }],
	},
	{
		provider: 'omnixV6',
		resource: 'product',
		operation: 'importCsv',
		method: 'POST',
		path: '/products/importcsv',
		// A CSV file per item, sent as it is (text/csv), as the input binary field "data".
		parameters: { binaryPropertyName: 'data' },
		input: () =>
			['MAP001,Map of vinland', 'GLB001,Globe'].map((row) => ({
				json: {},
				binary: { data: { base64: Buffer.from(`code,description\n${row}\n`).toString('base64'), fileName: 'products.csv', mimeType: 'text/csv' } },
			})),
	},
];

export const PROVIDER_KEYS = Object.keys(PROVIDERS) as ProviderKey[];

// ---------------------------------------------------------------------------------------------
// What every node shares, for the provider tests: a reply of any JSON value, the error a success
// of the wrong shape gives, the error a reply later than the Timeout option gives, and the options
// every operation offers.

/** A reply with this status whose body is `value` as JSON (`undefined`: an empty body). */
export function jsonReply(status: number, value: unknown): SandboxReply {
	return { status, headers: { 'Content-Type': 'application/json' }, body: value === undefined ? '' : JSON.stringify(value) };
}

/** The description of the error for a 2xx reply that is not the documented one. */
export function notDocumented(provider: string): string {
	return `This is not the reply ${provider} documents for this request. Check that the credential points at the ${provider} API itself, not at a proxy or another service.`;
}

/** The message of an item that got no reply within its Timeout option. */
export function timedOut(provider: string): RegExp {
	return new RegExp(`^${provider.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} error \\(code [A-Z_]+\\): Could not get a reply: no reply arrived`);
}

/**
 * The Timeout option of a node (issue 12 item 6): every operation offers it, with the shared
 * default; and with every reply of the sandbox 3 s late, `run` (the node under continueOnFail with
 * the given Options) fails its one item with a timeout error long before that default.
 */
export function describeTimeoutOption(
	provider: string,
	nodeType: string,
	server: () => Sandbox,
	run: (options: { timeout: number }) => Promise<RunResult>,
): void {
	describe(`${provider} › Options › Timeout`, () => {
		test('every operation offers the Timeout option (ms, default the shared default)', () => {
			expect(operationsWithoutOption(nodeType, 'timeout', DEFAULT_TIMEOUT_MS)).toEqual([]);
		});

		test('a reply slower than the Timeout option fails the item with a timeout error, long before the default', async () => {
			server().injectFault({ kind: 'slow', delayMs: 3000, times: 0 });
			const started = Date.now();
			const result = await run({ timeout: 200 });
			const [item, ...more] = result.items();
			expect(more).toEqual([]);
			expect(item.json.error).toMatch(timedOut(provider));
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(Date.now() - started).toBeLessThan(20_000);
		}, 30_000);
	});
}

/**
 * The operations (`resource operation`) of a node whose Options collection lacks the option
 * `name` with this default: empty when every operation offers it.
 */
export function operationsWithoutOption(nodeType: string, name: string, defaultValue: unknown): string[] {
	const properties = registry().getByNameAndVersion(`${PACKAGE_NAME}.${nodeType}`).description.properties;
	const missing: string[] = [];
	for (const operation of properties.filter((p) => p.name === 'operation')) {
		for (const resource of (operation.displayOptions?.show?.resource ?? []) as string[]) {
			for (const { value } of operation.options as Array<{ value: string }>) {
				const offered = properties
					.filter((p) => p.name === 'options' && p.type === 'collection')
					.filter((p) => ((p.displayOptions?.show?.resource ?? []) as string[]).includes(resource))
					.filter((p) => ((p.displayOptions?.show?.operation ?? []) as string[]).includes(value))
					.flatMap((p) => p.options as INodeProperties[])
					.some((option) => option.name === name && option.default === defaultValue);
				if (!offered) missing.push(`${resource} ${value}`);
			}
		}
	}
	return missing;
}
