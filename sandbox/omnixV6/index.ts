// Omnix V6 emulator, from the "RESTful APIs – V6 Invoices" page: GET {domain}/v6-api/rest/invoices
// ?fromDate=ddMMyyyy&toDate=ddMMyyyy with `Authorization: ApiKey <key>`, 400 with `violations`,
// the two documented 401 bodies, invoices as an array. `/v6-api-test/rest` serves the same data
// as a test environment, and `/ping` answers the credential test. The consignment and master data
// pages' routes are in consignments.ts and masterData.ts, the manifests page's in manifests.ts, the
// master data page's product CSV import in products.ts.
import { DateTime } from 'luxon';

import type { SandboxReply, SandboxRequest } from '../framework';
import { Sandbox } from '../framework';
import { registerConsignments } from './consignments';
import { registerManifests } from './manifests';
import { registerMasterData } from './masterData';
import { registerProducts } from './products';

export const OMNIX_DEMO_API_KEY = 'rGzwXXurMoOd9ooSrOZ4UO2izAXHfzVU';

export interface OmnixInvoice {
	[field: string]: unknown;
}

/** Demo data: the doc's two invoices plus a credit memo, a debit memo and recent documents. */
export function omnixSeed(today: DateTime = DateTime.now()): OmnixInvoice[] {
	const day = (d: DateTime, format: string) => d.toFormat(format);
	return [
		{
			businessName: 'OMNIX PTY LTD',
			invoiceDate: '2018-01-24',
			taxAmount: 0.91,
			fileType: 'I',
			customerCode: '001',
			address1: '80 JEPHSON STREET',
			lines: [{ amount: 10, price: 10, gstAmount: 0.91, quantity: 1, departmentCode: 'BRI', glCode: '23' }],
			postcode: '4006',
			invoiceNo: 'LT001',
			grossEntry: true,
			city: 'TOOWONG',
		},
		{
			businessName: 'OMNIX PTY LTD',
			invoiceDate: '2018-01-25',
			taxAmount: 1.82,
			fileType: 'I',
			customerCode: '001',
			address1: '80 JEPHSON STREET',
			lines: [{ amount: 20, price: 20, gstAmount: 1.82, quantity: 1, departmentCode: 'BRI', glCode: '23' }],
			postcode: '4006',
			invoiceNo: 'LT002',
			grossEntry: true,
			city: 'TOOWONG',
		},
		{
			// Appendix A's own date format, dd-MM-yyyy, and the optional fields.
			businessName: 'OMNIX PTY LTD',
			invoiceDate: '26-01-2018',
			dueDate: '25-02-2018',
			taxAmount: -0.91,
			fileType: 'C',
			customerCode: '001',
			address1: '80 JEPHSON STREET',
			creditReason: { creditReasonCode: 'DMG', description: 'Damaged in transit' },
			lines: [
				{ amount: -10, price: -10, gstAmount: -0.91, quantity: 1, departmentCode: 'BRI', glCode: '23' },
			],
			postcode: '4006',
			invoiceNo: 'LT003',
			grossEntry: true,
			city: 'TOOWONG',
		},
		{
			businessName: 'HARBOUR FREIGHT CO',
			invoiceDate: day(today.minus({ days: 2 }), 'yyyy-MM-dd'),
			dueDate: day(today.plus({ days: 28 }), 'dd-MM-yyyy'),
			taxAmount: 4.55,
			fileType: 'D',
			customerCode: '002',
			address1: '1 WHARF ROAD',
			lines: [
				{ amount: 30, price: 15, gstAmount: 2.73, quantity: 2, departmentCode: 'SYD', glCode: '41' },
				{ amount: 20, price: 20, gstAmount: 1.82, quantity: 1, departmentCode: 'SYD', glCode: '42' },
			],
			postcode: '2000',
			invoiceNo: 'HF100',
			grossEntry: false,
			city: 'SYDNEY',
		},
		{
			businessName: 'HARBOUR FREIGHT CO',
			invoiceDate: day(today, 'yyyy-MM-dd'),
			taxAmount: 9.1,
			fileType: 'I',
			customerCode: '002',
			address1: '1 WHARF ROAD',
			lines: [{ amount: 100, price: 100, gstAmount: 9.1, quantity: 1, departmentCode: 'SYD', glCode: '41' }],
			postcode: '2000',
			invoiceNo: 'HF101',
			grossEntry: true,
			city: 'SYDNEY',
		},
	];
}

const UNAUTHORISED_MISSING = {
	httpStatusCode: 401,
	msg: 'Unauthorised: Cannot find API key in the header or the API key is not correct. Make sure the API key is embedded in the request header, under Authorization property. E.x. Authorization: apikey provided-API-key',
};
const UNAUTHORISED_INVALID = { httpStatusCode: 401, msg: 'Invalid API Key' };

