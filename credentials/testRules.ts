import type { IAuthenticateRuleResponseCode } from 'n8n-workflow';

/**
 * What n8n's credential test shows for a failed test request, by HTTP status. n8n's tester (the
 * editor runs it when a credential is saved or opened, and on "Retry") shows the message of the
 * rule whose `value` is the status of a failed reply; without one it shows only the status text
 * ("Unauthorized"). A network failure (host not found, connection refused) is shown as its code
 * (ENOTFOUND, ECONNREFUSED): rules cannot change that.
 */
export function statusRules(messages: Record<number, string>): IAuthenticateRuleResponseCode[] {
	return Object.entries(messages).map(([status, message]) => ({
		type: 'responseCode',
		properties: { value: Number(status), message },
	}));
}

/** The 429 sentence, the same for every provider whose test request can meet a rate limit. */
export function rateLimitMessage(provider: string): string {
	return `${provider} is limiting requests (HTTP 429 Too Many Requests), so the credential could not be checked. Test it again in a minute.`;
}
