// Start a provider sandbox on an ephemeral loopback port for one test file; fresh demo data,
// an empty request log and no faults before every test.
import type { Sandbox } from '../../sandbox/framework';

export function useSandbox<T extends Sandbox>(create: () => T): { readonly server: T; readonly url: string } {
	const state = {} as { server: T; url: string };
	beforeAll(async () => {
		state.server = create();
		state.url = await state.server.listen(0, '127.0.0.1');
	});
	beforeEach(() => state.server.reset());
	afterAll(async () => {
		await state.server.close();
	});
	return {
		get server() {
			return state.server;
		},
		get url() {
			return state.url;
		},
	};
}

/** Everything n8n produced, as text: for asserting that a secret appears nowhere in it. */
export function everything(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v instanceof Error) {
			return { ...v, message: v.message, stack: v.stack, description: (v as { description?: unknown }).description };
		}
		return v;
	});
}

/**
 * Bad input refused before any request: the item fails with exactly this message and description,
 * on item 0, and the sandbox received nothing at all.
 */
export function expectRefusedBeforeAnyRequest(
	result: { error(): (Error & { description?: string; context?: Record<string, unknown> }) | undefined },
	server: Sandbox,
	message: string,
	description: string,
): void {
	const error = result.error();
	expect(error?.message).toBe(message);
	expect(error?.description).toBe(description);
	expect(error?.context?.itemIndex).toBe(0);
	expect(server.received()).toEqual([]);
}
