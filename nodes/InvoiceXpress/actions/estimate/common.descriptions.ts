import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * The fields an estimate has beyond every document's (docs.invoicexpress.com/estimates/createestimate.md,
 * https://invoicexpress.com/api-v2/update-1/): `mb_reference` ("0" or "1") and
 * `auto_add_related_document` ("0" in the examples), both sent as the flags the pages show.
 */
export const estimateOwnFields: INodeProperties[] = [
	{
		displayName: 'Auto Add Related Document',
		name: 'autoAddRelatedDocument',
		type: 'boolean',
		default: false,
		description: 'Whether to send auto_add_related_document as "1" (the estimate pages show the flag with "0" and say no more)',
	},
	{
		displayName: 'MB Reference',
		name: 'mbReference',
		type: 'boolean',
		default: false,
		description: 'Whether to ask for a Multibanco payment reference on the estimate (mb_reference "1"; off: "0")',
	},
];

/** The estimate's own body keys of one item: each flag only when added to the collection. */
export function estimateOwnBody(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	if (fields.mbReference !== undefined) body.mb_reference = fields.mbReference ? '1' : '0';
	if (fields.autoAddRelatedDocument !== undefined) body.auto_add_related_document = fields.autoAddRelatedDocument ? '1' : '0';
	return body;
}
