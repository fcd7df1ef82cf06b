import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The units of measure an item (and a document line) may have. The API pages name none as a list:
 * their examples use `unit` and `service`, and a unit outside the account's list is refused with
 * "Unit kg is not included in the list of accepted units" (422). The dropdown offers the units the
 * rest of this node (and its sandbox) accepts; an account's own unit can still be given as an
 * expression, and InvoiceXpress then decides.
 */
export const UNITS: INodePropertyOptions[] = [
	{ name: 'Day', value: 'day' },
	{ name: 'Hour', value: 'hour' },
	{ name: 'Month', value: 'month' },
	{ name: 'Other', value: 'other' },
	{ name: 'Service', value: 'service' },
	{ name: 'Unit', value: 'unit' },
];

export const UNIT_VALUES = UNITS.map((u) => String(u.value));
