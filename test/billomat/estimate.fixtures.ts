// The demo estimate, confirmation and delivery note as the node outputs them (normalised), and the
// three families side by side for the tests that are the same for each
// (https://www.billomat.com/en/api/estimates/, …/confirmations/, …/delivery-notes/).
const ADDRESS_476 = 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland';
const CONSULTING_TOTALS = {
	total_gross: 107.1,
	total_net: 90,
	net_gross: 'NET',
	reduction: null,
	total_gross_unreduced: 107.1,
	total_net_unreduced: 90,
	currency_code: 'EUR',
	quote: 1,
};
const CONSULTING_TAXES = [{ name: 'MwSt', rate: 19, amount: 17.1 }];

export const ESTIMATE_21 = {
	id: 21,
	client_id: 476,
	contact_id: null,
	created: '2009-09-20T09:00:00+01:00',
	offer_number: 'AN1',
	number: 1,
	number_pre: 'AN',
	number_length: 0,
	status: 'WON',
	date: '2009-09-20',
	address: ADDRESS_476,
	title: null,
	label: 'project 123',
	intro: 'We are pleased to offer you the following items:',
	note: 'We are looking forward to your answer.',
	...CONSULTING_TOTALS,
	taxes: CONSULTING_TAXES,
	customerportal_url: 'https://sandbox.billomat.net/customerportal/offers/show/entityId/21?hash=2899b',
	template_id: null,
	validity_date: '2009-10-04',
};

export const CONFIRMATION_7 = {
	id: 7,
	client_id: 476,
	contact_id: null,
	created: '2009-10-01T09:00:00+01:00',
	confirmation_number: 'AB1',
	number: 1,
	number_pre: 'AB',
	number_length: 0,
	status: 'COMPLETED',
	date: '2009-10-01',
	address: ADDRESS_476,
	title: null,
	label: 'project 123',
	intro: 'Thank you for your order. We confirm:',
	note: 'Best regards',
	...CONSULTING_TOTALS,
	offer_id: 21,
	taxes: CONSULTING_TAXES,
	customerportal_url: 'https://sandbox.billomat.net/customerportal/confirmations/show/entityId/7?hash=d889',
	template_id: null,
};

export const DELIVERY_NOTE_51 = {
	id: 51,
	client_id: 476,
	contact_id: null,
	created: '2009-10-13T09:00:00+01:00',
	delivery_note_number: 'LS1',
	number: 1,
	number_pre: 'LS',
	number_length: 0,
	status: 'CREATED',
	date: '2009-10-13',
	address: ADDRESS_476,
	title: null,
	label: 'project 123',
	intro: 'We deliver:',
	note: 'Thank you!',
	invoice_id: 1,
	offer_id: 21,
	confirmation_id: 7,
	customerportal_url: 'https://sandbox.billomat.net/customerportal/delivery-notes/show/entityId/51?hash=6299d',
	template_id: null,
};

/** One family as the table-driven tests see it. */
export interface FamilyCase {
	/** The node's resource and its ID parameter. */
	resource: string;
	idParameter: string;
	/** The path under /api, the record key and the sandbox book (`offers`). */
	path: string;
	root: string;
	book: string;
	noun: string;
	numberField: string;
	/** A completed demo document (with its node output) and a draft one. */
	completed: Record<string, unknown> & { id: number };
	draft: number;
	/** The fields Simplify keeps. */
	simple: string[];
	/** What complete leads to, and the number the draft then gets. */
	completeStatus: string;
	nextNumber: string;
	/** The demo documents' IDs in ID order, and a status filter that keeps only the completed one. */
	ids: number[];
	completedStatus: string;
	/** New drafts: their number prefix, whether the record has totals, the documents it names. */
	numberPre: string;
	priced: boolean;
	relations: string[];
	firstId: number;
	pdfIdField: string;
}

export const FAMILIES: FamilyCase[] = [
	{
		resource: 'estimate',
		idParameter: 'estimateId',
		path: 'offers',
		root: 'offer',
		book: 'offers',
		noun: 'Estimate',
		numberField: 'offer_number',
		completed: ESTIMATE_21,
		draft: 22,
		simple: ['id', 'client_id', 'offer_number', 'status', 'date', 'validity_date', 'label', 'total_net', 'total_gross', 'currency_code'],
		completeStatus: 'OPEN',
		nextNumber: 'AN4',
		ids: [21, 22, 23, 24],
		completedStatus: 'WON',
		numberPre: 'AN',
		priced: true,
		relations: [],
		firstId: 6000,
		pdfIdField: 'offer_id',
	},
	{
		resource: 'confirmation',
		idParameter: 'confirmationId',
		path: 'confirmations',
		root: 'confirmation',
		book: 'confirmations',
		noun: 'Confirmation',
		numberField: 'confirmation_number',
		completed: CONFIRMATION_7,
		draft: 42,
		simple: ['id', 'client_id', 'confirmation_number', 'status', 'date', 'label', 'total_net', 'total_gross', 'currency_code', 'offer_id'],
		completeStatus: 'COMPLETED',
		nextNumber: 'AB3',
		ids: [7, 42, 43],
		completedStatus: 'COMPLETED',
		numberPre: 'AB',
		priced: true,
		relations: ['offer_id'],
		firstId: 7000,
		pdfIdField: 'confirmation_id',
	},
	{
		resource: 'deliveryNote',
		idParameter: 'deliveryNoteId',
		path: 'delivery-notes',
		root: 'delivery-note',
		book: 'delivery-notes',
		noun: 'Delivery note',
		numberField: 'delivery_note_number',
		completed: DELIVERY_NOTE_51,
		draft: 52,
		simple: ['id', 'client_id', 'delivery_note_number', 'status', 'date', 'label', 'offer_id', 'confirmation_id', 'invoice_id'],
		completeStatus: 'CREATED',
		nextNumber: 'LS2',
		ids: [51, 52],
		completedStatus: 'CREATED',
		numberPre: 'LS',
		priced: false,
		relations: ['invoice_id', 'offer_id', 'confirmation_id'],
		firstId: 8000,
		pdfIdField: 'delivery_note_id',
	},
];

/** A record locator value "By ID". */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** The fields Simplify keeps, in the record's values. */
export const pick = (record: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, record[k]]));

/** A new draft of the family as Billomat returns it: no number, no texts, totals 0 (where the record has totals). */
export function draftRecord(family: FamilyCase, id: number, client: { id: number; address: string }, created: string, date: string) {
	return {
		id,
		client_id: client.id,
		contact_id: null,
		created,
		[family.numberField]: null,
		number: null,
		number_pre: family.numberPre,
		number_length: 0,
		status: 'DRAFT',
		date,
		address: client.address,
		title: null,
		label: null,
		intro: null,
		note: null,
		...(family.priced
			? { total_gross: 0, total_net: 0, net_gross: 'NET', reduction: null, total_gross_unreduced: 0, total_net_unreduced: 0, currency_code: 'EUR', quote: 1, taxes: [] }
			: {}),
		...Object.fromEntries(family.relations.map((field) => [field, null])),
		customerportal_url: `https://sandbox.billomat.net/customerportal/${family.path}/show/entityId/${id}?hash=${(id * 7919).toString(16)}`,
		template_id: null,
	};
}
