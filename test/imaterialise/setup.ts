// Shared set-up of the i.materialise tests: the sandbox, credentials, the workflow around the
// node, and reading back the multipart parts the sandbox received.
import type { RecordedRequest } from '../../sandbox/framework';
import { IMATERIALISE_DEMO_API_CODE, IMaterialiseSandbox } from '../../sandbox/imaterialise';
import { parseMultipart } from '../../sandbox/imaterialise/multipart';
import { subjectWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';
import type { FixtureItem } from '../harness/testNodes';
import type { IDataObject } from 'n8n-workflow';

export function imaterialiseSandbox() {
	return useSandbox(() => new IMaterialiseSandbox());
}

export function credentialsFor(url: string, overrides: Record<string, string> = {}) {
	return {
		iMaterialiseApi: { apiCode: IMATERIALISE_DEMO_API_CODE, environment: 'custom', baseUrl: url, ...overrides },
	};
}

export function uploadWorkflow(
	resource: 'invoice' | 'deliveryNote',
	parameters: Record<string, unknown>,
	input?: FixtureItem[],
	continueOnFail = false,
) {
	return subjectWorkflow(
		{
			type: 'iMaterialise',
			parameters: { resource, operation: 'addOrUpdate', ...parameters } as never,
			credentials: ['iMaterialiseApi'],
			continueOnFail,
		},
		input,
	);
}

export function fileItem(bytes: Buffer, fileName: string, mimeType: string, json: IDataObject = {}, property = 'data'): FixtureItem {
	return { json, binary: { [property]: { base64: bytes.toString('base64'), fileName, mimeType } } };
}

/** The parts of a recorded multipart request, as the sandbox's strict parser reads them. */
export function partsOf(request: RecordedRequest) {
	return parseMultipart(request.body, request.headers['content-type']).map((part) => ({
		name: part.name,
		fileName: part.fileName,
		contentType: part.contentType,
		data: part.data,
	}));
}

/** The API requests (the sandbox's own file server requests excluded). */
export function apiRequests(server: IMaterialiseSandbox): RecordedRequest[] {
	return server.received('POST', '/web-api/');
}

export const PDF = Buffer.from('%PDF-1.4\n% test invoice \u00e9\u00ff\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
