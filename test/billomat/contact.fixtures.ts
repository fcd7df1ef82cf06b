// What the contact tests expect of the sandbox's demo contacts (sandbox/billomat/contacts.ts).

/** Demo contact 12 (of client 477, Example Ltd), as Billomat's contact record holds it, normalised. */
export const CONTACT_12 = {
	id: 12,
	created: '2023-02-01T09:30:00+01:00',
	client_id: 477,
	label: 'Accounts',
	name: 'Example Ltd',
	street: '1 High Street',
	zip: 'EC1A 1AA',
	city: 'London',
	state: null,
	country_code: 'GB',
	first_name: 'Jane',
	last_name: 'Smith',
	salutation: 'Ms',
	phone: '+44 20 7946 0000',
	fax: null,
	mobile: null,
	email: 'accounts@example.co.uk',
	www: 'www.example.co.uk',
};

/** Its main fields, as Simplify gives them. */
export const CONTACT_12_SIMPLE = {
	id: 12,
	client_id: 477,
	label: 'Accounts',
	name: 'Example Ltd',
	salutation: 'Ms',
	first_name: 'Jane',
	last_name: 'Smith',
	email: 'accounts@example.co.uk',
	phone: '+44 20 7946 0000',
	country_code: 'GB',
};
