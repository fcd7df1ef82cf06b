import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { GuideInput } from '../../values/guides';
import { guideBody } from '../../values/guides';
import { COUNTRIES } from '../../values/clients';

/**
 * The fields a guide has beyond every document's (…/guides/create, docs.invoicexpress.com/guides/updateguide):
 * the loading date-time, the load and delivery addresses (each part required), the vehicle's
 * license plate, and the load and delivery sites as free text.
 */

export const loadedAtField: INodeProperties = {
	displayName: 'Loaded At',
	name: 'loadedAt',
	type: 'dateTime',
	default: '',
	description:
		'When the goods are loaded (start of transport). A date picker value, an ISO date-time or dd/mm/yyyy HH:mm:ss; sent as dd/mm/yyyy HH:mm:ss, the time as written.',
};

const addressParts = (prefix: 'load' | 'delivery', place: string): INodeProperties[] => [
	{ displayName: `${place} Address`, name: `${prefix}Address`, type: 'string', default: '', description: `Street and number where the goods are ${prefix === 'load' ? 'loaded' : 'delivered'} (address_${prefix === 'load' ? 'from' : 'to'}.detail)` },
	{ displayName: `${place} City`, name: `${prefix}City`, type: 'string', default: '' },
	{ displayName: `${place} Postal Code`, name: `${prefix}PostalCode`, type: 'string', default: '', placeholder: 'e.g. 1000-555' },
	{ displayName: `${place} Country`, name: `${prefix}Country`, type: 'options', options: COUNTRIES, default: 'Portugal', description: 'One of the countries InvoiceXpress accepts' },
];

/** address_from (load) and address_to (delivery), four parts each. */
export const loadAddressFields = addressParts('load', 'Load');
export const deliveryAddressFields = addressParts('delivery', 'Delivery');

/** The guide's optional fields, on Create (Additional Fields) and Update (Update Fields). */
export const guideOptionalFields: INodeProperties[] = [
	{ displayName: 'Delivery Site', name: 'deliverySite', type: 'string', default: '', description: 'Where the goods are delivered, as free text (delivery_site), e.g. Madrid, Spain' },
	{ displayName: 'License Plate', name: 'licensePlate', type: 'string', default: '', placeholder: 'e.g. 11-AA-22', description: 'License plate of the vehicle carrying the goods' },
	{ displayName: 'Load Site', name: 'loadSite', type: 'string', default: '', description: 'Where the goods are loaded, as free text (load_site), e.g. Lisbon, Portugal' },
];

/** The guide fields Create shows above Additional Fields, each required (the guide pages mark them so). */
export const guideRequiredFields: INodeProperties[] = [loadedAtField, ...loadAddressFields, ...deliveryAddressFields].map((field) => ({
	...field,
	required: true,
}));

/** What Update Fields adds for a guide: every guide field, each sent only when given. */
export const guideUpdateFields: INodeProperties[] = [loadedAtField, ...loadAddressFields, ...deliveryAddressFields, ...guideOptionalFields];

/** One item's guide fields, from the top-level Create fields or from a collection (Update Fields). */
export function guideInputOf(read: (name: string) => unknown): GuideInput {
	const address = (prefix: string) => ({
		detail: read(`${prefix}Address`),
		city: read(`${prefix}City`),
		postalCode: read(`${prefix}PostalCode`),
		country: read(`${prefix}Country`),
	});
	return {
		loadedAt: read('loadedAt'),
		licensePlate: read('licensePlate'),
		addressFrom: address('load'),
		addressTo: address('delivery'),
		loadSite: read('loadSite'),
		deliverySite: read('deliverySite'),
	};
}

/**
 * The guide's own body keys of one item: on Create the required fields at the top and the optional
 * ones from Additional Fields; on Update everything from Update Fields, sent only when given.
 */
export function guideOwnBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject, creating: boolean): IDataObject {
	const read = (name: string) =>
		creating && !guideOptionalFields.some((field) => field.name === name) ? this.getNodeParameter(name, itemIndex, '') : fields[name];
	return guideBody(this.getNode(), itemIndex, guideInputOf(read), creating);
}
