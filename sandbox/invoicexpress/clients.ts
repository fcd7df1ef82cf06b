// InvoiceXpress clients, as the API v2 reference's clients pages describe them
// (developers.invoicexpress.com/docs/versions/2.0.0/resources/clients, docs.invoicexpress.com/clients/…,
// invoicexpress.com/api-v2/clients/…):
//   GET  /clients.json                      list, `page` and `per_page`, `{"clients": […], "pagination": {…}}`
//   POST /clients.json                      create, `{"client": {…}}` → 201 with the client
//   GET  /clients/:client-id.json           one client, 404 for an unknown ID
//   PUT  /clients/:client-id.json           update, 200
//   GET  /clients/find-by-code.json         `client_code` → the client with that code, else 404
//   GET  /clients/find-by-name.json         `client_name` → the client of that name, else 404
//   POST /clients/:client-id/invoices.json  the client's documents, `{"filter": {"status": […],
//                                           "by_type": […], "archived": […]}}`, paged like a list
// The 422 texts are those of the reference's error page for clients
// (invoicexpress.com/api-v2/documentation/error-codes-responses): "Name has already been taken",
// "Client contact is invalid", "Send options is not a number", "Send options must be within 1
// and 3", "Preferred contact: email must be an email", "Country Germani was not found".
// `sandbox.clients` stays the one store of clients: document create finds and adds clients there.
//
// Where the pages allow two readings, both are offered (`clientReadings(sandbox)`), the first the
// default; see ClientReadings.
import { createHash } from 'crypto';

import { COUNTRY_NAMES, LANGUAGES } from '../../nodes/InvoiceXpress/values/clients';
import type { SandboxReply, SandboxRequest } from '../framework';
import type { InvoiceXpressSandbox, IxClient } from './index';
import { DOCUMENT_TYPES, present } from './index';

export interface ClientReadings {
	/**
	 * find-by-name: the name whole (letter case and spaces around ignored), or any client whose name
	 * contains it. The find-by-name page says only that it finds a client by name
	 * (developers.invoicexpress.com/docs/versions/2.0.0/resources/clients).
	 */
	nameMatch: 'exact' | 'partial';
	/**
	 * find-by-name's reply: `{"client": {…}}` (the first match, an exact one first), like
	 * find-by-code's "Returns a specific client", or `{"clients": […]}` (every match), as client
	 * libraries of the API also read it.
	 */
	nameReply: 'client' | 'clients';
	/** The client's `id`: a number, or the text the docs.invoicexpress.com create page shows ("1"). */
	idType: 'number' | 'string';
	/**
	 * Whether create needs a `code`: required on docs.invoicexpress.com/clients/createclient, only
	 * an example field on the older api-v2 create page.
	 */
	codeRequired: boolean;
	/** Update's reply: 200 with an empty body, or 200 with the client. */
	updateReply: 'empty' | 'client';
}

const DEFAULT_READINGS: ClientReadings = {
	nameMatch: 'exact',
	nameReply: 'client',
	idType: 'number',
	codeRequired: true,
	updateReply: 'empty',
};

// Keyed by the clients array: seed() (reset) gives the sandbox a new one, and the defaults with it.
const readingsOf = new WeakMap<IxClient[], ClientReadings>();

/** The readings this sandbox answers with (change them in a test; reset() restores the defaults). */
export function clientReadings(sandbox: InvoiceXpressSandbox): ClientReadings {
	let readings = readingsOf.get(sandbox.clients);
	if (!readings) {
		readings = { ...DEFAULT_READINGS };
		readingsOf.set(sandbox.clients, readings);
	}
	return readings;
}

/** Add `count` generated clients (for picker and paging tests); returns their IDs. */
export function addClients(sandbox: InvoiceXpressSandbox, count: number, fields: Partial<Omit<IxClient, 'id'>> = {}): number[] {
	const ids: number[] = [];
	for (let n = 1; n <= count; n++) {
		const id = nextClientId(sandbox);
		const label = String(n).padStart(4, '0');
		sandbox.clients.push({
			id,
			name: `Bulk Client ${label}`,
			code: `BULK${label}`,
			email: `bulk${label}@clients.example`,
			country: 'Portugal',
			...fields,
		});
		ids.push(id);
	}
	return ids;
}

