// The rule sets `n8n-node lint` (@n8n/node-cli) applies to a community package, with the current
// plugins: ESLint's and typescript-eslint's recommended rules, import-x, and n8n's
// @n8n/eslint-plugin-community-nodes `recommended` set (the n8n Cloud one: the package has no
// runtime dependencies) plus eslint-plugin-n8n-nodes-base's community, credentials and nodes sets,
// with the same overrides n8n's CLI and its package scanner make. `npm run lint` covers what is
// published: nodes/, credentials/ and package.json. `npm run scan` runs n8n's scanner itself.
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const communityNodes = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', 'sandbox/**', 'bench/**', 'scripts/**', 'examples/**', '.n8n-runtime/**'] },
	{
		files: ['**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended, communityNodes, importX.flatConfigs.recommended],
		rules: {
			'prefer-spread': 'off',
			'no-console': 'error',
		},
	},
	{
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
	},
	{
		files: ['package.json'],
		extends: [communityNodes],
		rules: { ...n8nNodesBase.configs.community.rules },
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// n8n's internal doc slugs; a community credential links to a full URL instead
			// (@n8n/community-nodes/credential-documentation-url checks that).
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			// @n8n/community-nodes/credential-password-field is the more accurate check.
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Inputs and outputs are NodeConnectionTypes.Main, not the string "main".
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			// Some provider APIs do have a maximum, so a maxValue is right there.
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);
