// InvoiceXpress SAF-T export, from https://developers.invoicexpress.com/docs/versions/2.0.0/resources/saf-t
// and https://2023.invoicexpress.com/api-v2/export-saft/: GET /api/export_saft.json for a month
// and year answers 202 while the file is generated ("keep requesting until you get a response with
// HTTP status code 200, and the url to download the file in the message body"), then 200 with the
// link, served here on /saft-files/ as a small SAF-T PT XML file of the month's demo documents.
//
// Readings (switches below): the year parameter is `year` (the page's text, "month and year") or
// `years` (its example request); the link comes as `{"url": …}` or `{"output": {"url": …}}` (the
// PDF reply's shape).
import type { SandboxReply } from '../framework';
import type { InvoiceXpressSandbox } from './index';
import { PDF_PENDING_POLLS } from './index';
import { afterReset, errors, guarded } from './catalogue';

export interface SaftReadings {
	yearParameter: 'year' | 'years';
	reply: 'url' | 'output';
}

export interface SaftState {
	readings: SaftReadings;
	/** Polls so far per month (`2024-01`). */
	polls: Map<string, number>;
}

const states = new WeakMap<InvoiceXpressSandbox, SaftState>();

/** The export's readings and polls (tests change the readings; reset() restores them). */
export function saftOf(sandbox: InvoiceXpressSandbox): SaftState {
	return states.get(sandbox)!;
}

function saftXml(sandbox: InvoiceXpressSandbox, year: number, month: number): string {
	const docs = [...sandbox.documents.values()].filter((d) => d.status !== 'draft' && d.status !== 'deleted' && d.date.endsWith(`/${String(month).padStart(2, '0')}/${year}`));
	const invoices = docs.map((d) => `<Invoice><InvoiceNo>${d.type} ${d.sequence_number}</InvoiceNo><InvoiceDate>${d.date.split('/').reverse().join('-')}</InvoiceDate></Invoice>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?><AuditFile xmlns="urn:OECD:StandardAuditFile-Tax:PT_1.04_01"><Header><FiscalYear>${year}</FiscalYear><StartDate>${year}-${String(month).padStart(2, '0')}-01</StartDate></Header><SourceDocuments><SalesInvoices><NumberOfEntries>${docs.length}</NumberOfEntries>${invoices}</SalesInvoices></SourceDocuments></AuditFile>`;
}

export function registerSaft(sandbox: InvoiceXpressSandbox): void {
	const state: SaftState = { readings: { yearParameter: 'years', reply: 'url' }, polls: new Map() };
	states.set(sandbox, state);
	afterReset(sandbox, () => {
		state.readings = { yearParameter: 'years', reply: 'url' };
		state.polls = new Map();
	});

	sandbox.route('GET', '/api/export_saft.json', guarded(sandbox, (req): SandboxReply => {
		const month = Number(req.query.get('month'));
		const year = Number(req.query.get(state.readings.yearParameter));
		const problems: string[] = [];
		if (!Number.isInteger(month) || month < 1 || month > 12) problems.push('Month must be a number between 1 and 12');
		if (!Number.isInteger(year) || year < 2000) problems.push('Year is invalid');
		if (problems.length) return errors(422, problems);
		const key = `${year}-${String(month).padStart(2, '0')}`;
		const polls = (state.polls.get(key) ?? 0) + 1;
		state.polls.set(key, polls);
		if (polls <= PDF_PENDING_POLLS) return { status: 202 };
		const url = `http://${String(req.headers.host ?? '127.0.0.1')}/saft-files/saft-${key}.xml?signature=sbx${key}`;
		return { status: 200, body: state.readings.reply === 'url' ? { url } : { output: { url } } };
	}));
	sandbox.route('GET', '/saft-files/:file', (req) => {
		const m = /^saft-(\d{4})-(\d{2})\.xml$/.exec(req.params.file);
		if (!m || req.query.get('signature') !== `sbx${m[1]}-${m[2]}`) return { status: 403, body: 'AccessDenied' };
		return { status: 200, headers: { 'Content-Type': 'application/xml' }, body: saftXml(sandbox, Number(m[1]), Number(m[2])) };
	});
}
