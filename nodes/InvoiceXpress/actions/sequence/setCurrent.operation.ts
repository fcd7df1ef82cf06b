import { sequenceAction } from './common.descriptions';

/**
 * PUT /sequences/:sequence-id/set_current.json (no body): makes the sequence the default. The reply
 * is the sequence or an empty 200. Setting the same default twice changes nothing, so a lost reply
 * may be asked again.
 */
export const { description, execute } = sequenceAction({
	operation: 'setCurrent',
	action: 'set_current',
	done: 'current',
	pick: 'The sequence new documents should use by default',
	idempotent: true,
});
