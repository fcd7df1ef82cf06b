// The contacts of Billomat's clients, from https://www.billomat.com/en/api/clients/contacts/ (German:
// https://www.billomat.com/api/kunden/kontakte/): GET /contacts?client_id= (the client is
// mandatory), GET, POST, PUT and DELETE /contacts/{id}. Bodies are `{"contact": {…}}`.
//
// Readings of the page (it leaves them open):
// - GET /contacts without client_id is a 400 (the page marks the client mandatory); a client_id of
//   no client lists nothing, as any filter that matches nothing.
// - POST needs client_id of an existing client (a contact belongs to a client); the other fields
//   are optional text. email and country_code are checked as an address and an ISO 3166 Alpha-2 code.
// - DELETE answers 200 with an empty body, as Billomat's other deletes do.
// - order_by (https://www.billomat.com/en/api/basics/read-data/) takes the record's own fields.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import type { Api } from './articles';
import { bodyElement, listReply, unknownParameters } from './articles';
import type { BillomatSandbox, Value } from './index';
import { errors, toApi } from './index';

export interface Contact {
	id: number;
	created: string;
	client_id: number;
	label: string | null;
	name: string | null;
	street: string | null;
	zip: string | null;
	city: string | null;
	state: string | null;
	country_code: string | null;
	first_name: string | null;
	last_name: string | null;
	salutation: string | null;
	phone: string | null;
	fax: string | null;
	mobile: string | null;
	email: string | null;
	www: string | null;
}

const TEXTS = ['label', 'name', 'street', 'zip', 'city', 'state', 'country_code', 'first_name', 'last_name', 'salutation', 'phone', 'fax', 'mobile', 'email', 'www'];
const WRITABLE = ['client_id', ...TEXTS];
const ORDER_FIELDS = ['id', 'created', 'client_id', ...TEXTS];

export class BillomatContacts {
	records = new Map<number, Contact>();
	private nextId = 1;

	constructor(private readonly sandbox: BillomatSandbox) {}

	register(api: Api): void {
		api('GET', '/contacts', (req) => this.list(req));
		api('POST', '/contacts', (req) => this.create(req));
		api('GET', '/contacts/:id', (req) => this.with(req, (contact) => ({ body: { contact: this.record(contact) } })));
		api('PUT', '/contacts/:id', (req) => this.with(req, (contact) => this.update(req, contact)));
		api('DELETE', '/contacts/:id', (req) =>
			this.with(req, (contact) => {
				this.records.delete(contact.id);
				return { status: 200 };
			}),
		);
	}

	/** The demo contacts of the demo clients: 12 is the contact demo invoice 4 is addressed to. */
	seed(): void {
		this.records = new Map();
		const add = (fields: Partial<Contact> & Pick<Contact, 'id' | 'client_id'>) =>
			this.records.set(fields.id, { ...this.blank(fields.id, fields.client_id, '2023-02-01T09:30:00+01:00'), ...fields });
		add({
			id: 11,
			client_id: 476,
			label: 'Buchhaltung',
			name: 'Musterfirma GmbH',
			street: 'Hauptstraße 1',
			zip: '57562',
			city: 'Herdorf',
			country_code: 'DE',
			salutation: 'Frau',
			first_name: 'Erika',
			last_name: 'Mustermann',
			phone: '+49 2744 123456',
			email: 'buchhaltung@musterfirma.example',
		});
		add({
			id: 12,
			client_id: 477,
			label: 'Accounts',
			name: 'Example Ltd',
			street: '1 High Street',
			zip: 'EC1A 1AA',
			city: 'London',
			country_code: 'GB',
			salutation: 'Ms',
			first_name: 'Jane',
			last_name: 'Smith',
			phone: '+44 20 7946 0000',
			email: 'accounts@example.co.uk',
			www: 'www.example.co.uk',
		});
		add({
			id: 13,
			client_id: 476,
			label: 'Lager',
			name: 'Musterfirma GmbH',
			street: 'Industriestraße 7',
			zip: '57562',
			city: 'Herdorf',
			country_code: 'DE',
			salutation: 'Herr',
			first_name: 'Max',
			last_name: 'Muster',
			mobile: '+49 171 1234567',
		});
		this.nextId = 14;
	}

