import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { sleep, updateDisplayOptions } from 'n8n-workflow';

import { binaryItem, safeFileName } from '../../../shared/binary';
import { optionsCollection, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput } from '../../../shared/input';
import type { ProviderResponse, ReplyShape } from '../../../shared/provider';
import { isJsonObject, providerErrorFor, providerRequest } from '../../../shared/provider';
import { isSuccess } from '../../../shared/http';
import { apiRequest, PROVIDER } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Month',
		name: 'month',
		type: 'options',
		options: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
			(name, n) => ({ name, value: n + 1 }),
		),
		default: 1,
		description: 'The month the SAF-T file covers',
	},
	{
		displayName: 'Year',
		name: 'year',
		type: 'number',
		typeOptions: { minValue: 2000, maxValue: 2999 },
		default: 2024,
		required: true,
		description: 'The year of that month, e.g. 2024',
	},
	{
		displayName: 'Download File',
		name: 'download',
		type: 'boolean',
		default: true,
		description: 'Whether to download the file into a binary field; off, the item holds its link only',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show: { download: [true] } },
		hint: 'The name of the output binary field to put the file in',
	},
	optionsCollection([
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 30 },
			default: 10,
			description: 'How many times to ask while InvoiceXpress is still generating the file (202)',
		},
		{
			displayName: 'Wait Between Attempts (Seconds)',
			name: 'pollInterval',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 60, numberPrecision: 2 },
			default: 2,
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['saft'], operation: ['export'] } }, properties);

/**
 * The link of a 200 reply. The page says only "the url to download the file in the message body":
 * `{"url": …}` and `{"output": {"url": …}}` (the PDF reply's shape) are both read, and so is any
 * other single http(s) link in the body or under its one root.
 */
export function fileUrlOf(body: unknown): string | undefined {
	const scopes = [body, ...(isJsonObject(body) ? Object.values(body).filter(isJsonObject) : [])];
	for (const scope of scopes) {
		if (!isJsonObject(scope)) continue;
		const links = Object.values(scope).filter((v): v is string => typeof v === 'string' && /^https?:\/\//i.test(v));
		if (typeof scope.url === 'string' && scope.url !== '') return scope.url;
		if (links.length === 1) return links[0];
	}
	return undefined;
}

/** 202 with an empty body while the file is made, then 200 with its link. */
const SAFT_LINK: ReplyShape = {
	expected: 'the SAF-T file link ({"url": "…"}) or an empty reply while it is made',
	matches: (body) => body === undefined || body === '' || fileUrlOf(body) !== undefined,
};

const MIME: Record<string, string> = { xml: 'application/xml', zip: 'application/zip' };

/**
 * GET /api/export_saft.json?month=&year= (https://developers.invoicexpress.com/docs/versions/2.0.0/resources/saf-t):
 * 202 while the file is generated, asked again after a pause a bounded number of times, then 200
 * with the link; the file is fetched without the credential (a link on a file host). The page's
 * text says "month and year" and its example sends `years=`: both spellings are sent.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const month = numberInput(node, itemIndex, 'Month', this.getNodeParameter('month', itemIndex), { min: 1, max: 12, integer: true })!;
	const year = numberInput(node, itemIndex, 'Year', this.getNodeParameter('year', itemIndex), { min: 2000, max: 2999, integer: true });
	if (year === undefined) throw inputError(node, itemIndex, '"Year" is empty', 'Give the year of the month to export, e.g. 2024.');
	const options = this.getNodeParameter('options', itemIndex, {}) as { maxAttempts?: number; pollInterval?: number };
	const maxAttempts = Math.max(1, Math.min(30, Math.floor(options.maxAttempts ?? 10)));
	const intervalMs = Math.max(0, Math.min(60, options.pollInterval ?? 2)) * 1000;
	const timeout = timeoutOf(this, itemIndex);
	let url: string | undefined;
	for (let attempt = 1; attempt <= maxAttempts && !url; attempt++) {
		if (attempt > 1) await sleep(intervalMs);
		const reply = (await apiRequest.call(this, {
			method: 'GET',
			path: '/api/export_saft',
			qs: { month, year, years: year },
			shape: SAFT_LINK,
			itemIndex,
			timeout,
			returnFullResponse: true,
		})) as ProviderResponse;
		if (reply.statusCode !== 202) url = fileUrlOf(reply.body);
	}
	if (!url) {
		throw providerErrorFor.call(
			this,
			{
				provider: PROVIDER,
				message: `The SAF-T file of ${year}-${String(month).padStart(2, '0')} was not ready after ${maxAttempts} attempt(s)`,
				hint: 'InvoiceXpress is still generating it: raise "Max Attempts" or "Wait Between Attempts", or run the node again later.',
			},
			itemIndex,
		);
	}
	const json: IDataObject = { month, year, url };
	if (!this.getNodeParameter('download', itemIndex, true)) return [{ json }];
	const file = (await providerRequest.call(this, { method: 'GET', path: url, itemIndex, timeout }, {
		provider: PROVIDER,
		url,
		reply: 'bytes',
		failure: (response) =>
			isSuccess(response)
				? undefined
				: { provider: PROVIDER, httpCode: response.statusCode, message: `Downloading the SAF-T file failed with HTTP ${response.statusCode}`, hint: 'The link may have expired: run the node again.' },
	})) as Buffer;
	const name = /\/([^/?#]+)(?:[?#]|$)/.exec(url)?.[1];
	const fileName = safeFileName(name, `saft-${year}-${String(month).padStart(2, '0')}.xml`);
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	return [await binaryItem.call(this, { ...json, fileName }, propertyName, file, fileName, MIME[extension] ?? 'application/octet-stream')];
}
