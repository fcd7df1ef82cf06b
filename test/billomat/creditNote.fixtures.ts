// The demo credit notes as the node outputs them (normalised: numbers, nulls, taxes as a list).
export const CREDIT_NOTE_31 = {
	id: 31,
	client_id: 476,
	contact_id: null,
	created: '2024-03-15T09:00:00+01:00',
	credit_note_number: 'GS1',
	number: 1,
	number_pre: 'GS',
	number_length: 0,
	status: 'OPEN',
	date: '2024-03-15',
	address: 'Musterfirma GmbH\nHauptstraße 1\n57562 Herdorf\nDeutschland',
	title: null,
	label: 'Hosting 2024: three months refunded',
	intro: 'For the hosting months not used we credit you:',
	note: null,
	total_gross: 71.4,
	total_net: 60,
	net_gross: 'NET',
	reduction: null,
	total_gross_unreduced: 71.4,
	total_net_unreduced: 60,
	currency_code: 'EUR',
	quote: 1,
	invoice_id: 3,
	taxes: [{ name: 'MwSt', rate: 19, amount: 11.4 }],
	customerportal_url: 'https://sandbox.billomat.net/customerportal/credit-notes/show/entityId/31?hash=3bef1',
	template_id: null,
};

/** Simplify's fields of a credit note. */
export function simplified(record: Record<string, unknown>) {
	const keys = ['id', 'client_id', 'credit_note_number', 'status', 'date', 'label', 'total_net', 'total_gross', 'currency_code', 'invoice_id'];
	return Object.fromEntries(keys.map((k) => [k, record[k]]));
}

/** Run the Billomat node with resource Credit Note. */
export const creditNote = (operation: string, parameters: Record<string, unknown> = {}) => ({ resource: 'creditNote', operation, ...parameters });
