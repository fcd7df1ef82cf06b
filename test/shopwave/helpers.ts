import type { ShopwaveSandboxOptions } from '../../sandbox/shopwave';
import { SHOPWAVE_DEMO_TOKEN, ShopwaveSandbox } from '../../sandbox/shopwave';
import type { FixtureItem } from '../harness/testNodes';
import { subjectWorkflow } from '../harness/engine';
import { useSandbox } from '../harness/sandbox';

export function shopwaveSandbox(options: ShopwaveSandboxOptions = {}) {
	return useSandbox(() => new ShopwaveSandbox(options));
}

export function tokenCredentials(url: string, accessToken = SHOPWAVE_DEMO_TOKEN) {
	return { shopwaveApi: { environment: 'custom', baseUrl: url, accessToken } };
}

export function shopwave(
	operation: string,
	parameters: Record<string, unknown>,
	input?: FixtureItem[],
	options: { continueOnFail?: boolean; oAuth2?: boolean; typeVersion?: number } = {},
) {
	return subjectWorkflow(
		{
			type: 'shopwave',
			// The version the editor gives a new node; 1 for a workflow saved before 1.1.
			typeVersion: options.typeVersion ?? 1.1,
			parameters: {
				authentication: options.oAuth2 ? 'oAuth2' : 'accessToken',
				resource: 'invoice',
				operation,
				...parameters,
			} as never,
			credentials: [options.oAuth2 ? 'shopwaveOAuth2Api' : 'shopwaveApi'],
			continueOnFail: options.continueOnFail,
		},
		input,
	);
}

/** The JSON body of a recorded request. */
export function jsonBody(request: { body: Buffer }): unknown {
	return JSON.parse(request.body.toString('utf8'));
}
