import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { locatorValue, timeoutOf } from '../../../shared/descriptions';
import { inputError, nodeError } from '../../../shared/errors';
import { emailInput, idInput, numberInput, textInput } from '../../../shared/input';
import type { ReplyShape } from '../../../shared/provider';
import { isJsonObject, lastSettledRequest } from '../../../shared/provider';
import type { InvoiceXpressRequest } from '../../transport';
import { apiRequest } from '../../transport';
import { COUNTRY_NAMES, LANGUAGES, SEND_OPTIONS } from '../../values/clients';
import { TAX_EXEMPTION_CODES } from '../../values/documents';

/** The client fields as the node names them (collections of Create, Update, Find or Create). */
export interface ClientFields {
	name?: unknown;
	code?: unknown;
	email?: unknown;
	language?: unknown;
	address?: unknown;
	city?: unknown;
	postalCode?: unknown;
	country?: unknown;
	fiscalId?: unknown;
	website?: unknown;
	phone?: unknown;
	fax?: unknown;
	observations?: unknown;
	sendOptions?: unknown;
	paymentDays?: unknown;
	taxExemptionCode?: unknown;
	contactName?: unknown;
	contactEmail?: unknown;
	contactPhone?: unknown;
}

/** Plain text fields: node name, API key, label. */
const TEXT_FIELDS: Array<[keyof ClientFields, string, string]> = [
	['name', 'name', 'Name'],
	['code', 'code', 'Code'],
	['address', 'address', 'Address'],
	['city', 'city', 'City'],
	['postalCode', 'postal_code', 'Postal Code'],
	['fiscalId', 'fiscal_id', 'Fiscal ID'],
	['website', 'website', 'Website'],
	['phone', 'phone', 'Phone'],
	['fax', 'fax', 'Fax'],
	['observations', 'observations', 'Observations'],
];

/** Fixed value lists: node name, API key, label, accepted values. */
const LIST_FIELDS: Array<[keyof ClientFields, string, string, readonly string[]]> = [
	['language', 'language', 'Language', LANGUAGES.map((o) => String(o.value))],
	['country', 'country', 'Country', COUNTRY_NAMES],
	['sendOptions', 'send_options', 'Send Options', SEND_OPTIONS.map((o) => String(o.value))],
	['taxExemptionCode', 'tax_exemption_code', 'Tax Exemption Code', TAX_EXEMPTION_CODES],
];

const text = (node: INode, itemIndex: number, label: string, value: unknown) =>
	textInput(node, itemIndex, label, value, { xml: true })?.trim() || undefined;

/**
 * The `client` body of create and update (POST /clients.json, PUT /clients/:id.json): the fields
 * given, checked the way InvoiceXpress checks them (email addresses, a listed language, country,
 * send option and exemption code, whole payment days), so a mistake is named before any request.
 * The preferred contact's name, email and phone go together in `preferred_contact`.
 */
export function clientBody(node: INode, itemIndex: number, fields: ClientFields): IDataObject {
	const body: IDataObject = {};
	for (const [from, to, label] of TEXT_FIELDS) {
		const value = text(node, itemIndex, label, fields[from]);
		if (value !== undefined) body[to] = value;
	}
	const email = emailInput(node, itemIndex, 'Email', fields.email);
	if (email !== undefined) body.email = email;
	for (const [from, to, label, accepted] of LIST_FIELDS) {
		const value = text(node, itemIndex, label, fields[from]);
		if (value === undefined) continue;
		const match = accepted.find((v) => v.toLowerCase() === value.toLowerCase());
		if (!match) {
			throw inputError(
				node,
				itemIndex,
				`"${label}" (${value}) is not one InvoiceXpress accepts`,
				`Pick it from the list${accepted.length <= 5 ? `: ${accepted.join(', ')}` : ''}.`,
			);
		}
		body[to] = match;
	}
	const days = numberInput(node, itemIndex, 'Payment Days', fields.paymentDays, { min: 0, max: 3650, integer: true });
	if (days !== undefined) body.payment_days = String(days);
	const contact: IDataObject = {};
	const contactName = text(node, itemIndex, 'Contact Name', fields.contactName);
	const contactEmail = emailInput(node, itemIndex, 'Contact Email', fields.contactEmail);
	const contactPhone = text(node, itemIndex, 'Contact Phone', fields.contactPhone);
	if (contactName !== undefined) contact.name = contactName;
	if (contactEmail !== undefined) contact.email = contactEmail;
	if (contactPhone !== undefined) contact.phone = contactPhone;
	if (Object.keys(contact).length) body.preferred_contact = contact;
	return body;
}