function parseQueryDate(value: string | null): DateTime | undefined {
	if (!value || !/^\d{8}$/.test(value)) return undefined;
	const dt = DateTime.fromFormat(value, 'ddMMyyyy');
	return dt.isValid ? dt : undefined;
}

function invoiceDay(invoice: OmnixInvoice): DateTime | undefined {
	const raw = String(invoice.invoiceDate ?? '');
	for (const format of ['yyyy-MM-dd', 'dd-MM-yyyy']) {
		const dt = DateTime.fromFormat(raw, format);
		if (dt.isValid) return dt;
	}
	return undefined;
}

export class OmnixSandbox extends Sandbox {
	invoices: OmnixInvoice[] = [];
	apiKeys = new Set([OMNIX_DEMO_API_KEY]);
	/**
	 * "fromDate data has to be before toDate": read strictly, a range of one day (fromDate equal
	 * to toDate) is refused too. Off by default (equal dates accepted); reset with the demo data.
	 */
	strictRange = false;
	/** The API paths served: production and a test environment, with the same data. */
	readonly prefixes = ['/v6-api/rest', '/v6-api-test/rest'] as const;
	private readonly resetHooks: Array<() => void> = [];

	constructor() {
		super('Omnix V6');
		for (const prefix of this.prefixes) {
			this.route('GET', `${prefix}/ping`, (req) => this.authorised(req) ?? { body: { status: 'ok' } });
			this.route('GET', `${prefix}/invoices`, (req) => this.authorised(req) ?? this.list(req));
		}
		// The other pages' routes, one file each.
		registerConsignments(this);
		registerMasterData(this);
		registerManifests(this);
		registerProducts(this);
		this.seed();
	}

	protected seed(): void {
		this.invoices = omnixSeed();
		this.strictRange = false;
		for (const hook of this.resetHooks ?? []) hook();
	}

	/** Run `hook` at every reset (demo data back to its seed): how the other files restore their state. */
	onReset(hook: () => void): void {
		this.resetHooks.push(hook);
	}

	/**
	 * Adds a document as a carrier's V6 posts it: dated the carrier's today in `zone` (Omnix V6 is
	 * used by carriers in Australia) or, posted late, `daysLate` days before, in the doc's example
	 * format (yyyy-MM-dd) or its appendix's (dd-MM-yyyy). Returns the document added.
	 */
	post(
		invoice: OmnixInvoice,
		options: { zone?: string; daysLate?: number; format?: 'yyyy-MM-dd' | 'dd-MM-yyyy' } = {},
	): OmnixInvoice {
		const day = DateTime.now()
			.setZone(options.zone ?? 'Australia/Sydney')
			.minus({ days: options.daysLate ?? 0 });
		const posted = { fileType: 'I', lines: [], ...invoice, invoiceDate: day.toFormat(options.format ?? 'yyyy-MM-dd') };
		this.invoices.push(posted);
		return posted;
	}

	/** The two documented 401 replies, or undefined for a known `Authorization: ApiKey <key>`. */
	authorised(req: SandboxRequest): SandboxReply | undefined {
		const header = req.headers.authorization;
		const match = typeof header === 'string' ? /^apikey\s+(\S+)$/i.exec(header.trim()) : null;
		if (!match) return { status: 401, body: UNAUTHORISED_MISSING };
		if (!this.apiKeys.has(match[1])) return { status: 401, body: UNAUTHORISED_INVALID };
		return undefined;
	}

	private list(req: SandboxRequest): SandboxReply {
		const violations: string[] = [];
		const known = new Set(['fromDate', 'toDate']);
		for (const name of req.query.keys()) {
			if (!known.has(name)) violations.push(`${name} - unrecognized field - remove it`);
		}
		const rawFrom = req.query.get('fromDate');
		const rawTo = req.query.get('toDate');
		const from = parseQueryDate(rawFrom);
		const to = parseQueryDate(rawTo);
		if (!rawFrom) violations.push('fromDate - required field - must exist and must not be empty');
		else if (!from) violations.push('fromDate - invalid format - must be ddMMyyyy');
		if (!rawTo) violations.push('toDate - required field - must exist and must not be empty');
		else if (!to) violations.push('toDate - invalid format - must be ddMMyyyy');
		if (from && to && (from > to || (this.strictRange && +from === +to))) {
			violations.push('fromDate, toDate - invalid date range - fromDate data has to be before toDate');
		}
		if (violations.length) {
			return { status: 400, body: { violations, httpStatusCode: 400, msg: 'Bad Request' } };
		}
		const hits = this.invoices.filter((invoice) => {
			const day = invoiceDay(invoice);
			return day !== undefined && day >= from! && day <= to!;
		});
		return { body: hits };
	}
}