function nextClientId(sandbox: InvoiceXpressSandbox): number {
	return Math.max(500, ...sandbox.clients.map((c) => c.id)) + 1;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_CODES = LANGUAGES.map((l) => String(l.value));

function errors(status: number, lines: string[]): SandboxReply {
	return { status, body: { errors: lines.map((error) => ({ error })) } };
}

const notFound = (): SandboxReply => errors(404, ['Not Found']);

/** A client as the API shows it. */
export function presentClient(sandbox: InvoiceXpressSandbox, client: IxClient): Record<string, unknown> {
	const text = (value: string | undefined) => value ?? null;
	return {
		id: clientReadings(sandbox).idType === 'string' ? String(client.id) : client.id,
		name: client.name,
		code: text(client.code),
		email: text(client.email),
		language: client.language ?? 'pt',
		address: text(client.address),
		city: text(client.city),
		postal_code: text(client.postal_code),
		country: text(client.country),
		fiscal_id: text(client.fiscal_id),
		website: text(client.website),
		phone: text(client.phone),
		fax: text(client.fax),
		preferred_contact: {
			name: text(client.preferred_contact?.name),
			email: text(client.preferred_contact?.email),
			phone: text(client.preferred_contact?.phone),
		},
		observations: text(client.observations),
		open_account_link: `https://www.app.invoicexpress.com/suppliers/${createHash('sha1').update(`client-${client.id}`).digest('hex')}`,
		send_options: client.send_options ?? '1',
		payment_days: client.payment_days ?? '0',
		tax_exemption_code: text(client.tax_exemption_code),
	};
}

/** `12.json` → 12; anything else (another extension, not digits) undefined. */
function jsonId(file: string): number | undefined {
	const m = /^(\d+)\.json$/.exec(file);
	return m ? Number(m[1]) : undefined;
}

const TEXT_KEYS = ['name', 'code', 'email', 'language', 'address', 'city', 'postal_code', 'country', 'fiscal_id', 'website', 'phone', 'fax', 'observations', 'send_options', 'payment_days', 'tax_exemption_code'] as const;

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The documented validations of create (`existing` undefined) and update, with their texts. */
function check(sandbox: InvoiceXpressSandbox, fields: Record<string, unknown>, existing?: IxClient): string[] {
	const out: string[] = [];
	const given = (key: string) => fields[key] !== undefined && fields[key] !== null;
	const value = (key: string) => (given(key) ? String(fields[key]) : undefined);
	const others = sandbox.clients.filter((c) => c !== existing);
	const name = value('name');
	if ((!existing || given('name')) && (name ?? '').trim() === '') out.push("Name can't be blank");
	else if (name !== undefined && others.some((c) => same(c.name, name))) out.push('Name has already been taken');
	const code = value('code');
	if (!existing && clientReadings(sandbox).codeRequired && (code ?? '').trim() === '') out.push("Code can't be blank");
	else if (code && others.some((c) => c.code === code)) out.push('Code has already been taken');
	const email = value('email');
	if (email && !EMAIL.test(email)) out.push('Email must be an email address');
	const language = value('language');
	if (language && !LANGUAGE_CODES.includes(language)) out.push('Language is not included in the list');
	const country = value('country');
	if (country && !COUNTRY_NAMES.includes(country)) out.push(`Country ${country} was not found`);
	const sendOptions = value('send_options');
	if (sendOptions !== undefined && sendOptions !== '') {
		if (!/^\d+$/.test(sendOptions.trim())) out.push('Send options is not a number');
		else if (Number(sendOptions) < 1 || Number(sendOptions) > 3) out.push('Send options must be within 1 and 3');
	}
	const days = value('payment_days');
	if (days !== undefined && days !== '' && !/^\d+$/.test(days.trim())) out.push('Payment days is not a number');
	const contact = fields.preferred_contact;
	if (contact !== undefined && contact !== null) {
		const contactEmail = typeof contact === 'object' ? (contact as Record<string, unknown>).email : undefined;
		if (typeof contact !== 'object' || Array.isArray(contact)) out.push('Client contact is invalid');
		else if (contactEmail !== undefined && contactEmail !== '' && !EMAIL.test(String(contactEmail))) {
			out.push('Client contact is invalid', 'Preferred contact: email must be an email');
		}
	}
	return out;
}

/** Copy the given fields onto the client, as text. */
function apply(client: IxClient, fields: Record<string, unknown>): void {
	for (const key of TEXT_KEYS) {
		if (fields[key] === undefined || fields[key] === null) continue;
		(client as unknown as Record<string, unknown>)[key] = String(fields[key]);
	}
	const contact = fields.preferred_contact as Record<string, unknown> | undefined;
	if (contact && typeof contact === 'object') {
		const next = { ...client.preferred_contact };
		for (const key of ['name', 'email', 'phone'] as const) if (contact[key] !== undefined) next[key] = String(contact[key]);
		client.preferred_contact = next;
	}
}

/** A page of a list as InvoiceXpress pages it: `per_page` (default 10, at most 100) and `page`. */
function paged<T>(req: SandboxRequest, records: T[]): { page: T[]; pagination: Record<string, number> } {
	const perPage = Math.max(1, Math.min(100, Number(req.query.get('per_page') ?? 10) || 10));
	const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
	const totalPages = Math.max(1, Math.ceil(records.length / perPage));
	return {
		page: records.slice((page - 1) * perPage, page * perPage),
		pagination: { total_entries: records.length, current_page: page, total_pages: totalPages, per_page: perPage },
	};
}

/** The values of a filter: a list, or one value. */
function listOf(value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	return (Array.isArray(value) ? value : [value]).map(String);
}

export function registerClients(sandbox: InvoiceXpressSandbox): void {
	/** `.xml` is the legacy API, which documents no client request; then the key, then the body. */
	const guarded = (handler: (req: SandboxRequest, body: Record<string, unknown>) => SandboxReply) => (req: SandboxRequest): SandboxReply => {
		if (req.path.endsWith('.xml')) {
			return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found: the legacy XML API documents only PUT /invoices/:invoice-id.xml' };
		}
		const key = req.query.get('api_key');
		if (!key || !sandbox.apiKeys.has(key)) return errors(401, ['Access denied']);
		let body: Record<string, unknown> = {};
		const text = req.body.toString('utf8');
		if (text.trim() !== '') {
			try {
				body = JSON.parse(text) as Record<string, unknown>;
			} catch (error) {
				return errors(422, [`The request body could not be read: ${(error as Error).message}`]);
			}
		}
		return handler(req, body);
	};
	const one = (client: IxClient, status = 200): SandboxReply => ({ status, body: { client: presentClient(sandbox, client) } });
	const byId = (file: string) => {
		const id = jsonId(file);
		return id === undefined ? undefined : sandbox.clients.find((c) => c.id === id);
	};

	sandbox.route('GET', '/clients.json', guarded((req) => {
		const { page, pagination } = paged(req, [...sandbox.clients].sort((a, b) => a.id - b.id));
		return { status: 200, body: { clients: page.map((c) => presentClient(sandbox, c)), pagination } };
	}));

	sandbox.route('POST', '/clients.json', guarded((_req, body) => {
		const fields = (body.client ?? {}) as Record<string, unknown>;
		const lines = check(sandbox, fields);
		if (lines.length) return errors(422, lines);
		const client: IxClient = { id: nextClientId(sandbox), name: String(fields.name) };
		apply(client, fields);
		sandbox.clients.push(client);
		return one(client, 201);
	}));

	// "Returns a specific client": the code whole, letter case and all.
	sandbox.route('GET', '/clients/find-by-code.json', guarded((req) => {
		const code = req.query.get('client_code');
		const client = code ? sandbox.clients.find((c) => c.code === code) : undefined;
		return client ? one(client) : notFound();
	}));

	sandbox.route('GET', '/clients/find-by-name.json', guarded((req) => {
		const name = (req.query.get('client_name') ?? '').trim();
		const readings = clientReadings(sandbox);
		const exact = sandbox.clients.filter((c) => same(c.name, name));
		const partial = readings.nameMatch === 'partial' ? sandbox.clients.filter((c) => !exact.includes(c) && c.name.toLowerCase().includes(name.toLowerCase())) : [];
		const hits = name ? [...exact, ...partial] : [];
		if (hits.length === 0) return notFound();
		if (readings.nameReply === 'client') return one(hits[0]);
		return { status: 200, body: { clients: hits.map((c) => presentClient(sandbox, c)) } };
	}));

	sandbox.route('POST', '/clients/:id/invoices.json', guarded((req, body) => {
		const id = /^\d+$/.test(req.params.id) ? Number(req.params.id) : NaN;
		if (!sandbox.clients.some((c) => c.id === id)) return notFound();
		const filter = (body.filter ?? {}) as Record<string, unknown>;
		const statuses = listOf(filter.status);
		const types = listOf(filter.by_type);
		const archived = listOf(filter.archived);
		// The page lists the client's invoices (its `by_type` values are the invoice types): the
		// client's estimates and guides are not in it.
		const documents = [...sandbox.documents.values()]
			.filter((d) => d.client.id === id && d.status !== 'deleted')
			.filter((d) => DOCUMENT_TYPES.find((t) => t.className === d.type)?.family === 'invoice')
			.filter((d) => !statuses.length || statuses.includes(d.status))
			.filter((d) => !types.length || types.includes(d.type))
			.filter((d) => !archived.length || archived.includes(d.archived ? 'archived' : 'non_archived'))
			.sort((a, b) => a.id - b.id);
		const { page, pagination } = paged(req, documents);
		return { status: 200, body: { invoices: page.map(present), pagination } };
	}));

	sandbox.route('GET', '/clients/:file', guarded((req) => {
		const client = byId(req.params.file);
		return client ? one(client) : notFound();
	}));

	sandbox.route('PUT', '/clients/:file', guarded((req, body) => {
		const client = byId(req.params.file);
		if (!client) return notFound();
		const fields = (body.client ?? {}) as Record<string, unknown>;
		const lines = check(sandbox, fields, client);
		if (lines.length) return errors(422, lines);
		apply(client, fields);
		return clientReadings(sandbox).updateReply === 'client' ? one(client) : { status: 200 };
	}));
}