/** The client ID of an item: from the picker (either mode) or an expression, as plain digits. */
export function clientIdOf(this: IExecuteFunctions, itemIndex: number): string {
	return idInput(this.getNode(), itemIndex, 'Client ID', locatorValue(this, 'clientId', itemIndex), {
		what: 'an InvoiceXpress client ID',
		hint: 'Pick the client from the list, or give its numeric ID, e.g. 1503698 (the "id" of Get or Find by Code), not its code.',
	});
}

/** A reply holding one client: `{"client": {…}}`. */
export const CLIENT: ReplyShape = {
	expected: 'one client ({"client": {…}})',
	matches: (body) => isJsonObject(body) && isJsonObject(body.client),
};

/** Update's reply: empty (200) or the client. */
export const CLIENT_OR_EMPTY: ReplyShape = {
	expected: 'an empty reply or one client ({"client": {…}})',
	matches: (body) => body === undefined || CLIENT.matches(body),
};

/** Find by Name's reply, read both ways: `{"client": {…}}` or `{"clients": […]}`. */
export const CLIENT_OR_CLIENTS: ReplyShape = {
	expected: 'one client ({"client": {…}}) or a list of clients ({"clients": […]})',
	matches: (body) => CLIENT.matches(body) || (isJsonObject(body) && Array.isArray(body.clients)),
};

/** The clients of a reply checked by CLIENT_OR_CLIENTS. */
export function clientsOf(body: unknown): IDataObject[] {
	const reply = body as IDataObject;
	if (isJsonObject(reply.client)) return [reply.client];
	return ((reply.clients as unknown[]) ?? []).filter(isJsonObject);
}

/** The fields Simplify keeps, in this order. */
const SIMPLE_FIELDS = ['id', 'name', 'code', 'email', 'phone', 'fiscal_id', 'address', 'postal_code', 'city', 'country'];

/**
 * A client as Simplify gives it: the ten fields a workflow needs, the ID as a number (the
 * reference types it as text, "1", in some replies and as a number in others).
 */
export function simplifyClient(client: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const field of SIMPLE_FIELDS) {
		if (!(field in client)) continue;
		const value = client[field];
		out[field] = field === 'id' && typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
	}
	return out;
}

/** A client for the output: simplified, or as InvoiceXpress sent it. */
export function outputClient(this: IExecuteFunctions, itemIndex: number, client: IDataObject): IDataObject {
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyClient(client) : client;
}

/**
 * `apiRequest` for a client request whose 404 means "no such client": the error keeps
 * InvoiceXpress's status and the request's `notFound` sentence, and its description says what
 * to check about a client (the transport's own speaks of documents).
 */
export async function clientRequest(this: IExecuteFunctions, request: InvoiceXpressRequest, hint: string): Promise<unknown> {
	return await explainingNotFound.call(this, request.itemIndex ?? 0, async () => await apiRequest.call(this, request), hint);
}

/** Run `send`; an error for a 404 gets `hint` as its description. */
export async function explainingNotFound<T>(this: IExecuteFunctions, itemIndex: number, send: () => Promise<T>, hint: string): Promise<T> {
	try {
		return await send();
	} catch (error) {
		const failed = nodeError(this.getNode(), error, itemIndex);
		if ('httpCode' in failed && failed.httpCode === '404') failed.description = hint;
		throw failed;
	}
}

