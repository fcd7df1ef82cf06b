// Every provider sandbox: how to make it, the loopback port `npm run sandbox` gives it, and the
// demo credential that works against it (as n8n credential data).
import type { Sandbox } from './framework';
import { BILLOMAT_DEMO_API_KEY, BillomatSandbox } from './billomat';
import { IMATERIALISE_DEMO_API_CODE, IMaterialiseSandbox } from './imaterialise';
import { INVOICEXPRESS_DEMO_ACCOUNT, INVOICEXPRESS_DEMO_API_KEY, InvoiceXpressSandbox } from './invoicexpress';
import { OMNIX_DEMO_API_KEY, OmnixSandbox } from './omnixV6';
import { SHOPWAVE_DEMO_TOKEN, ShopwaveSandbox } from './shopwave';

export interface SandboxEntry {
	key: string;
	create(): Sandbox;
	port: number;
	credential: {
		type: string;
		name: string;
		data(baseUrl: string): Record<string, unknown>;
	};
}

export const SANDBOXES: SandboxEntry[] = [
	{
		key: 'omnixV6',
		create: () => new OmnixSandbox(),
		port: 5701,
		credential: {
			type: 'omnixV6Api',
			name: 'Omnix V6 (sandbox)',
			data: (baseUrl) => ({ domain: baseUrl, apiPath: '/v6-api/rest', apiKey: OMNIX_DEMO_API_KEY }),
		},
	},
	{
		key: 'billomat',
		create: () => new BillomatSandbox(),
		port: 5702,
		credential: {
			type: 'billomatApi',
			name: 'Billomat (sandbox)',
			data: (baseUrl) => ({ billomatId: 'sandbox', baseUrl: `${baseUrl}/api`, apiKey: BILLOMAT_DEMO_API_KEY }),
		},
	},
	{
		key: 'shopwave',
		create: () => new ShopwaveSandbox(),
		port: 5705,
		credential: {
			type: 'shopwaveApi',
			name: 'Shopwave (sandbox)',
			data: (baseUrl) => ({ environment: 'custom', baseUrl, accessToken: SHOPWAVE_DEMO_TOKEN }),
		},
	},
	{
		key: 'imaterialise',
		create: () => new IMaterialiseSandbox(),
		port: 5704,
		credential: {
			type: 'iMaterialiseApi',
			name: 'i.materialise (sandbox)',
			data: (baseUrl) => ({ apiCode: IMATERIALISE_DEMO_API_CODE, environment: 'custom', baseUrl }),
		},
	},
	{
		key: 'invoicexpress',
		create: () => new InvoiceXpressSandbox(),
		port: 5703,
		credential: {
			type: 'invoiceXpressApi',
			name: 'InvoiceXpress (sandbox)',
			data: (baseUrl) => ({
				accountName: INVOICEXPRESS_DEMO_ACCOUNT,
				apiKey: INVOICEXPRESS_DEMO_API_KEY,
				flavour: 'current',
				baseUrl,
			}),
		},
	},
];