	/** Add `count` generated contacts of a client (paging tests); returns their IDs. */
	add(clientId: number, count: number): number[] {
		const ids: number[] = [];
		for (let n = 0; n < count; n++) {
			const contact = this.blank(this.nextId++, clientId, '2025-05-01T08:00:00+02:00');
			Object.assign(contact, { label: `Contact ${contact.id}`, last_name: `Person ${contact.id}` });
			this.records.set(contact.id, contact);
			ids.push(contact.id);
		}
		return ids;
	}

	private blank(id: number, clientId: number, created: string): Contact {
		return {
			id,
			created,
			client_id: clientId,
			label: null,
			name: null,
			street: null,
			zip: null,
			city: null,
			state: null,
			country_code: null,
			first_name: null,
			last_name: null,
			salutation: null,
			phone: null,
			fax: null,
			mobile: null,
			email: null,
			www: null,
		};
	}

	/** The contact as GET /contacts/{id} sends it. */
	record(contact: Contact): unknown {
		return toApi(contact as unknown as Value);
	}

	private with(req: SandboxRequest, handler: (contact: Contact) => SandboxReply): SandboxReply {
		const contact = /^\d+$/.test(req.params.id) ? this.records.get(Number(req.params.id)) : undefined;
		if (!contact) return errors(404, 'Contact not found');
		return handler(contact);
	}

	private list(req: SandboxRequest): SandboxReply {
		const unknown = unknownParameters(req, ['client_id']);
		if (unknown) return unknown;
		const clientId = req.query.get('client_id');
		if (clientId === null) return errors(400, 'client_id is required');
		if (!/^\d+$/.test(clientId)) return errors(400, 'client_id must be an integer');
		const hits = [...this.records.values()].filter((c) => c.client_id === Number(clientId));
		return listReply(req, { root: 'contacts', element: 'contact' }, hits, ORDER_FIELDS, (c) => this.record(c));
	}

	private validate(fields: Record<string, unknown>): string[] {
		const problems: string[] = [];
		for (const key of Object.keys(fields)) if (!WRITABLE.includes(key)) problems.push(`Unknown field: ${key}`);
		if (fields.client_id !== undefined) {
			if (!/^\d+$/.test(String(fields.client_id))) problems.push('client_id must be an integer');
			else if (!this.sandbox.clients.has(Number(fields.client_id))) problems.push('Client not found');
		}
		if (fields.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(fields.email))) problems.push(`Invalid email address: ${String(fields.email)}`);
		if (fields.country_code !== undefined && !/^[A-Z]{2}$/.test(String(fields.country_code))) problems.push(`Invalid country_code: ${String(fields.country_code)}`);
		return problems;
	}

	private apply(contact: Contact, fields: Record<string, unknown>): void {
		for (const [key, value] of Object.entries(fields)) {
			(contact as unknown as Record<string, unknown>)[key] = key === 'client_id' ? Number(value) : String(value);
		}
	}

	private create(req: SandboxRequest): SandboxReply {
		const body = bodyElement(this.sandbox, req, 'contact');
		if ('reply' in body) return body.reply;
		const problems = this.validate(body.fields);
		if (body.fields.client_id === undefined) problems.unshift('client_id is required');
		if (problems.length) return errors(400, ...problems);
		const contact = this.blank(this.nextId++, Number(body.fields.client_id), DateTime.now().toISO({ suppressMilliseconds: true })!);
		this.apply(contact, body.fields);
		this.records.set(contact.id, contact);
		return { status: 201, body: { contact: this.record(contact) } };
	}

	private update(req: SandboxRequest, contact: Contact): SandboxReply {
		const body = bodyElement(this.sandbox, req, 'contact');
		if ('reply' in body) return body.reply;
		const problems = this.validate(body.fields);
		if (problems.length) return errors(400, ...problems);
		this.apply(contact, body.fields);
		return { body: { contact: this.record(contact) } };
	}
}