/** What a 404 for a client ID says to check. */
export const UNKNOWN_CLIENT_HINT = 'The ID does not match any client of the account: pick the client from the list, or check the ID.';

/** The request options every client request of an item shares. */
export function requestOf(this: IExecuteFunctions, itemIndex: number) {
	return { itemIndex, timeout: timeoutOf(this, itemIndex) };
}

/** The two searches: their path, query, reply and what their 404 says. */
const SEARCHES = {
	code: { path: '/clients/find-by-code', param: 'client_code', shape: CLIENT, notFound: (v: string) => `No client has the code "${v}"` },
	name: { path: '/clients/find-by-name', param: 'client_name', shape: CLIENT_OR_CLIENTS, notFound: (v: string) => `No client is named "${v}"` },
} as const;

/**
 * GET /clients/find-by-code.json?client_code=… or /clients/find-by-name.json?client_name=…: the
 * clients of the reply (one, `client`, or a list, `clients`, as find-by-name is read both ways).
 */
export async function searchClients(this: IExecuteFunctions, itemIndex: number, by: keyof typeof SEARCHES, value: string): Promise<IDataObject[]> {
	const search = SEARCHES[by];
	const reply = await apiRequest.call(this, {
		method: 'GET',
		path: search.path,
		qs: { [search.param]: value },
		notFound: search.notFound(value),
		shape: search.shape,
		...requestOf.call(this, itemIndex),
	});
	return clientsOf(reply);
}

/** The client with this code, or undefined when InvoiceXpress answers 404. Any other failure is thrown. */
export async function findByCode(this: IExecuteFunctions, itemIndex: number, code: string): Promise<IDataObject | undefined> {
	return (await notFoundAsEmpty.call(this, itemIndex, async () => await searchClients.call(this, itemIndex, 'code', code)))[0];
}

/** The clients find-by-name gives, or none when InvoiceXpress answers 404. Any other failure is thrown. */
export async function findByName(this: IExecuteFunctions, itemIndex: number, name: string): Promise<IDataObject[]> {
	return await notFoundAsEmpty.call(this, itemIndex, async () => await searchClients.call(this, itemIndex, 'name', name));
}

/** POST /clients.json with `{"client": {…}}`: the client of the 201 reply. */
export async function createClient(this: IExecuteFunctions, itemIndex: number, body: IDataObject): Promise<IDataObject> {
	const reply = await apiRequest.call(this, {
		method: 'POST',
		path: '/clients',
		body: { root: 'client', value: body },
		shape: CLIENT,
		...requestOf.call(this, itemIndex),
	});
	return (reply as IDataObject).client as IDataObject;
}

/**
 * A search whose 404 means "none" rather than a failure: the error InvoiceXpress's 404 became
 * (its status, retries done) and this search's own reply, never an earlier request's. A search
 * that got no reply at all (every attempt lost) stays a failure, so nothing is created on it.
 */
async function notFoundAsEmpty(this: IExecuteFunctions, itemIndex: number, search: () => Promise<IDataObject[]>): Promise<IDataObject[]> {
	try {
		return await search();
	} catch (error) {
		const settled = lastSettledRequest.call(this, itemIndex);
		const status = (error as { httpCode?: unknown }).httpCode;
		if (status === '404' && settled?.method === 'GET' && settled.statusCode === 404) return [];
		throw nodeError(this.getNode(), error, itemIndex);
	}
}

/** Whether two client names are the same: spaces around and letter case ignored. */
export function sameName(a: unknown, b: string): boolean {
	return typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The required text of an operation's field, trimmed. */
export function requiredText(node: INode, itemIndex: number, label: string, value: unknown, hint: string): string {
	const result = textInput(node, itemIndex, label, value, { required: true, xml: true, emptyHint: hint })!.trim();
	if (!result) throw inputError(node, itemIndex, `"${label}" is empty`, hint);
	return result;
}
