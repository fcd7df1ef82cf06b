'use strict';
// Inert stand-in (see package.json): loading works, using anything throws a clear error.
function unavailable(name) {
	return function () {
		throw new Error(
			`@confluentinc/kafka-javascript (${name}) is not installed in this local n8n runtime: ` +
				'it is an offline stand-in, so the Kafka nodes cannot run here.',
		);
	};
}
function inert(name) {
	return new Proxy(unavailable(name), {
		get(target, key) {
			if (typeof key === 'symbol' || key === 'then' || key === 'prototype') return target[key];
			return inert(`${name}.${String(key)}`);
		},
	});
}
module.exports = inert('kafka-javascript');
