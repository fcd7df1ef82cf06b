import { sequenceAction } from './common.descriptions';

/**
 * PUT /sequences/:sequence-id/register.json (no body): communicates the sequence to the Tax
 * Authority (AT). The reply is the sequence or an empty 200. Never sent twice blindly: the request
 * reaches the AT.
 */
export const { description, execute } = sequenceAction({
	operation: 'register',
	action: 'register',
	done: 'registered',
	pick: 'The sequence to register with the Tax Authority',
	idempotent: false,
});
